package org.cortado.patch.java.nio.charset;

import org.cortado.runtime.PatchConstructor;

/** Patches java.nio.charset.UnsupportedCharsetException: the charset name is the message, as in the JDK. */
class TUnsupportedCharsetException extends IllegalArgumentException {
  private String charsetName;

  @PatchConstructor
  TUnsupportedCharsetException(String charsetName) {
    super(String.valueOf(charsetName));
    this.charsetName = charsetName;
  }
}
