package org.cortado.runtime;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.CharBuffer;
import java.util.Objects;

/** Writer.nullWriter() and Reader.nullReader(): they discard or supply nothing, and fail once closed. */
public final class NullIo {
  private NullIo() {
  }

  private static void ensureOpen(boolean closed) throws IOException {
    if (closed) {
      throw new IOException("Stream closed");
    }
  }

  /** The result of Writer.nullWriter(). */
  public static final class NullWriter extends Writer {
    private boolean closed;

    @Override public void write(int c) throws IOException {
      ensureOpen(closed);
    }

    @Override public void write(char[] cbuf, int off, int len) throws IOException {
      Objects.checkFromIndexSize(off, len, cbuf.length);
      ensureOpen(closed);
    }

    @Override public void write(String str, int off, int len) throws IOException {
      Objects.checkFromIndexSize(off, len, str.length());
      ensureOpen(closed);
    }

    @Override public Writer append(CharSequence csq) throws IOException {
      ensureOpen(closed);
      return this;
    }

    @Override public Writer append(CharSequence csq, int start, int end) throws IOException {
      ensureOpen(closed);
      if (csq != null) {
        Objects.checkFromToIndex(start, end, csq.length());
      }
      return this;
    }

    @Override public Writer append(char c) throws IOException {
      ensureOpen(closed);
      return this;
    }

    @Override public void flush() throws IOException {
      ensureOpen(closed);
    }

    @Override public void close() {
      closed = true;
    }
  }

  /** The result of Reader.nullReader(). */
  public static final class NullReader extends Reader {
    private boolean closed;

    @Override public int read() throws IOException {
      ensureOpen(closed);
      return -1;
    }

    @Override public int read(char[] cbuf, int off, int len) throws IOException {
      Objects.checkFromIndexSize(off, len, cbuf.length);
      ensureOpen(closed);
      return len == 0 ? 0 : -1;
    }

    @Override public int read(CharBuffer target) throws IOException {
      Objects.requireNonNull(target);
      ensureOpen(closed);
      return target.hasRemaining() ? -1 : 0;
    }

    @Override public boolean ready() throws IOException {
      ensureOpen(closed);
      return false;
    }

    @Override public long skip(long n) throws IOException {
      ensureOpen(closed);
      return 0;
    }

    @Override public long transferTo(Writer out) throws IOException {
      Objects.requireNonNull(out);
      ensureOpen(closed);
      return 0;
    }

    @Override public void close() {
      closed = true;
    }
  }
}
