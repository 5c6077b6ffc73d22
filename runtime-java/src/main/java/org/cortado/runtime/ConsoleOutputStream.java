package org.cortado.runtime;

import java.io.OutputStream;

/** Buffers bytes for stdout or stderr and hands them to the loader in large chunks. */
public final class ConsoleOutputStream extends OutputStream {
  private static final int CAPACITY = 8192;
  private final int fd;
  private final byte[] buffer = new byte[CAPACITY];
  private int size;
  /** A high surrogate written last, not yet encoded (0 if none). */
  private char pendingHigh;

  /** The streams for fd 1 and 2, flushed at exit even after System.setOut/setErr replaced them. */
  private static final ConsoleOutputStream[] OPEN = new ConsoleOutputStream[3];

  public ConsoleOutputStream(int fd) {
    this.fd = fd;
    OPEN[fd] = this;
  }

  public static void flushAll() {
    for (ConsoleOutputStream s : OPEN) {
      if (s != null) {
        s.flush();
      }
    }
  }

  @Override public void write(int b) {
    if (size == CAPACITY) {
      flush();
    }
    buffer[size++] = (byte) b;
  }

  @Override public void write(byte[] b, int off, int len) {
    for (int i = 0; i < len; i++) {
      write(b[off + i]);
    }
  }

  /**
   * Appends a string as UTF-8. As the JDK's encoder does, unpaired surrogates become '?' and a high
   * surrogate at the end waits for the next string, which may start with its low surrogate.
   */
  public void writeChars(String s) {
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (size + 4 > CAPACITY) {
        flush();
      }
      if (pendingHigh != 0) {
        char high = pendingHigh;
        pendingHigh = 0;
        if (Character.isLowSurrogate(c)) {
          int cp = Character.toCodePoint(high, c);
          buffer[size++] = (byte) (0xF0 | (cp >> 18));
          buffer[size++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
          buffer[size++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
          buffer[size++] = (byte) (0x80 | (cp & 0x3F));
          continue;
        }
        buffer[size++] = (byte) '?';
        i--;
        continue;
      }
      if (c < 0x80) {
        buffer[size++] = (byte) c;
      } else if (c < 0x800) {
        buffer[size++] = (byte) (0xC0 | (c >> 6));
        buffer[size++] = (byte) (0x80 | (c & 0x3F));
      } else if (Character.isHighSurrogate(c)) {
        pendingHigh = c;
      } else if (Character.isLowSurrogate(c)) {
        buffer[size++] = (byte) '?';
      } else {
        buffer[size++] = (byte) (0xE0 | (c >> 12));
        buffer[size++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        buffer[size++] = (byte) (0x80 | (c & 0x3F));
      }
    }
  }

  @Override public void close() {
    flush();
  }

  @Override public void flush() {
    if (size == 0) {
      return;
    }
    Wasm.ensureMemory(size);
    for (int i = 0; i < size; i++) {
      Wasm.storeI8(i, buffer[i]);
    }
    JsImports.write(fd, 0, size);
    size = 0;
  }
}
