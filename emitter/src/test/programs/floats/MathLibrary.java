import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * java.lang.Math and StrictMath over special values and thousands of generated ones. StrictMath
 * results are compared bit for bit; Math's sin/cos/tan/exp/log/log10/pow are HotSpot intrinsics that
 * may differ from StrictMath in the last bit, so those are only checked to be within one ulp of it.
 */
public class MathLibrary {
  static final double[] SPECIALS = {0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, 3.0, -3.0, 10.0, 0.1, 100.0, 1e-10, 1e10,
      Math.PI, Math.E, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE, -Double.MAX_VALUE,
      Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, 0x1p52, 0x1p52 + 0.5, 0x1p53, 1e300, -1e-300,
      709.78, -745.1, 22.0, 0.7, 2.5, -2.5, 1.5, 0x1.fffffffffffffp-1, 1e-320};

  static long seed = 0x5DEECE66DL;

  static long next() {
    seed = seed * 6364136223846793005L + 1442695040888963407L;
    return seed;
  }

  /** A mix of small, large, tiny, subnormal and arbitrary-bit doubles. */
  static double gen() {
    long r = next();
    switch ((int) ((r >>> 61) & 7)) {
      case 0:
        return Double.longBitsToDouble(next());
      case 1:
        return (next() >> 11) * 0x1p-53 * 40;
      case 2:
        return Math.scalb((next() >>> 11) * 0x1p-53, (int) (next() % 1080));
      case 3:
        return (next() % 4000) / 8.0;
      case 4:
        return Double.longBitsToDouble(next() & 0x800fffffffffffffL);
      case 5:
        return SPECIALS[(int) ((next() >>> 1) % SPECIALS.length)];
      default:
        return (next() >> 11) * 0x1p-53 * 2;
    }
  }

  static String bits(double d) {
    return Long.toHexString(Double.doubleToLongBits(d));
  }

  static String fbits(float f) {
    return Integer.toHexString(Float.floatToIntBits(f));
  }

  static long mix(long h, double d) {
    return (h ^ Double.doubleToLongBits(d)) * 0x100000001b3L;
  }

  static void unary(String name, DoubleUnaryOperator f) {
    StringBuilder sb = new StringBuilder(name + ":");
    for (double x : SPECIALS) {
      sb.append(' ').append(bits(f.applyAsDouble(x)));
    }
    System.out.println(sb);
    long h = 0xcbf29ce484222325L;
    seed = name.hashCode();
    for (int i = 0; i < 3000; i++) {
      h = mix(h, f.applyAsDouble(gen()));
    }
    System.out.println(name + " hash of 3000: " + Long.toHexString(h));
  }

  static void binary(String name, DoubleBinaryOperator f) {
    StringBuilder sb = new StringBuilder(name + ":");
    for (int i = 0; i < SPECIALS.length; i++) {
      sb.append(' ').append(bits(f.applyAsDouble(SPECIALS[i], SPECIALS[(i * 7 + 3) % SPECIALS.length])));
    }
    System.out.println(sb);
    long h = 0xcbf29ce484222325L;
    seed = name.hashCode();
    for (int i = 0; i < 3000; i++) {
      h = mix(h, f.applyAsDouble(gen(), gen()));
    }
    for (double a : SPECIALS) {
      for (double b : SPECIALS) {
        h = mix(h, f.applyAsDouble(a, b));
      }
    }
    System.out.println(name + " hash: " + Long.toHexString(h));
  }

  /** Math's intrinsic versions against StrictMath: equal, or one ulp apart. */
  static void nearStrict(String name, DoubleUnaryOperator math, DoubleUnaryOperator strict) {
    int same = 0;
    int close = 0;
    int far = 0;
    seed = name.hashCode();
    for (int i = 0; i < 3000; i++) {
      double x = gen();
      double m = math.applyAsDouble(x);
      double s = strict.applyAsDouble(x);
      if (Double.compare(m, s) == 0) {
        same++;
      } else if (Math.abs(m - s) <= Math.ulp(s)) {
        close++;
      } else {
        far++;
        System.out.println("  " + name + "(" + bits(x) + ") = " + bits(m) + ", StrictMath " + bits(s));
      }
    }
    System.out.println(name + " vs StrictMath: " + (same + close) + " within an ulp, " + far + " not");
  }

