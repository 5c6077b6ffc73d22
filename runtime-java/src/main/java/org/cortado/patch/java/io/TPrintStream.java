package org.cortado.patch.java.io;

import java.io.Closeable;
import java.io.File;
import java.io.FileNotFoundException;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Formatter;
import java.util.Locale;
import java.util.Objects;
import org.cortado.runtime.ReplaceClass;

/**
 * java.io.PrintStream with the JDK 17 API and behaviour: text is encoded (UTF-8 by default) into
 * chunks of at most 8 KiB that go through {@link #write(byte[], int, int)}, a high surrogate at the
 * end of one print waits for the next, errors set {@link #checkError()} instead of throwing, and
 * println on a subclass is print followed by a line separator.
 */
@ReplaceClass
public class TPrintStream extends FilterOutputStream implements Appendable, Closeable {
  private static final int CHUNK = 8192;
  private final boolean autoFlush;
  /** Null for UTF-8, which is encoded here; other charsets go through String.getBytes. */
  private final Charset charset;
  private boolean trouble;
  private boolean closing;
  /** A high surrogate printed last, not yet encoded (0 if none). */
  private char pendingHigh;
  private Formatter formatter;

  public TPrintStream(OutputStream out) {
    this(out, false);
  }

  public TPrintStream(OutputStream out, boolean autoFlush) {
    // UTF-8 without naming StandardCharsets: its initialiser would pull every charset into the module.
    super(Objects.requireNonNull(out, "Null output stream"));
    this.autoFlush = autoFlush;
    this.charset = null;
  }

  public TPrintStream(OutputStream out, boolean autoFlush, String encoding) throws UnsupportedEncodingException {
    this(out, autoFlush, toCharset(encoding));
  }

  public TPrintStream(OutputStream out, boolean autoFlush, Charset charset) {
    super(Objects.requireNonNull(out, "Null output stream"));
    this.autoFlush = autoFlush;
    Objects.requireNonNull(charset, "charset");
    this.charset = charset.name().equals("UTF-8") ? null : charset;
  }

  public TPrintStream(String fileName) throws FileNotFoundException {
    this(new FileOutputStream(fileName), false);
  }

  public TPrintStream(String fileName, String csn) throws FileNotFoundException, UnsupportedEncodingException {
    this(new FileOutputStream(fileName), false, toCharset(csn));
  }

  public TPrintStream(String fileName, Charset charset) throws IOException {
    this(new FileOutputStream(fileName), false, charset);
  }

  public TPrintStream(File file) throws FileNotFoundException {
    this(new FileOutputStream(file), false);
  }

  public TPrintStream(File file, String csn) throws FileNotFoundException, UnsupportedEncodingException {
    this(new FileOutputStream(file), false, toCharset(csn));
  }

  public TPrintStream(File file, Charset charset) throws IOException {
    this(new FileOutputStream(file), false, charset);
  }

  private static Charset toCharset(String csn) throws UnsupportedEncodingException {
    Objects.requireNonNull(csn, "charsetName");
    try {
      return Charset.forName(csn);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new UnsupportedEncodingException(csn);
    }
  }

  private PrintStream self() {
    return (PrintStream) (Object) this;
  }

  private void ensureOpen() throws IOException {
    if (out == null) {
      throw new IOException("Stream closed");
    }
  }

  @Override public void flush() {
    try {
      ensureOpen();
      out.flush();
    } catch (IOException e) {
      trouble = true;
    }
  }

  @Override public void close() {
    if (closing) {
      return;
    }
    closing = true;
    try {
      if (pendingHigh != 0) {
        // An unpaired high surrogate is malformed input: the encoder's replacement is '?'.
        pendingHigh = 0;
        write(new byte[] {'?'}, 0, 1);
      }
      // The JDK's encoder flushes the stream before PrintStream closes it.
      flush();
      out.close();
    } catch (IOException e) {
      trouble = true;
    }
    out = null;
  }

  public boolean checkError() {
    if (out != null) {
      flush();
    }
    if (out instanceof PrintStream) {
      return ((PrintStream) out).checkError();
    }
    return trouble;
  }

  protected void setError() {
    trouble = true;
  }

  protected void clearError() {
    trouble = false;
  }

  @Override public void write(int b) {
    try {
      ensureOpen();
      out.write(b);
      if (b == '\n' && autoFlush) {
        out.flush();
      }
    } catch (InterruptedIOException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      trouble = true;
    }
  }

  @Override public void write(byte[] buf, int off, int len) {
    try {
      ensureOpen();
      out.write(buf, off, len);
      if (autoFlush) {
        out.flush();
      }
    } catch (InterruptedIOException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      trouble = true;
    }
  }

  @Override public void write(byte[] buf) throws IOException {
    write(buf, 0, buf.length);
  }

  public void writeBytes(byte[] buf) {
    write(buf, 0, buf.length);
  }

  /** Encodes and writes text; a line separator is appended when {@code newLine}. */
  private void text(String s, boolean newLine) {
    try {
      ensureOpen();
      if (charset == null) {
        utf8(s, newLine);
      } else {
        byte[] bytes = (newLine ? s + "\n" : s).getBytes(charset);
        for (int i = 0; i < bytes.length; i += CHUNK) {
          write(bytes, i, Math.min(CHUNK, bytes.length - i));
        }
      }
      if (autoFlush && (newLine || s.indexOf('\n') >= 0)) {
        out.flush();
      }
    } catch (InterruptedIOException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      trouble = true;
    }
  }

