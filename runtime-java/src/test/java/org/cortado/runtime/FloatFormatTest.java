package org.cortado.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Compares {@link FloatFormat} with the JVM's {@code String.format(Locale.US, ...)}, exceptions included. */
class FloatFormatTest {
  private static final String FLAG_CHARS = "-#+ 0,(";
  private static final int[] FLAG_BITS = {FloatFormat.LEFT_JUSTIFY, FloatFormat.ALTERNATE, FloatFormat.PLUS,
      FloatFormat.SPACE, FloatFormat.ZERO_PAD, FloatFormat.GROUPING, FloatFormat.PARENTHESES};

  private static String jvm(String spec, Object arg) {
    try {
      return String.format(Locale.US, spec, arg);
    } catch (RuntimeException e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
  }

  private static String ours(int flags, int width, int precision, char conversion, Object arg) {
    try {
      return FloatFormat.format(arg, conversion, flags, width, precision, FloatFormat.Symbols.US);
    } catch (RuntimeException e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
  }

  private static void check(int flags, int width, int precision, char conversion, Object arg, List<String> failures) {
    StringBuilder spec = new StringBuilder("%");
    for (int i = 0; i < FLAG_BITS.length; i++) {
      if ((flags & FLAG_BITS[i]) != 0) {
        spec.append(FLAG_CHARS.charAt(i));
      }
    }
    if (width != -1) {
      spec.append(width);
    }
    if (precision != -1) {
      spec.append('.').append(precision);
    }
    spec.append(conversion);
    String expected = jvm(spec.toString(), arg);
    String actual = ours(flags, width, precision, conversion, arg);
    if (!expected.equals(actual) && failures.size() < 20) {
      failures.add(spec + " of " + arg + ": JVM [" + expected + "] ours [" + actual + "]");
    }
  }

  private static final double[] EDGES = {0, -0.0, 1, -1, 0.1, 0.5, 1.5, 2.5, 0.125, 0.375, 9.995, 0.05, 0.15, 0.25,
      0.35, 1e-5, 9.9999e-5, 1e-4, 123456.789, 999999.5, 1e20, 1e21, 1.0 / 3, 2.0 / 3, 1e-300, 4.9e-324, 2.2250738585072014E-308,
      Double.MAX_VALUE, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -1234.5678, 0.001, 0.0095,
      99.99, 9.5, 0.95, 1e7, 1.0E-3, 2.0E-3, 100, 1e15, 123e-7};

  @Test
  void edgeValuesWithCommonSpecs() {
    List<String> failures = new ArrayList<>();
    int[] precisions = {-1, 0, 1, 2, 3, 5, 10, 17, 20};
    for (double v : EDGES) {
      for (char c : "eEfgGaA".toCharArray()) {
        for (int p : precisions) {
          check(0, -1, p, c, v, failures);
          check(0, 12, p, c, v, failures);
          check(FloatFormat.LEFT_JUSTIFY, 14, p, c, v, failures);
          check(FloatFormat.ZERO_PAD | FloatFormat.PLUS, 15, p, c, v, failures);
          check(FloatFormat.PARENTHESES | FloatFormat.GROUPING, 20, p, c, v, failures);
          check(FloatFormat.SPACE | FloatFormat.ALTERNATE, -1, p, c, v, failures);
        }
      }
      check(0, -1, -1, 'f', (float) v, failures);
      check(0, -1, 3, 'e', (float) v, failures);
    }
    assertEquals(List.of(), failures);
  }

  @Test
  void randomValuesFlagsAndPrecisions() {
    SplittableRandom r = new SplittableRandom(20261122);
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < 40_000; i++) {
      double v = switch (r.nextInt(4)) {
        case 0 -> Double.longBitsToDouble(r.nextLong());
        case 1 -> (r.nextInt(2000000) - 1000000) / 1000.0;
        case 2 -> r.nextDouble() * Math.pow(10, r.nextInt(40) - 20);
        default -> Math.round(r.nextDouble() * 100000) / 100.0 + 0.005;
      };
      int flags = r.nextInt(4) == 0 ? r.nextInt(128) : 0;
      int width = r.nextInt(3) == 0 ? r.nextInt(25) + 1 : -1;
      int precision = r.nextInt(3) == 0 ? -1 : r.nextInt(19);
      char c = "eEfgGaA".charAt(r.nextInt(7));
      check(flags, width, precision, c, v, failures);
    }
    assertEquals(List.of(), failures);
  }

  @Test
  void bigDecimalsAndOtherArguments() {
    List<String> failures = new ArrayList<>();
    Object[] args = {new BigDecimal("0"), new BigDecimal("123.456"), new BigDecimal("-0.000123456789"),
        new BigDecimal("1E+5"), new BigDecimal("9.9999"), new BigDecimal("12345678901234567890.5"), new BigDecimal("0.5"),
        new BigDecimal("-2.5"), null, 42, "x"};
    for (Object a : args) {
      for (char c : "eEfgG".toCharArray()) {
        for (int p : new int[] {-1, 0, 1, 2, 4, 8}) {
          check(0, -1, p, c, a, failures);
          check(FloatFormat.GROUPING, 18, p, c, a, failures);
          check(FloatFormat.PARENTHESES | FloatFormat.ZERO_PAD, 16, p, c, a, failures);
        }
      }
    }
    assertEquals(List.of(), failures);
  }
}
