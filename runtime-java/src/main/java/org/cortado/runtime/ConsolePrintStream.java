package org.cortado.runtime;

import java.io.PrintStream;

/**
 * System.out and System.err: prints go straight to a {@link ConsoleOutputStream} as UTF-8, with
 * what PrintStream guarantees: nothing is printed once the stream is closed, and printf goes
 * through PrintStream's Formatter, so output before a bad argument is kept.
 */
public final class ConsolePrintStream extends PrintStream {
  private final ConsoleOutputStream console;

  public ConsolePrintStream(int fd) {
    this(new ConsoleOutputStream(fd));
  }

  private ConsolePrintStream(ConsoleOutputStream console) {
    super(console, false);
    this.console = console;
  }

  private void emit(String s, boolean newLine) {
    if (out == null) {
      setError();
      return;
    }
    console.writeChars(s);
    if (newLine) {
      console.writeChars("\n");
    }
  }

  @Override public void print(String s) {
    emit(String.valueOf(s), false);
  }

  @Override public void print(Object o) {
    emit(String.valueOf(o), false);
  }

  @Override public void print(char[] s) {
    if (out == null) {
      setError();
      return;
    }
    emit(new String(s), false);
  }

  @Override public void print(char c) {
    emit(String.valueOf(c), false);
  }

  @Override public void print(boolean b) {
    emit(String.valueOf(b), false);
  }

  @Override public void print(int i) {
    emit(String.valueOf(i), false);
  }

  @Override public void print(long l) {
    emit(String.valueOf(l), false);
  }

  @Override public void print(float f) {
    emit(String.valueOf(f), false);
  }

  @Override public void print(double d) {
    emit(String.valueOf(d), false);
  }

  @Override public void println() {
    emit("", true);
  }

  @Override public void println(String s) {
    emit(String.valueOf(s), true);
  }

  @Override public void println(Object o) {
    emit(String.valueOf(o), true);
  }

  @Override public void println(char[] s) {
    if (out == null) {
      setError();
      return;
    }
    emit(new String(s), true);
  }

  @Override public void println(char c) {
    emit(String.valueOf(c), true);
  }

  @Override public void println(boolean b) {
    emit(String.valueOf(b), true);
  }

  @Override public void println(int i) {
    emit(String.valueOf(i), true);
  }

  @Override public void println(long l) {
    emit(String.valueOf(l), true);
  }

  @Override public void println(float f) {
    emit(String.valueOf(f), true);
  }

  @Override public void println(double d) {
    emit(String.valueOf(d), true);
  }

  @Override public void write(int b) {
    if (out == null) {
      setError();
      return;
    }
    console.write(b);
  }

  @Override public void write(byte[] b, int off, int len) {
    if (out == null) {
      setError();
      return;
    }
    console.write(b, off, len);
  }

  @Override public PrintStream append(CharSequence s) {
    emit(String.valueOf(s), false);
    return this;
  }

  @Override public PrintStream append(char c) {
    emit(String.valueOf(c), false);
    return this;
  }

  @Override public void flush() {
    console.flush();
  }
}
