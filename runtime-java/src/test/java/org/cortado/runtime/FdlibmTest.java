package org.cortado.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Compares the Java parts of {@link Fdlibm} with the JVM's StrictMath and Math.fma, bit for bit. */
class FdlibmTest {
  private static final double[] SPECIALS = {0.0, -0.0, 1.0, -1.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL,
      Double.MAX_VALUE, -Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, 0x1p-1022 * 0.75,
      1e300, 1e-300, 8.0, 27.0, -0.125, 0x1p500, 0x1p-500, 3.0, 4.0};

  /** Arbitrary bit patterns, moderate values and subnormals in turn. */
  private static double generate(SplittableRandom r, int i) {
    switch (i % 4) {
      case 0:
        return Double.longBitsToDouble(r.nextLong());
      case 1:
        return (r.nextDouble() - 0.5) * 1000;
      case 2:
        return Double.longBitsToDouble(r.nextLong() & 0x800fffffffffffffL);
      default:
        return SPECIALS[r.nextInt(SPECIALS.length)] * (r.nextBoolean() ? 1 : 1 + r.nextDouble());
    }
  }

  private static void same(double expected, double actual, String what) {
    assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(actual), what);
  }

  @Test
  void cbrtAndHypotMatchStrictMath() {
    SplittableRandom r = new SplittableRandom(1);
    for (int i = 0; i < 200_000; i++) {
      double x = generate(r, i);
      double y = generate(r, i + 1);
      same(StrictMath.cbrt(x), Fdlibm.cbrt(x), "cbrt(" + x + ")");
      same(StrictMath.hypot(x, y), Fdlibm.hypot(x, y), "hypot(" + x + ", " + y + ")");
    }
    for (double x : SPECIALS) {
      for (double y : SPECIALS) {
        same(StrictMath.hypot(x, y), Fdlibm.hypot(x, y), "hypot(" + x + ", " + y + ")");
      }
    }
  }

  @Test
  void fmaIsCorrectlyRounded() {
    SplittableRandom r = new SplittableRandom(2);
    for (int i = 0; i < 200_000; i++) {
      double a = generate(r, i);
      double b = generate(r, i + 1);
      double c = i % 3 == 0 ? -a * b : generate(r, i + 2);
      same(Math.fma(a, b, c), Fdlibm.fma(a, b, c), "fma(" + a + ", " + b + ", " + c + ")");
    }
    for (double a : SPECIALS) {
      for (double b : SPECIALS) {
        for (double c : SPECIALS) {
          same(Math.fma(a, b, c), Fdlibm.fma(a, b, c), "fma(" + a + ", " + b + ", " + c + ")");
        }
      }
    }
  }
}
