package org.cortado.patch.java.util;

/** java.util.IllegalFormatConversionException: the JDK's message. */
public class TIllegalFormatConversionException extends IllegalArgumentException {
  private char conversion;
  private Class<?> argumentClass;

  @Override
  public String getMessage() {
    return conversion + " != " + argumentClass.getName();
  }
}