  public static void main(String[] args) {
    unary("StrictMath.sin", StrictMath::sin);
    unary("StrictMath.cos", StrictMath::cos);
    unary("StrictMath.tan", StrictMath::tan);
    unary("StrictMath.asin", StrictMath::asin);
    unary("StrictMath.acos", StrictMath::acos);
    unary("StrictMath.atan", StrictMath::atan);
    unary("StrictMath.exp", StrictMath::exp);
    unary("StrictMath.log", StrictMath::log);
    unary("StrictMath.log10", StrictMath::log10);
    unary("StrictMath.log1p", StrictMath::log1p);
    unary("StrictMath.expm1", StrictMath::expm1);
    unary("StrictMath.sinh", StrictMath::sinh);
    unary("StrictMath.cosh", StrictMath::cosh);
    unary("StrictMath.tanh", StrictMath::tanh);
    unary("StrictMath.cbrt", StrictMath::cbrt);
    unary("StrictMath.sqrt", StrictMath::sqrt);
    binary("StrictMath.atan2", StrictMath::atan2);
    binary("StrictMath.hypot", StrictMath::hypot);
    unary("Math.asin", Math::asin);
    unary("Math.acos", Math::acos);
    unary("Math.atan", Math::atan);
    unary("Math.sinh", Math::sinh);
    unary("Math.cosh", Math::cosh);
    unary("Math.tanh", Math::tanh);
    unary("Math.expm1", Math::expm1);
    unary("Math.log1p", Math::log1p);
    unary("Math.cbrt", Math::cbrt);
    unary("Math.sqrt", Math::sqrt);
    binary("Math.atan2", Math::atan2);
    binary("Math.hypot", Math::hypot);
    nearStrict("Math.sin", Math::sin, StrictMath::sin);
    nearStrict("Math.cos", Math::cos, StrictMath::cos);
    nearStrict("Math.tan", Math::tan, StrictMath::tan);
    nearStrict("Math.exp", Math::exp, StrictMath::exp);
    nearStrict("Math.log", Math::log, StrictMath::log);
    nearStrict("Math.log10", Math::log10, StrictMath::log10);
    nearStrict("Math.pow(x, 2.5)", x -> Math.pow(x, 2.5), x -> StrictMath.pow(x, 2.5));
    exactPoints();
    rounding();
    binary("Math.IEEEremainder", Math::IEEEremainder);
    binary("Math.copySign", Math::copySign);
    binary("StrictMath.copySign", StrictMath::copySign);
    binary("Math.nextAfter", Math::nextAfter);
    binary("Math.min", Math::min);
    binary("Math.max", Math::max);
    binary("Math.fma(a, b, 1)", (a, b) -> Math.fma(a, b, 1.0));
    binary("Math.fma(a, b, -ab)", (a, b) -> Math.fma(a, b, -(a * b)));
    binary("Math.fma(a, 1+2^-30, b)", (a, b) -> Math.fma(a, 1 + 0x1p-30, b));
    binary("Math.fma(a, a, b)", (a, b) -> Math.fma(a, a, b));
    unary("Math.ulp", Math::ulp);
    unary("Math.nextUp", Math::nextUp);
    unary("Math.nextDown", Math::nextDown);
    unary("Math.signum", Math::signum);
    unary("Math.abs", Math::abs);
    unary("Math.rint", Math::rint);
    unary("Math.floor", Math::floor);
    unary("Math.ceil", Math::ceil);
    unary("Math.toRadians", Math::toRadians);
    unary("Math.toDegrees", Math::toDegrees);
    unary("Math.getExponent", x -> Math.getExponent(x));
    unary("Math.round", x -> Math.round(x));
    for (int n : new int[] {0, 1, -1, 52, -1022, -1074, -1075, -1076, 1023, 1024, 2000, -2000, Integer.MAX_VALUE, Integer.MIN_VALUE}) {
      final int k = n;
      unary("Math.scalb(x, " + n + ")", x -> Math.scalb(x, k));
    }
    floats();
    integers();
  }

