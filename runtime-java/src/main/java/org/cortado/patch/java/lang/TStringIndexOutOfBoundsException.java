package org.cortado.patch.java.lang;

import org.cortado.runtime.PatchConstructor;

/** Patches java.lang.StringIndexOutOfBoundsException(int) to the JDK's message ("String index out of range: 5"). */
class TStringIndexOutOfBoundsException extends IndexOutOfBoundsException {
  @PatchConstructor
  TStringIndexOutOfBoundsException(int index) {
    super("String index out of range: " + index);
  }
}
