package org.cortado.patch.java.lang;

import org.cortado.runtime.PatchConstructor;

/** Patches java.lang.ArrayIndexOutOfBoundsException(int) to the JDK's message ("Array index out of range: 5"). */
class TArrayIndexOutOfBoundsException extends IndexOutOfBoundsException {
  @PatchConstructor
  TArrayIndexOutOfBoundsException(int index) {
    super("Array index out of range: " + index);
  }
}
