package org.cortado.patch.java.lang;

import org.cortado.runtime.FloatingDecimal;

/** Patches java.lang.Float: decimal conversions exactly as the JDK's (the classlib's differ). */
public final class TFloat {
  public static String toString(float f) {
    return FloatingDecimal.toString(f);
  }

  public static float parseFloat(String s) {
    return FloatingDecimal.parseFloat(s);
  }

  public static Float valueOf(String s) {
    return Float.valueOf(FloatingDecimal.parseFloat(s));
  }
}
