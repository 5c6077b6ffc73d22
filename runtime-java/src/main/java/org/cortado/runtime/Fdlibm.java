package org.cortado.runtime;

/**
 * The double functions whose JS versions differ from Java's StrictMath: ports of fdlibm 5.3's
 * algorithms (Sun Microsystems, freely distributable; StrictMath is specified as fdlibm), plus an
 * exact fused multiply-add.
 */
public final class Fdlibm {
  private Fdlibm() {
  }

  private static int hi(double x) {
    return (int) (Double.doubleToRawLongBits(x) >> 32);
  }

  private static int lo(double x) {
    return (int) Double.doubleToRawLongBits(x);
  }

  private static double withHi(double x, int high) {
    return Double.longBitsToDouble(((long) high << 32) | (Double.doubleToRawLongBits(x) & 0xFFFFFFFFL));
  }

  private static double fromWords(int high, int low) {
    return Double.longBitsToDouble(((long) high << 32) | (low & 0xFFFFFFFFL));
  }

  /** fdlibm s_cbrt.c: a 5-bit estimate from the exponent, a rational step to 23 bits, one Newton step. */
  public static double cbrt(double x) {
    int hx = hi(x);
    int sign = hx & 0x80000000;
    hx ^= sign;
    if (hx >= 0x7ff00000) {
      return x + x;
    }
    if ((hx | lo(x)) == 0) {
      return x;
    }
    x = withHi(x, hx);
    double t;
    if (hx < 0x00100000) {
      // Subnormal: scale by 2^54 first.
      t = fromWords(0x43500000, 0) * x;
      t = fromWords(hi(t) / 3 + 696219795, 0);
    } else {
      t = fromWords(hx / 3 + 715094163, 0);
    }
    double r = t * t / x;
    double s = 0.542857142857142815906 + r * t;
    t *= 0.357142857142857150787 + 1.60714285714285720630 / (s + 1.41428571428571436819 + -0.705306122448979611050 / s);
    // Chop to 20 bits, rounded up, so that t*t is exact.
    t = fromWords(hi(t) + 1, 0);
    s = t * t;
    r = x / s;
    double w = t + t;
    r = (r - t) / (w + r);
    t = t + t * r;
    return withHi(t, hi(t) | sign);
  }

  /** fdlibm e_hypot.c: scale into a safe range, then sqrt of a sum computed in extra precision. */
  public static double hypot(double x, double y) {
    int ha = hi(x) & 0x7fffffff;
    int hb = hi(y) & 0x7fffffff;
    double a;
    double b;
    if (hb > ha) {
      a = y;
      b = x;
      int j = ha;
      ha = hb;
      hb = j;
    } else {
      a = x;
      b = y;
    }
    a = withHi(a, ha);
    b = withHi(b, hb);
    if (ha - hb > 0x3c00000) {
      return a + b;
    }
    int k = 0;
    if (ha > 0x5f300000) {
      if (ha >= 0x7ff00000) {
        // Infinity wins over NaN.
        double w = a + b;
        if (((ha & 0xfffff) | lo(a)) == 0) {
          w = a;
        }
        if (((hb ^ 0x7ff00000) | lo(b)) == 0) {
          w = b;
        }
        return w;
      }
      ha -= 0x25800000;
      hb -= 0x25800000;
      k += 600;
      a = withHi(a, ha);
      b = withHi(b, hb);
    }
    if (hb < 0x20b00000) {
      if (hb <= 0x000fffff) {
        if ((hb | lo(b)) == 0) {
          return a;
        }
        double t1 = 0x1p1022;
        b *= t1;
        a *= t1;
        k -= 1022;
      } else {
        ha += 0x25800000;
        hb += 0x25800000;
        k -= 600;
        a = withHi(a, ha);
        b = withHi(b, hb);
      }
    }
    double w = a - b;
    if (w > b) {
      double t1 = fromWords(ha, 0);
      double t2 = a - t1;
      w = Math.sqrt(t1 * t1 - (b * (-b) - t2 * (a + t1)));
    } else {
      a = a + a;
      double y1 = fromWords(hb, 0);
      double y2 = b - y1;
      double t1 = fromWords(ha + 0x00100000, 0);
      double t2 = a - t1;
      w = Math.sqrt(t1 * y1 - (w * (-w) - (t1 * y2 + t2 * b)));
    }
    if (k != 0) {
      return fromWords(0x3ff00000 + (k << 20), 0) * w;
    }
    return w;
  }

