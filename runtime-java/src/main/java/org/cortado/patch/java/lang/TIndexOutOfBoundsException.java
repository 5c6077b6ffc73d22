package org.cortado.patch.java.lang;

import org.cortado.runtime.ReplaceClass;

/** java.lang.IndexOutOfBoundsException with the JDK's message for an index (the classlib words it differently). */
@ReplaceClass
public class TIndexOutOfBoundsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public TIndexOutOfBoundsException() {
  }

  public TIndexOutOfBoundsException(String s) {
    super(s);
  }

  public TIndexOutOfBoundsException(int index) {
    super("Index out of range: " + index);
  }

  public TIndexOutOfBoundsException(long index) {
    super("Index out of range: " + index);
  }
}
