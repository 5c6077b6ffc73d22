package org.cortado.runtime;

import java.io.PrintStream;

/** System.out and System.err: every print goes straight to a {@link ConsoleOutputStream} as UTF-8. */
public final class ConsolePrintStream extends PrintStream {
  private final ConsoleOutputStream console;

  public ConsolePrintStream(int fd) {
    this(new ConsoleOutputStream(fd));
  }

  private ConsolePrintStream(ConsoleOutputStream console) {
    super(console, false);
    this.console = console;
  }

  @Override public void print(String s) {
    console.writeChars(s == null ? "null" : s);
  }

  @Override public void print(Object o) {
    print(String.valueOf(o));
  }

  @Override public void print(char[] s) {
    print(new String(s));
  }

  @Override public void print(char c) {
    print(String.valueOf(c));
  }

  @Override public void print(boolean b) {
    print(b ? "true" : "false");
  }

  @Override public void print(int i) {
    print(Integer.toString(i));
  }

  @Override public void print(long l) {
    print(Long.toString(l));
  }

  @Override public void print(float f) {
    print(Float.toString(f));
  }

  @Override public void print(double d) {
    print(Double.toString(d));
  }

  @Override public void println() {
    console.write('\n');
  }

  @Override public void println(String s) {
    print(s);
    println();
  }

  @Override public void println(Object o) {
    print(String.valueOf(o));
    println();
  }

  @Override public void println(char[] s) {
    print(s);
    println();
  }

  @Override public void println(char c) {
    print(c);
    println();
  }

  @Override public void println(boolean b) {
    print(b);
    println();
  }

  @Override public void println(int i) {
    print(i);
    println();
  }

  @Override public void println(long l) {
    print(l);
    println();
  }

  @Override public void println(float f) {
    print(f);
    println();
  }

  @Override public void println(double d) {
    print(d);
    println();
  }

  @Override public void write(int b) {
    console.write(b);
  }

  @Override public void write(byte[] b, int off, int len) {
    console.write(b, off, len);
  }

  @Override public PrintStream append(CharSequence s) {
    print(String.valueOf(s));
    return this;
  }

  @Override public PrintStream append(char c) {
    print(c);
    return this;
  }

  @Override public PrintStream printf(String format, Object... args) {
    print(String.format(format, args));
    return this;
  }

  @Override public PrintStream format(String format, Object... args) {
    print(String.format(format, args));
    return this;
  }

  @Override public void flush() {
    console.flush();
  }
}
