package org.cortado.patch.java.lang;

import org.cortado.runtime.FloatingDecimal;

/** Patches java.lang.Double: decimal conversions exactly as the JDK's (the classlib's differ). */
public final class TDouble {
  public static String toString(double d) {
    return FloatingDecimal.toString(d);
  }

  public static double parseDouble(String s) {
    return FloatingDecimal.parseDouble(s);
  }

  public static Double valueOf(String s) {
    return Double.valueOf(FloatingDecimal.parseDouble(s));
  }
}
