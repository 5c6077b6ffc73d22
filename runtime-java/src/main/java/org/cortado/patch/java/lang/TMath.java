package org.cortado.patch.java.lang;

import org.cortado.runtime.Fdlibm;
import org.cortado.runtime.JsImports;
import org.cortado.runtime.ReplaceClass;

/**
 * java.lang.Math with the JDK 17 API and results. Transcendental functions are the Java fdlibm ports
 * StrictMath uses (not the JS engine's Math, whose last bits differ between engines; HotSpot's
 * intrinsics agree with fdlibm nearly everywhere); sqrt, ceil, floor, rint, abs,
 * min, max and copySign are Wasm instructions (see the emitter's Intrinsics).
 */
@ReplaceClass
public final class TMath {
  public static final double E = 2.718281828459045;
  public static final double PI = 3.141592653589793;
  private static final double DEGREES_TO_RADIANS = 0.017453292519943295;
  private static final double RADIANS_TO_DEGREES = 57.29577951308232;

  private TMath() {
  }

  public static double sin(double a) {
    return Fdlibm.sin(a);
  }

  public static double cos(double a) {
    return Fdlibm.cos(a);
  }

  public static double tan(double a) {
    return Fdlibm.tan(a);
  }

  public static double asin(double a) {
    return Fdlibm.asin(a);
  }

  public static double acos(double a) {
    return Fdlibm.acos(a);
  }

  public static double atan(double a) {
    return Fdlibm.atan(a);
  }

  public static double toRadians(double angdeg) {
    return angdeg * DEGREES_TO_RADIANS;
  }

  public static double toDegrees(double angrad) {
    return angrad * RADIANS_TO_DEGREES;
  }

  public static double exp(double a) {
    // HotSpot's Math.exp(1) is e; fdlibm's (StrictMath's) is one ulp above.
    return a == 1 ? E : Fdlibm.exp(a);
  }

  public static double log(double a) {
    return Fdlibm.log(a);
  }

  public static double log10(double a) {
    return Fdlibm.log10(a);
  }

  public static native double sqrt(double a);

  public static double cbrt(double a) {
    return Fdlibm.cbrt(a);
  }

  /** x - n*y with n the integer nearest x/y (ties to even), computed exactly from fmod. */
  public static double IEEEremainder(double x, double y) {
    if (Double.isNaN(x) || Double.isNaN(y) || Double.isInfinite(x) || y == 0) {
      return Double.NaN;
    }
    if (Double.isInfinite(y)) {
      return x;
    }
    double ax = abs(x);
    double ay = abs(y);
    if (ay <= Double.MAX_VALUE / 2) {
      ax = ax % (ay + ay);
    }
    // Now 0 <= ax < 2*ay: subtract ay once or twice; every step is exact.
    if (ay < 0x1p-1021) {
      // ay / 2 could be inexact here; doubling ax is exact instead.
      if (ax + ax > ay) {
        ax -= ay;
        if (ax + ax >= ay) {
          ax -= ay;
        }
      }
    } else {
      double half = 0.5 * ay;
      if (ax > half) {
        ax -= ay;
        if (ax >= half) {
          ax -= ay;
        }
      }
    }
    return Double.doubleToRawLongBits(x) < 0 ? -ax : ax;
  }

  public static native double ceil(double a);

  public static native double floor(double a);

  /** Round half to even (Wasm's f64.nearest, which the emitter uses instead of this body). */
  public static double rint(double a) {
    if (!(abs(a) < 0x1p52)) {
      return a;
    }
    double r = abs(a) + 0x1p52 - 0x1p52;
    return copySign(r, a);
  }

  public static double atan2(double y, double x) {
    return Fdlibm.atan2(y, x);
  }

  public static double pow(double a, double b) {
    // Not fdlibm: HotSpot's Math.pow is nearly correctly rounded (pow(7, -2) is 1/49 exactly rounded,
    // fdlibm's is one ulp above), and so is V8's, which agrees with it on almost every argument.
    // StrictMath.pow is Fdlibm.pow.
    return JsImports.pow(a, b);
  }

  /** floor(a + 1/2) computed exactly. */
  public static int round(float a) {
    if (!(abs(a) < 0x1p23f)) {
      return (int) a;
    }
    float f = (float) floor(a);
    return (int) f + (a >= f + 0.5f ? 1 : 0);
  }

  /** floor(a + 1/2) computed exactly: f + 0.5 is representable below 2^52. */
  public static long round(double a) {
    if (!(abs(a) < 0x1p52)) {
      return (long) a;
    }
    double f = floor(a);
    return (long) f + (a >= f + 0.5 ? 1 : 0);
  }

  public static double random() {
    return JsImports.random();
  }

  public static int addExact(int x, int y) {
    int r = x + y;
    if (((x ^ r) & (y ^ r)) < 0) {
      throw new ArithmeticException("integer overflow");
    }
    return r;
  }

