package org.cortado.patch.java.util;

/**
 * java.util.MissingFormatArgumentException, which the classlib lacks. It extends
 * IllegalFormatException as in the JDK (through TIllegalFormatException, which names it), so that
 * {@code catch (IllegalFormatException e)} catches it.
 */
public class TMissingFormatArgumentException extends TIllegalFormatException {
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