  /** fdlibm's exp(1), one ulp above e; V8 returns e itself. */
  public static final double EXP_ONE = 2.7182818284590455;

  /** JS's cosh, except at ±1 where V8's fdlibm port uses its exact exp(1) (fdlibm: (t + 1/t) / 2, t = exp(1)). */
  public static double cosh(double x) {
    if (x == 1 || x == -1) {
      return 0.5 * EXP_ONE + 0.5 / EXP_ONE;
    }
    return JsImports.cosh(x);
  }

  /**
   * JS's atan2, except for x < 0 and |y/x| > 2^60, where fdlibm computes pi - (pi/2 - pi_lo) and
   * gets one ulp above pi/2 while V8 returns pi/2.
   */
  public static double atan2(double y, double x) {
    if (x < 0 && x != Double.NEGATIVE_INFINITY && y != 0 && Double.isFinite(y)) {
      int k = ((hi(y) & 0x7fffffff) - (hi(x) & 0x7fffffff)) >> 20;
      if (k > 60) {
        double piLo = 1.2246467991473532e-16;
        double z = 1.5707963267948966 + 0.5 * piLo;
        return y > 0 ? Math.PI - (z - piLo) : (z - piLo) - Math.PI;
      }
    }
    return JsImports.atan2(y, x);
  }

  /** fdlibm s_tanh.c, on top of expm1 (JS's expm1 gives fdlibm's results). */
  public static double tanh(double x) {
    int jx = hi(x);
    int ix = jx & 0x7fffffff;
    if (ix >= 0x7ff00000) {
      return jx >= 0 ? 1 / x + 1 : 1 / x - 1;
    }
    double z;
    if (ix < 0x40360000) {
      if (ix < 0x3c800000) {
        return x * (1 + x);
      }
      if (ix >= 0x3ff00000) {
        double t = JsImports.expm1(2 * Math.abs(x));
        z = 1 - 2 / (t + 2);
      } else {
        double t = JsImports.expm1(-2 * Math.abs(x));
        z = -t / (t + 2);
      }
    } else {
      z = 1;
    }
    return jx >= 0 ? z : -z;
  }

  /**
   * a * b + c with one rounding. The product's 106-bit significand and c's are aligned in a 128-bit
   * window (bits shifted out are kept as a sticky bit), added, and rounded to nearest even.
   */
  public static double fma(double a, double b, double c) {
    if (!Double.isFinite(a) || !Double.isFinite(b)) {
      return a * b + c;
    }
    if (!Double.isFinite(c)) {
      return c;
    }
    if (a == 0 || b == 0) {
      // The exact product is a signed zero, so the sum has a single rounding.
      return a * b + c;
    }
    if (c == 0) {
      // The product is not zero: the result is the rounded product, with its sign even if it underflows.
      return a * b;
    }
    long ma = significand(a);
    long mb = significand(b);
    long pHi = Math.multiplyHigh(ma, mb);
    long pLo = ma * mb;
    int pExp = exponent(a) + exponent(b);
    boolean pNeg = (a < 0) != (b < 0);
    // Put both significands' leading bit at bit 125 of the window.
    int pShift = leadingZeros(pHi, pLo) - 2;
    long[] p = shiftLeft(pHi, pLo, pShift);
    pExp -= pShift;
    long mc = significand(c);
    int cShift = 64 + Long.numberOfLeadingZeros(mc) - 2;
    long[] q = shiftLeft(0, mc, cShift);
    int cExp = exponent(c) - cShift;
    boolean cNeg = c < 0;
    // big has the larger exponent (or, when equal, the larger significand).
    boolean pBig = pExp > cExp || (pExp == cExp && Long.compareUnsigned(p[0], q[0]) > 0)
        || (pExp == cExp && p[0] == q[0] && Long.compareUnsigned(p[1], q[1]) >= 0);
    long[] big = pBig ? p : q;
    long[] small = pBig ? q : p;
    int exp = pBig ? pExp : cExp;
    boolean neg = pBig ? pNeg : cNeg;
    int d = exp - (pBig ? cExp : pExp);
    boolean sticky = false;
    if (d >= 128) {
      sticky = true;
      small[0] = 0;
      small[1] = 0;
    } else if (d > 0) {
      sticky = lowBitsNonZero(small[0], small[1], d);
      long[] s = shiftRight(small[0], small[1], d);
      small[0] = s[0];
      small[1] = s[1];
    }
    long rHi;
    long rLo;
    if (pNeg == cNeg) {
      rLo = big[1] + small[1];
      rHi = big[0] + small[0] + (Long.compareUnsigned(rLo, big[1]) < 0 ? 1 : 0);
    } else {
      // Subtract the truncated small operand, one less if bits were lost: the result then sits
      // just below the exact difference, and the sticky bit below marks it inexact.
      long subLo = small[1] + (sticky ? 1 : 0);
      long subHi = small[0] + (subLo == 0 && sticky ? 1 : 0);
      rLo = big[1] - subLo;
      rHi = big[0] - subHi - (Long.compareUnsigned(big[1], subLo) < 0 ? 1 : 0);
      if (rHi == 0 && rLo == 0) {
        return 0.0;
      }
    }
    if (sticky) {
      rLo |= 1;
    }
    return round(neg, rHi, rLo, exp);
  }

