package org.cortado.patch.java.lang;

import org.cortado.runtime.FloatingDecimal;

/** Patches java.lang.AbstractStringBuilder: floating-point appends use the JDK's decimal form. */
abstract class TAbstractStringBuilder {
  // The classlib's methods (declarations only: natives in patches are not merged).
  native TAbstractStringBuilder insert(int index, String s);

  native TAbstractStringBuilder append(String s);

  native TAbstractStringBuilder append(CharSequence s, int start, int end);

  native TAbstractStringBuilder insert(int index, CharSequence s, int start, int end);

  /** A null CharSequence appends "null", as in the JDK (the classlib throws). */
  protected TAbstractStringBuilder append(CharSequence s) {
    return s == null ? append("null") : append(s, 0, s.length());
  }

  protected TAbstractStringBuilder insert(int index, CharSequence s) {
    return s == null ? insert(index, "null") : insert(index, s, 0, s.length());
  }

  protected TAbstractStringBuilder insert(int index, double d) {
    return insert(index, FloatingDecimal.toString(d));
  }

  protected TAbstractStringBuilder insert(int index, float f) {
    return insert(index, FloatingDecimal.toString(f));
  }
}
