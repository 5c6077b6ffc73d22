package org.cortado.patch.java.nio.charset;

import org.cortado.runtime.PatchConstructor;

/** Patches java.nio.charset.IllegalCharsetNameException: the charset name is the message, as in the JDK. */
class TIllegalCharsetNameException extends IllegalArgumentException {
  private String charsetName;

  @PatchConstructor
  TIllegalCharsetNameException(String charsetName) {
    super(String.valueOf(charsetName));
    this.charsetName = charsetName;
  }
}