  /** UTF-8 with the JDK encoder's chunking: a buffer is written when the next character does not fit. */
  private void utf8(String s, boolean newLine) {
    byte[] buf = new byte[Math.min(CHUNK, 4 * (s.length() + 2))];
    int n = 0;
    int len = s.length() + (newLine ? 1 : 0);
    for (int i = 0; i < len; i++) {
      char c = i < s.length() ? s.charAt(i) : '\n';
      if (pendingHigh != 0) {
        char high = pendingHigh;
        pendingHigh = 0;
        if (Character.isLowSurrogate(c)) {
          n = put(buf, n, Character.toCodePoint(high, c));
          continue;
        }
        // Unpaired surrogates are malformed input, which the JDK's encoder replaces with '?'.
        n = put(buf, n, '?');
      }
      if (Character.isHighSurrogate(c)) {
        pendingHigh = c;
      } else {
        n = put(buf, n, Character.isLowSurrogate(c) ? '?' : c);
      }
    }
    if (n > 0) {
      write(buf, 0, n);
    }
  }

  /** Appends a code point's UTF-8 bytes, first writing the buffer out if they do not fit. */
  private int put(byte[] buf, int n, int cp) {
    int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    if (n + size > buf.length) {
      write(buf, 0, n);
      n = 0;
    }
    if (size == 1) {
      buf[n++] = (byte) cp;
    } else if (size == 2) {
      buf[n++] = (byte) (0xC0 | (cp >> 6));
      buf[n++] = (byte) (0x80 | (cp & 0x3F));
    } else if (size == 3) {
      buf[n++] = (byte) (0xE0 | (cp >> 12));
      buf[n++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
      buf[n++] = (byte) (0x80 | (cp & 0x3F));
    } else {
      buf[n++] = (byte) (0xF0 | (cp >> 18));
      buf[n++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
      buf[n++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
      buf[n++] = (byte) (0x80 | (cp & 0x3F));
    }
    return n;
  }

  private void chars(char[] s, boolean newLine) {
    if (out == null) {
      // The JDK checks for a closed stream before it touches the array.
      trouble = true;
      return;
    }
    text(new String(s), newLine);
  }

  /** The JDK prints println's text and line separator in one go only on PrintStream itself. */
  private boolean exact() {
    return (Object) getClass() == PrintStream.class;
  }

  private void newLine() {
    text("", true);
  }

  public void print(boolean b) {
    text(String.valueOf(b), false);
  }

  public void print(char c) {
    text(String.valueOf(c), false);
  }

  public void print(int i) {
    text(String.valueOf(i), false);
  }

  public void print(long l) {
    text(String.valueOf(l), false);
  }

  public void print(float f) {
    text(String.valueOf(f), false);
  }

  public void print(double d) {
    text(String.valueOf(d), false);
  }

  public void print(char[] s) {
    chars(s, false);
  }

  public void print(String s) {
    text(String.valueOf(s), false);
  }

  public void print(Object obj) {
    text(String.valueOf(obj), false);
  }

  public void println() {
    newLine();
  }

  public void println(boolean x) {
    if (exact()) {
      text(String.valueOf(x), true);
    } else {
      print(x);
      newLine();
    }
  }

  public void println(char x) {
    if (exact()) {
      text(String.valueOf(x), true);
    } else {
      print(x);
      newLine();
    }
  }

  public void println(int x) {
    if (exact()) {
      text(String.valueOf(x), true);
    } else {
      print(x);
      newLine();
    }
  }

  public void println(long x) {
    if (exact()) {
      text(String.valueOf(x), true);
    } else {
      print(x);
      newLine();
    }
  }

  public void println(float x) {
    if (exact()) {
      text(String.valueOf(x), true);
    } else {
      print(x);
      newLine();
    }
  }

  public void println(double x) {
    if (exact()) {
      text(String.valueOf(x), true);
    } else {
      print(x);
      newLine();
    }
  }

  public void println(char[] x) {
    if (exact()) {
      chars(x, true);
    } else {
      print(x);
      newLine();
    }
  }

  public void println(String x) {
    if (exact()) {
      text(String.valueOf(x), true);
    } else {
      print(x);
      newLine();
    }
  }

  public void println(Object x) {
    String s = String.valueOf(x);
    if (exact()) {
      text(s, true);
    } else {
      print(s);
      newLine();
    }
  }

  public PrintStream printf(String format, Object... args) {
    return format(format, args);
  }

  public PrintStream printf(Locale l, String format, Object... args) {
    return format(l, format, args);
  }

  /** The Formatter appends to this stream piece by piece, so output before a bad argument is printed. */
  public PrintStream format(String format, Object... args) {
    if (out == null) {
      trouble = true;
    } else {
      formatter().format(format, args);
    }
    return self();
  }

  public PrintStream format(Locale l, String format, Object... args) {
    if (out == null) {
      trouble = true;
    } else {
      formatter().format(l, format, args);
    }
    return self();
  }

  private Formatter formatter() {
    if (formatter == null) {
      formatter = new Formatter((Appendable) this);
    }
    return formatter;
  }

  public PrintStream append(CharSequence csq) {
    print(String.valueOf(csq));
    return self();
  }

  public PrintStream append(CharSequence csq, int start, int end) {
    if (csq == null) {
      csq = "null";
    }
    return append(csq.subSequence(start, end));
  }

  public PrintStream append(char c) {
    print(c);
    return self();
  }
}
