package org.cortado.patch.java.lang;

/**
 * Patches java.lang.Math: {@code round} as specified (the classlib's {@code (long) (x + signum(x) / 2)}
 * rounds negative halves away from zero and gets 0.49999999999999994 and odd values above 2^52
 * wrong). {@code rint} is the Wasm instruction {@code f64.nearest} (see Intrinsics).
 */
public final class TMath {
  /** The closest long, ties towards positive infinity; NaN is 0; saturates. */
  public static long round(double a) {
    double f = Math.floor(a);
    long r = (long) f;
    // a - floor(a) is exact: below 2^52 both share the exponent range, above it a is an integer.
    return a - f >= 0.5 ? r + 1 : r;
  }

  /** The closest int, ties towards positive infinity; NaN is 0; saturates. */
  public static int round(float a) {
    float f = (float) Math.floor(a);
    int r = (int) f;
    return a - f >= 0.5f ? r + 1 : r;
  }
}
