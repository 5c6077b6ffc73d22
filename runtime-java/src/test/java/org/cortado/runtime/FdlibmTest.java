package org.cortado.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/** Compares {@link Fdlibm} with the JVM's StrictMath and Math.fma, bit for bit. */
class FdlibmTest {
  private static final int RANDOM = 120_000;

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

  /** Random magnitudes: a random sign and significand with an exponent uniform in [minExp, maxExp]. */
  private static double magnitude(SplittableRandom r, int minExp, int maxExp) {
    double m = 1 + r.nextDouble();
    return Math.scalb(r.nextBoolean() ? m : -m, r.nextInt(minExp, maxExp + 1));
  }

  private static void same(double expected, double actual, String what) {
    assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(actual), what);
  }

  /** Values every one-argument function is checked on, besides random ones. */
  private static List<Double> edgeValues() {
    List<Double> v = new ArrayList<>();
    for (double x : SPECIALS) {
      v.add(x);
    }
    double[] more = {0.5, -0.5, 2, 0.1, 2.5, 100 / 7.0, 22, -22, 0.75, 0.975, 0.4375, 1.1875, 2.4375, 0x1p-28, 0x1p-29,
        0x1p-54, 0x1p-1074 * 3, 709.782712893384, 709.7827128933841, -745.1332191019411, -745.1332191019412, 710.4758600739439,
        710.475860073944, -710.4758600739439, 1e-310, 0x1p66, -0x1p66, 0x1p19 * Math.PI / 2, 0x1p20 * Math.PI / 2,
        0x1p1023, 1e22, 1e100, 1e200, -1e300, Math.PI, Math.PI / 2, Math.PI / 4, 3 * Math.PI / 4, Math.E, Math.log(2),
        0.41422, -0.2929, 56 * Math.log(2), -56 * Math.log(2), 0.34657359027997264, 1.0397207708399179, 0.6744, 0x1p-1022};
    for (double x : more) {
      v.add(x);
      v.add(-x);
    }
    // Around multiples of pi/2 (the reduction's hard cases), including huge ones.
    for (int k = 1; k <= 200; k++) {
      double x = k * (Math.PI / 2);
      v.add(x);
      v.add(Math.nextUp(x));
      v.add(Math.nextDown(x));
      v.add(-x);
    }
    for (double x : new double[] {6381956970095103.0 * 0x1p797, 5.319372648326541e255, 1.6065356101477185e175, 0x1.6ac5b262ca1ffp849,
        0x1.fffffffffffffp1023, 0x1.0p63, 0x1.921fb54442d18p52, 0x1.921fb54442d18p120, 0x1.921fb54442d18p1000}) {
      v.add(x);
      v.add(-x);
      v.add(Math.nextUp(x));
    }
    // Nearest doubles to odd and even multiples of pi/2 for large k, found from the reduction itself.
    for (int e = 20; e < 1024; e += 7) {
      double x = Math.scalb(Math.PI / 2, e);
      v.add(x);
      v.add(Math.nextUp(x));
      v.add(Math.nextDown(x));
    }
    // Exponent boundaries: powers of two and their neighbours.
    for (int e = -1074; e <= 1023; e += 13) {
      double x = Math.scalb(1.0, e);
      v.add(x);
      v.add(Math.nextUp(x));
      v.add(Math.nextDown(x));
      v.add(-x);
    }
    // Around 1 (logarithms, asin/acos) and ±1 ulp steps.
    double x = 1;
    for (int i = 0; i < 50; i++) {
      v.add(x);
      v.add(-x);
      x = Math.nextUp(x);
    }
    x = 1;
    for (int i = 0; i < 50; i++) {
      v.add(x);
      x = Math.nextDown(x);
    }
    return v;
  }

  /** Checks f against g on the edge values and on random values of several kinds; returns the count. */
  private static int unary(String name, DoubleUnaryOperator expected, DoubleUnaryOperator actual, long seed, int minExp, int maxExp) {
    int count = 0;
    for (double x : edgeValues()) {
      same(expected.applyAsDouble(x), actual.applyAsDouble(x), name + "(" + x + ")");
      count++;
    }
    SplittableRandom r = new SplittableRandom(seed);
    for (int i = 0; i < RANDOM; i++) {
      // Half in the function's interesting range, half from generate().
      double x = i % 2 == 0 ? magnitude(r, minExp, maxExp) : generate(r, i / 2);
      same(expected.applyAsDouble(x), actual.applyAsDouble(x), name + "(" + x + ")");
      count++;
    }
    return count;
  }

  private static int total;

  private static void check(String name, DoubleUnaryOperator expected, DoubleUnaryOperator actual, long seed, int minExp, int maxExp) {
    total += unary(name, expected, actual, seed, minExp, maxExp);
  }

  @Test
  void trigonometricFunctionsMatchStrictMath() {
    check("sin", StrictMath::sin, Fdlibm::sin, 11, -30, 60);
    check("cos", StrictMath::cos, Fdlibm::cos, 12, -30, 60);
    check("tan", StrictMath::tan, Fdlibm::tan, 13, -30, 60);
    // Huge arguments: the multi-precision reduction over the whole exponent range.
    SplittableRandom r = new SplittableRandom(14);
    for (int i = 0; i < RANDOM; i++) {
      double x = magnitude(r, 19, 1023);
      same(StrictMath.sin(x), Fdlibm.sin(x), "sin(" + x + ")");
      same(StrictMath.cos(x), Fdlibm.cos(x), "cos(" + x + ")");
      same(StrictMath.tan(x), Fdlibm.tan(x), "tan(" + x + ")");
    }
  }

  @Test
  void inverseTrigonometricFunctionsMatchStrictMath() {
    check("asin", StrictMath::asin, Fdlibm::asin, 21, -30, 0);
    check("acos", StrictMath::acos, Fdlibm::acos, 22, -30, 0);
    check("atan", StrictMath::atan, Fdlibm::atan, 23, -30, 70);
    SplittableRandom r = new SplittableRandom(24);
    for (int i = 0; i < RANDOM; i++) {
      double y = i % 2 == 0 ? magnitude(r, -80, 80) : generate(r, i);
      double x = i % 2 == 0 ? magnitude(r, -80, 80) : generate(r, i + 1);
      same(StrictMath.atan2(y, x), Fdlibm.atan2(y, x), "atan2(" + y + ", " + x + ")");
    }
    binaryTable("atan2", StrictMath::atan2, Fdlibm::atan2);
  }

  @Test
  void exponentialsAndLogarithmsMatchStrictMath() {
    check("exp", StrictMath::exp, Fdlibm::exp, 31, -30, 10);
    check("expm1", StrictMath::expm1, Fdlibm::expm1, 32, -60, 10);
    check("log", StrictMath::log, Fdlibm::log, 33, -1074, 1023);
    check("log10", StrictMath::log10, Fdlibm::log10, 34, -1074, 1023);
    check("log1p", StrictMath::log1p, Fdlibm::log1p, 35, -60, 1023);
    // log near 1 and log1p near -1 and 0, exp near its thresholds.
    SplittableRandom r = new SplittableRandom(36);
    for (int i = 0; i < RANDOM; i++) {
      double near1 = 1 + (r.nextDouble() - 0.5) * 0x1p-18;
      same(StrictMath.log(near1), Fdlibm.log(near1), "log(" + near1 + ")");
      same(StrictMath.log10(near1), Fdlibm.log10(near1), "log10(" + near1 + ")");
      double u = -1 + r.nextDouble() * 2;
      same(StrictMath.log1p(u), Fdlibm.log1p(u), "log1p(" + u + ")");
      double big = (r.nextDouble() - 0.5) * 1500;
      same(StrictMath.exp(big), Fdlibm.exp(big), "exp(" + big + ")");
      same(StrictMath.expm1(big), Fdlibm.expm1(big), "expm1(" + big + ")");
      double edge = (r.nextBoolean() ? 709.78 : -745.13) + (r.nextDouble() - 0.5) * 0.02;
      same(StrictMath.exp(edge), Fdlibm.exp(edge), "exp(" + edge + ")");
    }
  }

  @Test
  void hyperbolicFunctionsMatchStrictMath() {
    check("sinh", StrictMath::sinh, Fdlibm::sinh, 41, -30, 10);
    check("cosh", StrictMath::cosh, Fdlibm::cosh, 42, -30, 10);
    check("tanh", StrictMath::tanh, Fdlibm::tanh, 43, -30, 6);
    SplittableRandom r = new SplittableRandom(44);
    for (int i = 0; i < RANDOM; i++) {
      double x = (r.nextBoolean() ? 710.4758600739439 : -710.4758600739439) + (r.nextDouble() - 0.5) * 2;
      same(StrictMath.sinh(x), Fdlibm.sinh(x), "sinh(" + x + ")");
      same(StrictMath.cosh(x), Fdlibm.cosh(x), "cosh(" + x + ")");
    }
  }

  @Test
  void powMatchesStrictMath() {
    SplittableRandom r = new SplittableRandom(51);
    int count = 0;
    for (int i = 0; i < 4 * RANDOM; i++) {
      double x;
      double y;
      switch (i % 8) {
        case 0:
          x = magnitude(r, -20, 20);
          y = magnitude(r, -20, 10);
          break;
        case 1:
          // Negative bases with integer exponents, odd and even.
          x = -Math.abs(magnitude(r, -10, 10));
          y = r.nextInt(-400, 400);
          break;
        case 2:
          // Bases near 1 with huge exponents (the |y| > 2^31 branch).
          x = 1 + (r.nextDouble() - 0.5) * 0x1p-18;
          y = magnitude(r, 25, 70);
          break;
        case 3:
          // Results near overflow and underflow, subnormal results.
          x = magnitude(r, -3, 3);
          y = (r.nextBoolean() ? 1024 : -1075) / Math.log(Math.abs(x)) * Math.log(2) * (1 + (r.nextDouble() - 0.5) * 1e-3);
          break;
        case 4:
          x = generate(r, i);
          y = generate(r, i + 1);
          break;
        case 5:
          x = magnitude(r, -1074, 1023);
          y = magnitude(r, -60, 3);
          break;
        case 6:
          // Negative bases with huge odd exponents.
          x = -(1 + (r.nextDouble() - 0.5) * 0x1p-22);
          y = (double) (r.nextLong(1L << 52) * 2 + 1);
          break;
        default:
          x = Math.abs(magnitude(r, -1074, -1000));
          y = magnitude(r, -3, 0);
          break;
      }
      same(StrictMath.pow(x, y), Fdlibm.pow(x, y), "pow(" + x + ", " + y + ")");
      count++;
    }
    count += binaryTable("pow", StrictMath::pow, Fdlibm::pow);
    assertEquals(4 * RANDOM + count - 4 * RANDOM, count);
  }

  /** Every pair from the specials and a table of exponents meaningful to pow and atan2. */
  private static int binaryTable(String name, DoubleBinaryOperator expected, DoubleBinaryOperator actual) {
    List<Double> values = new ArrayList<>();
    double[] table = {0.0, -0.0, 1, -1, 2, -2, 0.5, -0.5, 3, -3, 1.5, -1.5, 0.25, 1e300, -1e300, 1e-300, Double.MIN_VALUE,
        -Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN,
        0x1p31, 0x1p31 + 1, -(0x1p31 + 1), 0x1p52 + 1, -(0x1p52 + 1), 0x1p53, 0x1p64, 0x1p65, -0x1p65, 1023, 1024, 1025, -1074,
        -1075, -1076, Math.nextUp(1.0), Math.nextDown(1.0), -Math.nextUp(1.0), -Math.nextDown(1.0), 0.1, 10, -10, Math.PI,
        1 + 0x1p-21, 1 - 0x1p-21, 7, -7, 1.0000001, 0.9999999};
    for (double t : table) {
      values.add(t);
    }
    int count = 0;
    for (double x : values) {
      for (double y : values) {
        same(expected.applyAsDouble(x, y), actual.applyAsDouble(x, y), name + "(" + x + ", " + y + ")");
        count++;
      }
    }
    return count;
  }

  /** The tables of 2/pi and of n*pi/2 agree with pi computed here to 1200 digits (Machin's formula). */
  @Test
  void reductionTablesAreDigitsOfPi() {
    MathContext mc = new MathContext(1250, RoundingMode.HALF_EVEN);
    BigDecimal pi = arctanInverse(5, mc).multiply(BigDecimal.valueOf(16)).subtract(arctanInverse(239, mc).multiply(BigDecimal.valueOf(4)));
    BigDecimal twoOverPi = BigDecimal.valueOf(2).divide(pi, mc);
    // 2/pi in 24-bit digits: floor(frac * 2^24) repeatedly.
    BigDecimal frac = twoOverPi;
    BigDecimal shift = new BigDecimal(BigInteger.ONE.shiftLeft(24));
    for (int i = 0; i < Fdlibm.TWO_OVER_PI.length; i++) {
      frac = frac.multiply(shift, mc);
      BigInteger digit = frac.setScale(0, RoundingMode.FLOOR).toBigInteger();
      assertEquals(digit.intValue(), Fdlibm.TWO_OVER_PI[i], "2/pi digit " + i);
      frac = frac.subtract(new BigDecimal(digit));
    }
    BigDecimal halfPi = pi.divide(BigDecimal.valueOf(2), mc);
    for (int n = 1; n <= Fdlibm.NPIO2_HW.length; n++) {
      double d = halfPi.multiply(BigDecimal.valueOf(n), mc).doubleValue();
      assertEquals((int) (Double.doubleToRawLongBits(d) >> 32), Fdlibm.NPIO2_HW[n - 1], n + "*pi/2");
    }
    // pi/2 in 24-bit pieces: their sum agrees with pi/2 to about 190 bits.
    BigDecimal sum = BigDecimal.ZERO;
    for (double p : Fdlibm.PIO2) {
      sum = sum.add(new BigDecimal(p));
    }
    assertEquals(-1, sum.subtract(halfPi).abs().compareTo(new BigDecimal("1e-57")), "pi/2 pieces");
  }

  private static BigDecimal arctanInverse(int n, MathContext mc) {
    BigDecimal x = BigDecimal.ONE.divide(BigDecimal.valueOf(n), mc);
    BigDecimal x2 = x.multiply(x, mc);
    BigDecimal term = x;
    BigDecimal sum = x;
    BigDecimal eps = BigDecimal.ONE.movePointLeft(1240);
    for (int k = 1; term.abs().compareTo(eps) > 0; k++) {
      term = term.multiply(x2, mc).negate();
      sum = sum.add(term.divide(BigDecimal.valueOf(2L * k + 1), mc), mc);
    }
    return sum;
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
