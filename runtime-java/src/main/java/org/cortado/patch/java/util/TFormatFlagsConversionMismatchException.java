package org.cortado.patch.java.util;

/** java.util.FormatFlagsConversionMismatchException: the JDK's message. */
public class TFormatFlagsConversionMismatchException extends IllegalArgumentException {
  private String flags;
  private char conversion;

  @Override
  public String getMessage() {
    return "Conversion = " + conversion + ", Flags = " + flags;
  }
}
