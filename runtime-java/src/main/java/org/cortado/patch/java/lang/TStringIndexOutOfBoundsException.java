package org.cortado.patch.java.lang;

import org.cortado.runtime.ReplaceClass;

/** java.lang.StringIndexOutOfBoundsException with the JDK's message for an index (the classlib words it differently). */
@ReplaceClass
public class TStringIndexOutOfBoundsException extends IndexOutOfBoundsException {
  private static final long serialVersionUID = 1L;

  public TStringIndexOutOfBoundsException() {
  }

  public TStringIndexOutOfBoundsException(String s) {
    super(s);
  }

  public TStringIndexOutOfBoundsException(int index) {
    super("String index out of range: " + index);
  }
}
