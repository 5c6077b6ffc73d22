package org.cortado.patch.java.util;

/**
 * java.util.MissingFormatArgumentException, which the classlib lacks. It extends
 * IllegalArgumentException directly: the JDK's parent, IllegalFormatException, has no constructor
 * a class outside java.util can call.
 */
public class TMissingFormatArgumentException extends IllegalArgumentException {
  private final String formatSpecifier;

  public TMissingFormatArgumentException(String formatSpecifier) {
    if (formatSpecifier == null) {
      throw new NullPointerException();
    }
    this.formatSpecifier = formatSpecifier;
  }

  public String getFormatSpecifier() {
    return formatSpecifier;
  }

  @Override
  public String getMessage() {
    return "Format specifier '" + formatSpecifier + "'";
  }
}