  /** Rounds (-1)^neg * (hi:lo) * 2^exp, with hi:lo != 0, to nearest even. */
  private static double round(boolean neg, long hi, long lo, int exp) {
    int top = 127 - leadingZeros(hi, lo);
    int e = top + exp;
    int keep = e >= -1022 ? 53 : e + 1075;
    double r;
    if (keep <= 0) {
      // Below half of the smallest subnormal, or exactly half (tie to even zero), or just above.
      boolean exactlyHalf = keep == 0 && Long.bitCount(hi) + Long.bitCount(lo) == 1;
      r = keep < 0 || exactlyHalf ? 0.0 : Double.MIN_VALUE;
    } else {
      int drop = top + 1 - keep;
      long m;
      if (drop <= 0) {
        m = lo;
        drop = 0;
      } else {
        long[] s = shiftRight(hi, lo, drop);
        m = s[1];
        boolean half = bit(hi, lo, drop - 1);
        boolean rest = lowBitsNonZero(hi, lo, drop - 1);
        if (half && (rest || (m & 1) != 0)) {
          m++;
        }
      }
      r = Math.scalb((double) m, exp + drop);
    }
    return neg ? -r : r;
  }

  private static long significand(double x) {
    long bits = Double.doubleToRawLongBits(x);
    long m = bits & 0xFFFFFFFFFFFFFL;
    return ((bits >> 52) & 0x7ff) == 0 ? m : m | (1L << 52);
  }

  private static int exponent(double x) {
    int e = (int) ((Double.doubleToRawLongBits(x) >> 52) & 0x7ff);
    return e == 0 ? -1074 : e - 1075;
  }

  private static int leadingZeros(long hi, long lo) {
    return hi != 0 ? Long.numberOfLeadingZeros(hi) : 64 + Long.numberOfLeadingZeros(lo);
  }

  private static long[] shiftLeft(long hi, long lo, int n) {
    if (n == 0) {
      return new long[] {hi, lo};
    }
    if (n >= 64) {
      return new long[] {lo << (n - 64), 0};
    }
    return new long[] {(hi << n) | (lo >>> (64 - n)), lo << n};
  }

  private static long[] shiftRight(long hi, long lo, int n) {
    if (n == 0) {
      return new long[] {hi, lo};
    }
    if (n >= 64) {
      return new long[] {0, hi >>> (n - 64)};
    }
    return new long[] {hi >>> n, (lo >>> n) | (hi << (64 - n))};
  }

  /** Whether any of the n lowest bits is set (0 <= n < 128). */
  private static boolean lowBitsNonZero(long hi, long lo, int n) {
    if (n == 0) {
      return false;
    }
    if (n < 64) {
      return (lo & ((1L << n) - 1)) != 0;
    }
    return lo != 0 || (n > 64 && (hi & ((1L << (n - 64)) - 1)) != 0);
  }

  private static boolean bit(long hi, long lo, int n) {
    return n < 64 ? ((lo >>> n) & 1) != 0 : ((hi >>> (n - 64)) & 1) != 0;
  }
}