  public static long addExact(long x, long y) {
    long r = x + y;
    if (((x ^ r) & (y ^ r)) < 0) {
      throw new ArithmeticException("long overflow");
    }
    return r;
  }

  public static int subtractExact(int x, int y) {
    int r = x - y;
    if (((x ^ y) & (x ^ r)) < 0) {
      throw new ArithmeticException("integer overflow");
    }
    return r;
  }

  public static long subtractExact(long x, long y) {
    long r = x - y;
    if (((x ^ y) & (x ^ r)) < 0) {
      throw new ArithmeticException("long overflow");
    }
    return r;
  }

  public static int multiplyExact(int x, int y) {
    long r = (long) x * y;
    if ((int) r != r) {
      throw new ArithmeticException("integer overflow");
    }
    return (int) r;
  }

  public static long multiplyExact(long x, int y) {
    return multiplyExact(x, (long) y);
  }

  public static long multiplyExact(long x, long y) {
    long r = x * y;
    if (multiplyHigh(x, y) != (r >> 63)) {
      throw new ArithmeticException("long overflow");
    }
    return r;
  }

  public static int divideExact(int x, int y) {
    if (x == Integer.MIN_VALUE && y == -1) {
      throw new ArithmeticException("integer overflow");
    }
    return x / y;
  }

  public static long divideExact(long x, long y) {
    if (x == Long.MIN_VALUE && y == -1) {
      throw new ArithmeticException("long overflow");
    }
    return x / y;
  }

  public static int incrementExact(int a) {
    if (a == Integer.MAX_VALUE) {
      throw new ArithmeticException("integer overflow");
    }
    return a + 1;
  }

  public static long incrementExact(long a) {
    if (a == Long.MAX_VALUE) {
      throw new ArithmeticException("long overflow");
    }
    return a + 1;
  }

  public static int decrementExact(int a) {
    if (a == Integer.MIN_VALUE) {
      throw new ArithmeticException("integer overflow");
    }
    return a - 1;
  }

  public static long decrementExact(long a) {
    if (a == Long.MIN_VALUE) {
      throw new ArithmeticException("long overflow");
    }
    return a - 1;
  }

  public static int negateExact(int a) {
    if (a == Integer.MIN_VALUE) {
      throw new ArithmeticException("integer overflow");
    }
    return -a;
  }

  public static long negateExact(long a) {
    if (a == Long.MIN_VALUE) {
      throw new ArithmeticException("long overflow");
    }
    return -a;
  }

  public static int toIntExact(long value) {
    if ((int) value != value) {
      throw new ArithmeticException("integer overflow");
    }
    return (int) value;
  }

  public static long multiplyFull(int x, int y) {
    return (long) x * y;
  }

  /** The high 64 bits of the 128-bit product, from 32-bit halves (signed high halves). */
  public static long multiplyHigh(long x, long y) {
    long x1 = x >> 32;
    long x0 = x & 0xFFFFFFFFL;
    long y1 = y >> 32;
    long y0 = y & 0xFFFFFFFFL;
    long lowProduct = x0 * y0;
    long mid = x1 * y0 + (lowProduct >>> 32);
    long mid2 = (mid & 0xFFFFFFFFL) + x0 * y1;
    return x1 * y1 + (mid >> 32) + (mid2 >> 32);
  }

  public static int floorDiv(int x, int y) {
    int q = x / y;
    return (x % y != 0 && (x ^ y) < 0) ? q - 1 : q;
  }

  public static long floorDiv(long x, int y) {
    return floorDiv(x, (long) y);
  }

  public static long floorDiv(long x, long y) {
    long q = x / y;
    return (x % y != 0 && (x ^ y) < 0) ? q - 1 : q;
  }

  public static int floorMod(int x, int y) {
    int m = x % y;
    return (m != 0 && (m ^ y) < 0) ? m + y : m;
  }

  public static int floorMod(long x, int y) {
    return (int) floorMod(x, (long) y);
  }

  public static long floorMod(long x, long y) {
    long m = x % y;
    return (m != 0 && (m ^ y) < 0) ? m + y : m;
  }

  // ceilDiv/ceilMod/floorDivExact/ceilDivExact are JDK 18 API the classlib itself calls.

  public static int ceilDiv(int x, int y) {
    int q = x / y;
    return (x % y != 0 && (x ^ y) >= 0) ? q + 1 : q;
  }

  public static long ceilDiv(long x, int y) {
    return ceilDiv(x, (long) y);
  }

  public static long ceilDiv(long x, long y) {
    long q = x / y;
    return (x % y != 0 && (x ^ y) >= 0) ? q + 1 : q;
  }

  public static int ceilMod(int x, int y) {
    int m = x % y;
    return (m != 0 && (m ^ y) >= 0) ? m - y : m;
  }