  static void exactPoints() {
    System.out.println("pow special cases:");
    double[] xs = {0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN};
    double[] ys = {0.0, -0.0, 1.0, -1.0, 2.0, 3.0, -3.0, 0.5, 1e300, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN};
    for (double x : xs) {
      StringBuilder sb = new StringBuilder("  " + x + ":");
      for (double y : ys) {
        sb.append(' ').append(Math.pow(x, y));
      }
      System.out.println(sb);
    }
    System.out.println("pow exact: " + Math.pow(2, 10) + " " + Math.pow(3, 20) + " " + Math.pow(10, 15) + " " + Math.pow(-2, 61)
        + " " + Math.pow(2, -1074) + " " + Math.pow(0.5, 3) + " " + Math.pow(16, 0.5) + " " + Math.pow(7, -2));
    System.out.println("exact points: " + Math.exp(0) + " " + Math.log(1) + " " + Math.log10(1000) + " " + Math.log10(1e-300)
        + " " + Math.sin(0) + " " + Math.cos(0) + " " + Math.tan(-0.0) + " " + Math.exp(Double.NEGATIVE_INFINITY)
        + " " + Math.log(0) + " " + Math.log(-1) + " " + Math.sqrt(-0.0) + " " + Math.cbrt(-27) + " " + Math.hypot(3, 4)
        + " " + Math.hypot(Double.NaN, Double.POSITIVE_INFINITY) + " " + Math.atan2(0.0, -0.0) + " " + Math.atan2(-0.0, -1));
    System.out.println("E " + Math.E + " PI " + Math.PI + " " + StrictMath.E + " " + StrictMath.PI);
  }

  static void rounding() {
    double[] halves = {0.5, -0.5, 1.5, -1.5, 2.5, -2.5, 0.49999999999999994, -0.49999999999999994, 4503599627370495.5,
        4503599627370497.0, -4503599627370495.5, 9.223372036854776E18, -9.3e18, 1e19, Double.NaN, 0x1.0p-1074};
    for (double h : halves) {
      System.out.println("round " + h + ": " + Math.round(h) + " rint " + Math.rint(h) + " floor " + Math.floor(h)
          + " ceil " + Math.ceil(h) + " round(float) " + Math.round((float) h));
    }
    float[] fh = {0.5f, -0.5f, 2.5f, 0.49999997f, -0.49999997f, 8388607.5f, 8388609f, 3e9f, -3e9f, Float.NaN, 1e-45f};
    for (float h : fh) {
      System.out.println("round(float) " + h + ": " + Math.round(h));
    }
  }

  static void floats() {
    float[] fs = {0f, -0f, 1f, -1f, 0.1f, 3.4028235e38f, 1.4e-45f, -1.4e-45f, 1.17549435E-38f, Float.POSITIVE_INFINITY,
        Float.NEGATIVE_INFINITY, Float.NaN, 16777216f, 0.75f, 1e-40f};
    for (float f : fs) {
      System.out.println("float " + fbits(f) + ": ulp " + fbits(Math.ulp(f)) + " up " + fbits(Math.nextUp(f))
          + " down " + fbits(Math.nextDown(f)) + " after(+inf) " + fbits(Math.nextAfter(f, Double.POSITIVE_INFINITY))
          + " after(0) " + fbits(Math.nextAfter(f, 0.0)) + " sig " + fbits(Math.signum(f)) + " exp " + Math.getExponent(f)
          + " scalb(3) " + fbits(Math.scalb(f, 3)) + " scalb(-130) " + fbits(Math.scalb(f, -130))
          + " scalb(300) " + fbits(Math.scalb(f, 300)) + " abs " + fbits(Math.abs(f)) + " copy " + fbits(Math.copySign(f, -2f))
          + " " + fbits(StrictMath.copySign(f, Float.NaN)) + " min " + fbits(Math.min(f, -0f)) + " max " + fbits(Math.max(f, 0f)));
    }
    long h = 0;
    seed = 99;
    for (int i = 0; i < 5000; i++) {
      float a = (float) gen();
      float b = Float.intBitsToFloat((int) next());
      float c = (float) (gen() * 1e-3);
      h = h * 31 + Float.floatToIntBits(Math.fma(a, b, c));
      h = h * 31 + Float.floatToIntBits(Math.fma(a, a, -a * a));
      h = h * 31 + Float.floatToIntBits(Math.scalb(a, (int) (next() % 320)));
    }
    System.out.println("float fma/scalb hash: " + Long.toHexString(h));
    System.out.println("fma float cases: " + Math.fma(0.1f, 10f, -1f) + " " + Math.fma(Float.MAX_VALUE, 2f, -Float.MAX_VALUE)
        + " " + Math.fma(1e-30f, 1e-30f, 0f) + " " + Math.fma(-1e-30f, 1e-30f, 0f) + " " + Math.fma(0f, -1f, 0f)
        + " " + Math.fma(Float.POSITIVE_INFINITY, 0f, 1f) + " " + Math.fma(2f, 3f, Float.NEGATIVE_INFINITY));
    System.out.println("fma double cases: " + Math.fma(0.1, 10, -1) + " " + Math.fma(Double.MAX_VALUE, 2, -Double.MAX_VALUE)
        + " " + Math.fma(1e-200, 1e-200, 0) + " " + Math.fma(-1e-200, 1e-200, 0.0) + " " + Math.fma(0.0, -1, 0.0)
        + " " + Math.fma(Double.POSITIVE_INFINITY, 0, 1) + " " + Math.fma(2, 3, Double.NEGATIVE_INFINITY)
        + " " + Math.fma(Double.MIN_VALUE, 0.5, 0.0) + " " + Math.fma(Double.MIN_VALUE, 0.75, 0.0)
        + " " + Math.fma(1 + 0x1p-52, 1 - 0x1p-53, -1));
  }

