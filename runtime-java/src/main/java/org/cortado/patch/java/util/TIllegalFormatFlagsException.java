package org.cortado.patch.java.util;

/** java.util.IllegalFormatFlagsException: the JDK's message. */
public class TIllegalFormatFlagsException extends IllegalArgumentException {
  private String flags;

  @Override
  public String getMessage() {
    return "Flags = '" + flags + "'";
  }
}
