package org.cortado.runtime;

import java.io.OutputStream;

/** Buffers bytes for stdout or stderr and hands them to the loader in large chunks. */
public final class ConsoleOutputStream extends OutputStream {
  private static final int CAPACITY = 8192;
  private final int fd;
  private final byte[] buffer = new byte[CAPACITY];
  private int size;

  public ConsoleOutputStream(int fd) {
    this.fd = fd;
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

  /** Appends a string as UTF-8 (unpaired surrogates become '?', as the JDK's encoder does). */
  public void writeChars(String s) {
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (size + 4 > CAPACITY) {
        flush();
      }
      if (c < 0x80) {
        buffer[size++] = (byte) c;
      } else if (c < 0x800) {
        buffer[size++] = (byte) (0xC0 | (c >> 6));
        buffer[size++] = (byte) (0x80 | (c & 0x3F));
      } else if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
          int cp = Character.toCodePoint(c, s.charAt(++i));
          buffer[size++] = (byte) (0xF0 | (cp >> 18));
          buffer[size++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
          buffer[size++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
          buffer[size++] = (byte) (0x80 | (cp & 0x3F));
        } else {
          buffer[size++] = (byte) '?';
        }
      } else {
        buffer[size++] = (byte) (0xE0 | (c >> 12));
        buffer[size++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        buffer[size++] = (byte) (0x80 | (c & 0x3F));
      }
    }
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
