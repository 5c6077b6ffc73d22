package org.cortado.patch.java.util;

/** java.util.DuplicateFormatFlagsException: the JDK's message. */
public class TDuplicateFormatFlagsException extends IllegalArgumentException {
  private String flags;

  @Override
  public String getMessage() {
    return "Flags = '" + flags + "'";
  }
}
