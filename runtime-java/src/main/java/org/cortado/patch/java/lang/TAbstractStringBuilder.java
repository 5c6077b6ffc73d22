package org.cortado.patch.java.lang;

import org.cortado.runtime.FloatingDecimal;

/** Patches java.lang.AbstractStringBuilder: floating-point appends use the JDK's decimal form. */
abstract class TAbstractStringBuilder {
  /** The classlib's method (declaration only: natives in patches are not merged). */
  native TAbstractStringBuilder insert(int index, String s);

  protected TAbstractStringBuilder insert(int index, double d) {
    return insert(index, FloatingDecimal.toString(d));
  }

  protected TAbstractStringBuilder insert(int index, float f) {
    return insert(index, FloatingDecimal.toString(f));
  }
}