  static String tryInt(java.util.function.IntSupplier s) {
    try {
      return String.valueOf(s.getAsInt());
    } catch (ArithmeticException e) {
      return "AE(" + e.getMessage() + ")";
    }
  }

  static String tryLong(java.util.function.LongSupplier s) {
    try {
      return String.valueOf(s.getAsLong());
    } catch (ArithmeticException e) {
      return "AE(" + e.getMessage() + ")";
    }
  }

  static void integers() {
    int[] is = {0, 1, -1, 7, -7, 3, -3, Integer.MAX_VALUE, Integer.MIN_VALUE, 46341, -46341, 65536};
    for (int a : is) {
      StringBuilder sb = new StringBuilder("int " + a + ":");
      for (int b : is) {
        sb.append(' ').append(tryInt(() -> Math.floorDiv(a, b))).append('/').append(tryInt(() -> Math.floorMod(a, b)))
            .append('/').append(tryInt(() -> Math.addExact(a, b))).append('/').append(tryInt(() -> Math.subtractExact(a, b)))
            .append('/').append(tryInt(() -> Math.multiplyExact(a, b)));
      }
      sb.append(" | ").append(tryInt(() -> Math.negateExact(a))).append(' ').append(tryInt(() -> Math.incrementExact(a)))
          .append(' ').append(tryInt(() -> Math.decrementExact(a))).append(' ').append(tryInt(() -> Math.absExact(a)))
          .append(' ').append(Math.abs(a)).append(' ').append(Math.multiplyFull(a, a)).append(' ').append(Math.floorMod((long) a * 3, a == 0 ? 1 : a));
      System.out.println(sb);
    }
    long[] ls = {0, 1, -1, 10, -10, Long.MAX_VALUE, Long.MIN_VALUE, 3037000499L, -3037000500L, 1L << 32, 0x123456789abcdefL};
    for (long a : ls) {
      StringBuilder sb = new StringBuilder("long " + a + ":");
      for (long b : ls) {
        sb.append(' ').append(tryLong(() -> Math.floorDiv(a, b))).append('/').append(tryLong(() -> Math.floorMod(a, b)))
            .append('/').append(tryLong(() -> Math.addExact(a, b))).append('/').append(tryLong(() -> Math.subtractExact(a, b)))
            .append('/').append(tryLong(() -> Math.multiplyExact(a, b))).append('/').append(Math.multiplyHigh(a, b));
      }
      sb.append(" | ").append(tryLong(() -> Math.negateExact(a))).append(' ').append(tryLong(() -> Math.incrementExact(a)))
          .append(' ').append(tryLong(() -> Math.decrementExact(a))).append(' ').append(tryLong(() -> Math.absExact(a)))
          .append(' ').append(tryInt(() -> Math.toIntExact(a))).append(' ').append(tryLong(() -> Math.multiplyExact(a, -1)))
          .append(' ').append(tryLong(() -> Math.floorDiv(a, -3))).append(' ').append(tryInt(() -> Math.floorMod(a, -3)))
          .append(' ').append(tryLong(() -> StrictMath.multiplyExact(a, 3))).append(' ').append(StrictMath.floorMod(a, 7L));
      System.out.println(sb);
    }
    long h = 0;
    seed = 7;
    for (int i = 0; i < 5000; i++) {
      long a = next();
      long b = next() >> (next() & 63);
      h = h * 31 + Math.multiplyHigh(a, b);
      h = h * 31 + Math.floorMod(a, b | 1);
      h = h * 31 + Math.floorDiv(a, b | 1);
      h = h * 31 + Math.floorMod((int) a, (int) b | 1);
    }
    System.out.println("integer hash: " + Long.toHexString(h));
  }
}
