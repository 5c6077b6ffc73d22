package org.cortado.patch.java.io;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.Objects;
import org.cortado.runtime.NullIo;

/** Patches java.io.Reader: the JDK 10/11 nullReader() and transferTo(Writer). */
public abstract class TReader {
  public static Reader nullReader() {
    return new NullIo.NullReader();
  }

  public native int read(char[] cbuf, int off, int len) throws IOException;

  public long transferTo(Writer out) throws IOException {
    Objects.requireNonNull(out, "out");
    long transferred = 0;
    char[] buffer = new char[8192];
    int n;
    while ((n = read(buffer, 0, buffer.length)) >= 0) {
      out.write(buffer, 0, n);
      transferred += n;
    }
    return transferred;
  }
}
