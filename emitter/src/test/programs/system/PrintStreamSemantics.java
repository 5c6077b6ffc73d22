import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

/** PrintStream on other streams: every overload's bytes, the write calls they make, flushing, errors, charsets. */
public class PrintStreamSemantics {
  /** Records each call that reaches it. */
  static class LoggingStream extends OutputStream {
    final StringBuilder log = new StringBuilder();
    final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    boolean fail;

    @Override public void write(int b) throws IOException {
      if (fail) {
        throw new IOException("broken");
      }
      log.append("w1 ");
      bytes.write(b);
    }

    @Override public void write(byte[] b, int off, int len) throws IOException {
      if (fail) {
        throw new IOException("broken");
      }
      log.append("w").append(len).append(' ');
      bytes.write(b, off, len);
    }

    @Override public void flush() {
      log.append("F ");
    }

    @Override public void close() {
      log.append("C ");
    }

    String take() {
      String s = log + "| " + hex(bytes.toByteArray());
      log.setLength(0);
      bytes.reset();
      return s;
    }
  }

  /** A subclass that sees the calls PrintStream makes on itself. */
  static class Spy extends PrintStream {
    final StringBuilder calls = new StringBuilder();

    Spy(OutputStream out) {
      super(out, false);
    }

    @Override public void print(String s) {
      calls.append("print(S:").append(s).append(") ");
      super.print(s);
    }

    @Override public void print(int i) {
      calls.append("print(I:").append(i).append(") ");
      super.print(i);
    }

    @Override public void print(char[] s) {
      calls.append("print([C) ");
      super.print(s);
    }

    @Override public void write(byte[] b, int off, int len) {
      calls.append("write(").append(len).append(") ");
      super.write(b, off, len);
    }
  }

  static String hex(byte[] b) {
    StringBuilder sb = new StringBuilder();
    for (byte x : b) {
      int v = x & 0xff;
      if (v >= 0x20 && v < 0x7f && v != '\\') {
        sb.append((char) v);
      } else {
        sb.append('\\').append(Integer.toHexString(v));
      }
    }
    return sb.toString();
  }

  public static void main(String[] args) throws Exception {
    overloads();
    flushing();
    subclass();
    surrogates();
    errors();
    charsets();
    chunks();
  }

  static void overloads() {
    LoggingStream ls = new LoggingStream();
    PrintStream ps = new PrintStream(ls);
    ps.print(true);
    ps.print('c');
    ps.print(42);
    ps.print(-7L);
    ps.print(1.5f);
    ps.print(0.1);
    ps.print(new char[] {'x', 'y'});
    ps.print("str");
    ps.print((String) null);
    ps.print((Object) null);
    ps.print(new StringBuilder("sb"));
    System.out.println("prints: " + ls.take());
    ps.println(false);
    ps.println('d');
    ps.println(Integer.MIN_VALUE);
    ps.println(Long.MAX_VALUE);
    ps.println(-0.0f);
    ps.println(1e100);
    ps.println(new char[] {'h', 'i'});
    ps.println("line");
    ps.println((String) null);
    ps.println((Object) "obj");
    ps.println();
    System.out.println("printlns: " + ls.take());
    ps.append("app").append('!').append("abcdef", 2, 4).append(null).append(null, 1, 3);
    ps.write('Z');
    ps.write(new byte[] {65, 66, 67, 68}, 1, 2);
    ps.writeBytes(new byte[] {'w', 'b'});
    System.out.println("append/write: " + ls.take());
    try {
      ps.print((char[]) null);
    } catch (NullPointerException e) {
      System.out.println("print((char[]) null) -> NullPointerException");
    }
    try {
      ps.append("abc", 2, 5);
    } catch (IndexOutOfBoundsException e) {
      System.out.println("append(csq, 2, 5) -> " + e.getClass().getSimpleName());
    }
    System.out.println("after exceptions: " + ls.take());
    System.out.println("System.out: " + true + ' ' + 'c' + ' ' + 3.25f);
    System.out.print(false);
    System.out.print(' ');
    System.out.print(2.5f);
    System.out.print(' ');
    System.out.print(new char[] {'o', 'k'});
    System.out.println(new char[] {'!', '!'});
    System.out.append("appended ").append('c').append("xyz", 0, 2).println();
  }

