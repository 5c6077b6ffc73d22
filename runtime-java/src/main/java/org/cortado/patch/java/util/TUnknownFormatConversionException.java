package org.cortado.patch.java.util;

/** java.util.UnknownFormatConversionException: the JDK's message. */
public class TUnknownFormatConversionException extends IllegalArgumentException {
  private String conversion;

  @Override
  public String getMessage() {
    return "Conversion = '" + conversion + "'";
  }
}
