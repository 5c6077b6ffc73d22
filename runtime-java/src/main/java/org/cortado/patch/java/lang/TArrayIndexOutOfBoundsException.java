package org.cortado.patch.java.lang;

import org.cortado.runtime.ReplaceClass;

/** java.lang.ArrayIndexOutOfBoundsException with the JDK's message for an index (the classlib words it differently). */
@ReplaceClass
public class TArrayIndexOutOfBoundsException extends IndexOutOfBoundsException {
  private static final long serialVersionUID = 1L;

  public TArrayIndexOutOfBoundsException() {
  }

  public TArrayIndexOutOfBoundsException(String s) {
    super(s);
  }

  public TArrayIndexOutOfBoundsException(int index) {
    super("Array index out of range: " + index);
  }
}