  public static int ceilMod(long x, int y) {
    return (int) ceilMod(x, (long) y);
  }

  public static long ceilMod(long x, long y) {
    long m = x % y;
    return (m != 0 && (m ^ y) >= 0) ? m - y : m;
  }

  public static int floorDivExact(int x, int y) {
    return floorDiv(divideExactCheck(x, y), y);
  }

  public static long floorDivExact(long x, long y) {
    return floorDiv(divideExactCheck(x, y), y);
  }

  public static int ceilDivExact(int x, int y) {
    return ceilDiv(divideExactCheck(x, y), y);
  }

  public static long ceilDivExact(long x, long y) {
    return ceilDiv(divideExactCheck(x, y), y);
  }

  private static int divideExactCheck(int x, int y) {
    if (x == Integer.MIN_VALUE && y == -1) {
      throw new ArithmeticException("integer overflow");
    }
    return x;
  }

  private static long divideExactCheck(long x, long y) {
    if (x == Long.MIN_VALUE && y == -1) {
      throw new ArithmeticException("long overflow");
    }
    return x;
  }

  public static int abs(int a) {
    return a < 0 ? -a : a;
  }

  public static long abs(long a) {
    return a < 0 ? -a : a;
  }

  public static float abs(float a) {
    return Float.intBitsToFloat(Float.floatToRawIntBits(a) & 0x7fffffff);
  }

  public static double abs(double a) {
    return Double.longBitsToDouble(Double.doubleToRawLongBits(a) & Long.MAX_VALUE);
  }

  public static int absExact(int a) {
    if (a == Integer.MIN_VALUE) {
      throw new ArithmeticException("Overflow to represent absolute value of Integer.MIN_VALUE");
    }
    return abs(a);
  }

  public static long absExact(long a) {
    if (a == Long.MIN_VALUE) {
      throw new ArithmeticException("Overflow to represent absolute value of Long.MIN_VALUE");
    }
    return abs(a);
  }

  public static int max(int a, int b) {
    return a >= b ? a : b;
  }

  public static long max(long a, long b) {
    return a >= b ? a : b;
  }

  public static float max(float a, float b) {
    if (a != a) {
      return a;
    }
    if (a == 0 && b == 0) {
      return Float.floatToRawIntBits(a) < 0 ? b : a;
    }
    return a >= b ? a : b;
  }

  public static double max(double a, double b) {
    if (a != a) {
      return a;
    }
    if (a == 0 && b == 0) {
      return Double.doubleToRawLongBits(a) < 0 ? b : a;
    }
    return a >= b ? a : b;
  }

  public static int min(int a, int b) {
    return a <= b ? a : b;
  }

  public static long min(long a, long b) {
    return a <= b ? a : b;
  }

  public static float min(float a, float b) {
    if (a != a) {
      return a;
    }
    if (a == 0 && b == 0) {
      return Float.floatToRawIntBits(b) < 0 ? b : a;
    }
    return a <= b ? a : b;
  }

  public static double min(double a, double b) {
    if (a != a) {
      return a;
    }
    if (a == 0 && b == 0) {
      return Double.doubleToRawLongBits(b) < 0 ? b : a;
    }
    return a <= b ? a : b;
  }

  public static double fma(double a, double b, double c) {
    return Fdlibm.fma(a, b, c);
  }

  /**
   * The float product is exact in double; rounding the double sum to odd and then to float gives
   * the correctly rounded result (53 >= 24 + 2 bits).
   */
  public static float fma(float a, float b, float c) {
    double p = (double) a * b;
    if (!Double.isFinite(p) || !Float.isFinite(c)) {
      return (float) (p + c);
    }
    double s = p + c;
    double err = (p - (s - (s - p))) + (c - (s - p));
    long bits = Double.doubleToRawLongBits(s);
    if (err != 0 && (bits & 1) == 0) {
      // Inexact with an even last bit: step one ulp towards the exact sum.
      bits += (err > 0) == (s > 0) ? 1 : -1;
      s = Double.longBitsToDouble(bits);
    }
    return (float) s;
  }

  public static double ulp(double d) {
    int e = getExponent(d);
    if (e == Double.MAX_EXPONENT + 1) {
      return abs(d);
    }
    if (e == Double.MIN_EXPONENT - 1) {
      return Double.MIN_VALUE;
    }
    return powerOfTwo(e - 52);
  }

  public static float ulp(float f) {
    int e = getExponent(f);
    if (e == Float.MAX_EXPONENT + 1) {
      return abs(f);
    }
    if (e == Float.MIN_EXPONENT - 1) {
      return Float.MIN_VALUE;
    }
    e -= 23;
    return e >= Float.MIN_EXPONENT ? Float.intBitsToFloat((e + 127) << 23) : Float.intBitsToFloat(1 << (e + 149));
  }

