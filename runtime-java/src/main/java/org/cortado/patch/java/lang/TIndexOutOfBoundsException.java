package org.cortado.patch.java.lang;

import org.cortado.runtime.PatchConstructor;

/** Patches java.lang.IndexOutOfBoundsException(int) to the JDK's message and adds JDK 16's (long). */
class TIndexOutOfBoundsException extends RuntimeException {
  @PatchConstructor
  TIndexOutOfBoundsException(int index) {
    super("Index out of range: " + index);
  }

  @PatchConstructor
  TIndexOutOfBoundsException(long index) {
    super("Index out of range: " + index);
  }
}
