package org.cortado.patch.java.util;

/** java.util.IllegalFormatPrecisionException: the JDK's message. */
public class TIllegalFormatPrecisionException extends IllegalArgumentException {
  private int precision;

  @Override
  public String getMessage() {
    return Integer.toString(precision);
  }
}