  public static double signum(double d) {
    return (d == 0 || d != d) ? d : copySign(1.0, d);
  }

  public static float signum(float f) {
    return (f == 0 || f != f) ? f : copySign(1.0f, f);
  }

  public static double sinh(double x) {
    return Fdlibm.sinh(x);
  }

  public static double cosh(double x) {
    return Fdlibm.cosh(x);
  }

  public static double tanh(double x) {
    return Fdlibm.tanh(x);
  }

  public static double hypot(double x, double y) {
    return Fdlibm.hypot(x, y);
  }

  public static double expm1(double x) {
    return Fdlibm.expm1(x);
  }

  public static double log1p(double x) {
    return Fdlibm.log1p(x);
  }

  public static double copySign(double magnitude, double sign) {
    return Double.longBitsToDouble((Double.doubleToRawLongBits(magnitude) & Long.MAX_VALUE)
        | (Double.doubleToRawLongBits(sign) & Long.MIN_VALUE));
  }

  public static float copySign(float magnitude, float sign) {
    return Float.intBitsToFloat((Float.floatToRawIntBits(magnitude) & 0x7fffffff)
        | (Float.floatToRawIntBits(sign) & 0x80000000));
  }

  public static int getExponent(float f) {
    return ((Float.floatToRawIntBits(f) >> 23) & 0xff) - 127;
  }

  public static int getExponent(double d) {
    return (int) ((Double.doubleToRawLongBits(d) >> 52) & 0x7ff) - 1023;
  }

  public static double nextAfter(double start, double direction) {
    if (start < direction) {
      return nextUp(start);
    }
    if (start > direction) {
      return nextDown(start);
    }
    return start == direction ? direction : start + direction;
  }

  public static float nextAfter(float start, double direction) {
    if (start < direction) {
      return nextUp(start);
    }
    if (start > direction) {
      return nextDown(start);
    }
    return start == direction ? (float) direction : start + (float) direction;
  }

  public static double nextUp(double d) {
    if (d != d || d == Double.POSITIVE_INFINITY) {
      return d;
    }
    long bits = Double.doubleToRawLongBits(d + 0.0);
    return Double.longBitsToDouble(bits + (bits >= 0 ? 1 : -1));
  }

  public static float nextUp(float f) {
    if (f != f || f == Float.POSITIVE_INFINITY) {
      return f;
    }
    int bits = Float.floatToRawIntBits(f + 0.0f);
    return Float.intBitsToFloat(bits + (bits >= 0 ? 1 : -1));
  }

  public static double nextDown(double d) {
    if (d != d || d == Double.NEGATIVE_INFINITY) {
      return d;
    }
    if (d == 0) {
      return -Double.MIN_VALUE;
    }
    long bits = Double.doubleToRawLongBits(d);
    return Double.longBitsToDouble(bits + (d > 0 ? -1 : 1));
  }

  public static float nextDown(float f) {
    if (f != f || f == Float.NEGATIVE_INFINITY) {
      return f;
    }
    if (f == 0) {
      return -Float.MIN_VALUE;
    }
    int bits = Float.floatToRawIntBits(f);
    return Float.intBitsToFloat(bits + (f > 0 ? -1 : 1));
  }

  /** d * 2^n rounded once: scaling up is exact until overflow; scaling down rounds only at the end. */
  public static double scalb(double d, int n) {
    if (d == 0 || !Double.isFinite(d)) {
      return d;
    }
    n = max(-2200, min(2200, n));
    if (n >= 0) {
      while (n > Double.MAX_EXPONENT) {
        d *= 0x1p1023;
        n -= Double.MAX_EXPONENT;
      }
      return d * powerOfTwo(n);
    }
    int e = getExponent(d);
    if (e < Double.MIN_EXPONENT) {
      d *= 0x1p54;
      n -= 54;
      e = getExponent(d);
    }
    int target = e + n;
    if (target >= Double.MIN_EXPONENT) {
      int first = max(n, Double.MIN_EXPONENT);
      return d * powerOfTwo(first) * powerOfTwo(n - first);
    }
    double m = d * powerOfTwo(-e);
    if (target >= -1074) {
      return m * powerOfTwo(target);
    }
    if (target == -1075) {
      return m * 0.5 * Double.MIN_VALUE;
    }
    return copySign(0.0, d);
  }

  /** Exact in double for these exponents, so the float conversion is the only rounding. */
  public static float scalb(float f, int n) {
    return (float) scalb((double) f, max(-400, min(400, n)));
  }

  /** 2^n for -1074 <= n <= 1023. */
  private static double powerOfTwo(int n) {
    return n >= Double.MIN_EXPONENT
        ? Double.longBitsToDouble((long) (n + 1023) << 52)
        : Double.longBitsToDouble(1L << (n + 1074));
  }
}