  static void flushing() {
    LoggingStream ls = new LoggingStream();
    PrintStream auto = new PrintStream(ls, true);
    auto.print("no newline");
    System.out.println("autoflush print: " + ls.take());
    auto.print("with\nnewline");
    System.out.println("autoflush print with newline: " + ls.take());
    auto.println("line");
    System.out.println("autoflush println: " + ls.take());
    auto.write('a');
    auto.write('\n');
    System.out.println("autoflush write(int): " + ls.take());
    auto.write(new byte[] {1, 2, 3}, 0, 3);
    System.out.println("autoflush write(byte[]): " + ls.take());
    auto.print("");
    System.out.println("empty print: " + ls.take());
    PrintStream plain = new PrintStream(ls, false);
    plain.println("x");
    plain.print("y\n");
    System.out.println("no autoflush: " + ls.take());
    plain.flush();
    System.out.println("flush: " + ls.take());
  }

  static void subclass() {
    LoggingStream ls = new LoggingStream();
    Spy spy = new Spy(ls);
    spy.println("hello");
    spy.println(5);
    spy.println(new char[] {'a'});
    spy.println((Object) "o");
    spy.println(2.5);
    spy.append("ap");
    System.out.println("spy calls: " + spy.calls);
    System.out.println("spy bytes: " + ls.take());
  }

  static void surrogates() {
    LoggingStream ls = new LoggingStream();
    PrintStream ps = new PrintStream(ls);
    ps.print("\uD83D");
    ps.print("\uDE00");
    System.out.println("split pair: " + ls.take());
    ps.print('\uD83D');
    ps.print('x');
    System.out.println("unpaired high: " + ls.take());
    ps.print("\uDE00y");
    System.out.println("lone low: " + ls.take());
    ps.print("a\uD83D");
    ps.println();
    System.out.println("high then newline: " + ls.take());
    ps.print("b\uD83D");
    ps.flush();
    System.out.println("pending after flush: " + ls.take());
    ps.close();
    System.out.println("close emits the pending one: " + ls.take());
    System.out.print("\uD83D");
    System.out.print("\uDE03");
    System.out.print('\uD83D');
    System.out.print('\uDE04');
    System.out.println(" <- two emoji on System.out");
  }

  static void errors() {
    LoggingStream ls = new LoggingStream();
    PrintStream ps = new PrintStream(ls);
    ps.print("ok");
    System.out.println("checkError before: " + ps.checkError() + " " + ls.take());
    ls.fail = true;
    ps.print("lost");
    System.out.println("checkError after failure: " + ps.checkError());
    ls.fail = false;
    ps.print("again");
    System.out.println("still in error: " + ps.checkError() + " " + ls.take());
    ps.close();
    System.out.println("close: " + ls.take());
    ps.print("after close");
    ps.println(1);
    ps.write(1);
    ps.print(new char[] {'z'});
    ps.print((char[]) null);
    ps.close();
    System.out.println("after close: " + ls.take() + " checkError " + ps.checkError());
    PrintStream fresh = new PrintStream(new LoggingStream());
    fresh.close();
    System.out.println("error after writing to a closed stream: " + fresh.checkError());
    fresh.print("x");
    System.out.println("  and after print: " + fresh.checkError());
    PrintStream outer = new PrintStream(new PrintStream(new LoggingStream()));
    System.out.println("nested checkError: " + outer.checkError());
    try {
      new PrintStream((OutputStream) null);
    } catch (NullPointerException e) {
      System.out.println("null stream -> NullPointerException: " + e.getMessage());
    }
    try {
      new PrintStream(new LoggingStream(), false, "no-such-charset");
    } catch (UnsupportedEncodingException e) {
      System.out.println("bad charset -> UnsupportedEncodingException: " + e.getMessage());
    }
  }

  static void charsets() throws Exception {
    LoggingStream ls = new LoggingStream();
    PrintStream latin = new PrintStream(ls, false, "ISO-8859-1");
    latin.print("caf\u00e9 \u20ac");
    System.out.println("latin1: " + ls.take());
    PrintStream utf16 = new PrintStream(ls, false, StandardCharsets.UTF_16BE);
    utf16.print("A\u00e9");
    System.out.println("utf16be: " + ls.take());
    PrintStream utf8 = new PrintStream(ls, false, "UTF-8");
    utf8.println("\u00e9\u20ac\uD834\uDD1E");
    System.out.println("utf8: " + ls.take());
  }

  static void chunks() {
    LoggingStream ls = new LoggingStream();
    PrintStream ps = new PrintStream(ls);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 20000; i++) {
      sb.append((char) ('a' + i % 26));
    }
    ps.print(sb);
    System.out.println("20000 ASCII chars: " + ls.log);
    ls.take();
    sb.setLength(0);
    for (int i = 0; i < 5000; i++) {
      sb.append(i % 3 == 0 ? "\u20ac" : "\u00e9");
    }
    ps.println(sb);
    System.out.println("5000 multibyte chars: " + ls.log);
    ls.take();
  }
}
