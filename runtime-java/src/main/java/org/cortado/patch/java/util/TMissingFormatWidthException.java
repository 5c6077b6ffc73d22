package org.cortado.patch.java.util;

/** java.util.MissingFormatWidthException: the JDK's message. */
public class TMissingFormatWidthException extends IllegalArgumentException {
  private String formatSpecifier;

  @Override
  public String getMessage() {
    return formatSpecifier;
  }
}
