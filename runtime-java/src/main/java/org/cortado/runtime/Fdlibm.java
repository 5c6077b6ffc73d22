package org.cortado.runtime;

/**
 * Java's StrictMath, bit for bit: ports of fdlibm 5.3's algorithms (Sun Microsystems, freely
 * distributable; StrictMath is specified as fdlibm), written in Java so that every JS engine gives
 * the same results (the engines' own Math functions differ from fdlibm, and from each other, in the
 * last bit). Plus an exact fused multiply-add.
 *
 * <p>The code follows fdlibm's structure on the 32-bit halves of a double ({@link #hi}, {@link #lo})
 * because its branch thresholds and its tricks (clearing low words to get exact partial products)
 * are defined on them.
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

  /** x with its low word cleared: the high 21 significand bits, so products with it are exact. */
  private static double clearLo(double x) {
    return Double.longBitsToDouble(Double.doubleToRawLongBits(x) & 0xFFFFFFFF00000000L);
  }

  private static double fromWords(int high, int low) {
    return Double.longBitsToDouble(((long) high << 32) | (low & 0xFFFFFFFFL));
  }

  private static final double HUGE = 1.0e300;
  private static final double TINY = 1.0e-300;
  private static final double TWO54 = 0x1p54;
  private static final double TWOM54 = 0x1p-54;
  private static final double TWO24 = 0x1p24;
  private static final double TWOM24 = 0x1p-24;

  /** fdlibm s_scalbn.c: x * 2^n with a single rounding. */
  static double scalbn(double x, int n) {
    int hx = hi(x);
    int k = (hx & 0x7ff00000) >> 20;
    if (k == 0) {
      if (((hx & 0x7fffffff) | lo(x)) == 0) {
        return x;
      }
      x *= TWO54;
      hx = hi(x);
      k = ((hx & 0x7ff00000) >> 20) - 54;
      if (n < -50000) {
        return TINY * x;
      }
    }
    if (k == 0x7ff) {
      return x + x;
    }
    k += n;
    if (k > 0x7fe) {
      return HUGE * Math.copySign(HUGE, x);
    }
    if (k > 0) {
      return withHi(x, (hx & 0x800fffff) | (k << 20));
    }
    if (k <= -54) {
      if (n > 50000) {
        return HUGE * Math.copySign(HUGE, x);
      }
      return TINY * Math.copySign(TINY, x);
    }
    k += 54;
    return withHi(x, (hx & 0x800fffff) | (k << 20)) * TWOM54;
  }

  // ---------------------------------------------------------------- trigonometric functions

  /** fdlibm s_sin.c: reduce to [-pi/4, pi/4], then the sine or cosine kernel by quadrant. */
  public static double sin(double x) {
    int ix = hi(x) & 0x7fffffff;
    if (ix <= 0x3fe921fb) {
      return kernelSin(x, 0, false);
    }
    if (ix >= 0x7ff00000) {
      return x - x;
    }
    double[] y = new double[2];
    int n = remPio2(x, y);
    switch (n & 3) {
      case 0:
        return kernelSin(y[0], y[1], true);
      case 1:
        return kernelCos(y[0], y[1]);
      case 2:
        return -kernelSin(y[0], y[1], true);
      default:
        return -kernelCos(y[0], y[1]);
    }
  }

  /** fdlibm s_cos.c. */
  public static double cos(double x) {
    int ix = hi(x) & 0x7fffffff;
    if (ix <= 0x3fe921fb) {
      return kernelCos(x, 0);
    }
    if (ix >= 0x7ff00000) {
      return x - x;
    }
    double[] y = new double[2];
    int n = remPio2(x, y);
    switch (n & 3) {
      case 0:
        return kernelCos(y[0], y[1]);
      case 1:
        return -kernelSin(y[0], y[1], true);
      case 2:
        return -kernelCos(y[0], y[1]);
      default:
        return kernelSin(y[0], y[1], true);
    }
  }

  /** fdlibm s_tan.c. */
  public static double tan(double x) {
    int ix = hi(x) & 0x7fffffff;
    if (ix <= 0x3fe921fb) {
      return kernelTan(x, 0, 1);
    }
    if (ix >= 0x7ff00000) {
      return x - x;
    }
    double[] y = new double[2];
    int n = remPio2(x, y);
    // 1 for even quadrants (tan), -1 for odd ones (-1/tan).
    return kernelTan(y[0], y[1], 1 - ((n & 1) << 1));
  }

  private static final double S1 = -1.66666666666666324348e-01;
  private static final double S2 = 8.33333333332248946124e-03;
  private static final double S3 = -1.98412698298579493134e-04;
  private static final double S4 = 2.75573137070700676789e-06;
  private static final double S5 = -2.50507602534068634195e-08;
  private static final double S6 = 1.58969099521155010221e-10;

  /** fdlibm k_sin.c: sin(x + y) on [-pi/4, pi/4], y the tail of x (used only when hasTail). */
  private static double kernelSin(double x, double y, boolean hasTail) {
    int ix = hi(x) & 0x7fffffff;
    if (ix < 0x3e400000 && (int) x == 0) {
      // |x| < 2^-27: sin(x) rounds to x.
      return x;
    }
    double z = x * x;
    double v = z * x;
    double r = S2 + z * (S3 + z * (S4 + z * (S5 + z * S6)));
    if (!hasTail) {
      return x + v * (S1 + z * r);
    }
    return x - ((z * (0.5 * y - v * r) - y) - v * S1);
  }

  private static final double C1 = 4.16666666666666019037e-02;
  private static final double C2 = -1.38888888888741095749e-03;
  private static final double C3 = 2.48015872894767294178e-05;
  private static final double C4 = -2.75573143513906633035e-07;
  private static final double C5 = 2.08757232129817482790e-09;
  private static final double C6 = -1.13596475577881948265e-11;

  /** fdlibm k_cos.c: cos(x + y) on [-pi/4, pi/4]. */
  private static double kernelCos(double x, double y) {
    int ix = hi(x) & 0x7fffffff;
    if (ix < 0x3e400000 && (int) x == 0) {
      return 1.0;
    }
    double z = x * x;
    double r = z * (C1 + z * (C2 + z * (C3 + z * (C4 + z * (C5 + z * C6)))));
    if (ix < 0x3fd33333) {
      return 1.0 - (0.5 * z - (z * r - x * y));
    }
    // Subtract a rounded-down quarter of x^2 from 1 exactly first, to keep the error small.
    double qx = ix > 0x3fe90000 ? 0.28125 : fromWords(ix - 0x00200000, 0);
    double hz = 0.5 * z - qx;
    double a = 1.0 - qx;
    return a - (hz - (z * r - x * y));
  }

  private static final double T0 = 3.33333333333334091986e-01;
  private static final double T1 = 1.33333333333201242699e-01;
  private static final double T2 = 5.39682539762260521377e-02;
  private static final double T3 = 2.18694882948595424599e-02;
  private static final double T4 = 8.86323982359930005737e-03;
  private static final double T5 = 3.59207910759131235356e-03;
  private static final double T6 = 1.45620945432529025516e-03;
  private static final double T7 = 5.88041240820264096874e-04;
  private static final double T8 = 2.46463134818469906812e-04;
  private static final double T9 = 7.81794442939557092300e-05;
  private static final double T10 = 7.14072491382608190305e-05;
  private static final double T11 = -1.85586374855275456654e-05;
  private static final double T12 = 2.59073051863633712884e-05;
  private static final double PIO4 = 7.85398163397448278999e-01;
  private static final double PIO4_LO = 3.06161699786838301793e-17;

  /** fdlibm k_tan.c: tan(x + y) (iy = 1) or -1/tan(x + y) (iy = -1) on [-pi/4, pi/4]. */
  private static double kernelTan(double x, double y, int iy) {
    int hx = hi(x);
    int ix = hx & 0x7fffffff;
    if (ix < 0x3e300000 && (int) x == 0) {
      // |x| < 2^-28.
      if (((ix | lo(x)) | (iy + 1)) == 0) {
        return 1.0 / Math.abs(x);
      }
      if (iy == 1) {
        return x;
      }
      // -1/(x + y), with the quotient corrected by one step.
      double w = x + y;
      double z = clearLo(w);
      double v = y - (z - x);
      double a = -1.0 / w;
      double t = clearLo(a);
      double s = 1.0 + t * z;
      return t + a * (s + t * v);
    }
    if (ix >= 0x3fe59428) {
      // |x| >= 0.6744: tan(pi/4 - x') = (1 - tan x') / (1 + tan x') with a smaller x'.
      if (hx < 0) {
        x = -x;
        y = -y;
      }
      double z = PIO4 - x;
      double w = PIO4_LO - y;
      x = z + w;
      y = 0.0;
    }
    double z = x * x;
    double w = z * z;
    // Odd and even terms split so that the two polynomials evaluate in parallel.
    double r = T1 + w * (T3 + w * (T5 + w * (T7 + w * (T9 + w * T11))));
    double v = z * (T2 + w * (T4 + w * (T6 + w * (T8 + w * (T10 + w * T12)))));
    double s = z * x;
    r = y + z * (s * (r + v) + y);
    r += T0 * s;
    w = x + r;
    if (ix >= 0x3fe59428) {
      v = iy;
      return (1 - ((hx >> 30) & 2)) * (v - 2.0 * (x - (w * w / (w + v) - r)));
    }
    if (iy == 1) {
      return w;
    }
    // -1/w computed as t + a*(...) with t having a 21-bit significand, for accuracy.
    z = clearLo(w);
    v = r - (z - x);
    double a = -1.0 / w;
    double t = clearLo(a);
    s = 1.0 + t * z;
    return t + a * (s + t * v);
  }

  private static final double INV_PIO2 = 6.36619772367581382433e-01;
  private static final double PIO2_1 = 1.57079632673412561417e+00;
  private static final double PIO2_1T = 6.07710050650619224932e-11;
  private static final double PIO2_2 = 6.07710050630396597660e-11;
  private static final double PIO2_2T = 2.02226624879595063154e-21;
  private static final double PIO2_3 = 2.02226624871116645580e-21;
  private static final double PIO2_3T = 8.47842766036889956997e-32;

  /** High words of n*pi/2 for n = 1..32: arguments this close to them need more bits of pi/2. */
  static final int[] NPIO2_HW = {
      0x3FF921FB, 0x400921FB, 0x4012D97C, 0x401921FB, 0x401F6A7A, 0x4022D97C, 0x4025FDBB, 0x402921FB,
      0x402C463A, 0x402F6A7A, 0x4031475C, 0x4032D97C, 0x40346B9C, 0x4035FDBB, 0x40378FDB, 0x403921FB,
      0x403AB41B, 0x403C463A, 0x403DD85A, 0x403F6A7A, 0x40407E4C, 0x4041475C, 0x4042106C, 0x4042D97C,
      0x4043A28C, 0x40446B9C, 0x404534AC, 0x4045FDBB, 0x4046C6CB, 0x40478FDB, 0x404858EB, 0x404921FB,
  };

  /**
   * fdlibm e_rem_pio2.c: x - n*pi/2 as y[0] + y[1] with |y| <= pi/4; returns n (mod 8 for huge x).
   * Up to 2^19*pi/2, pi/2 in three 33-bit pieces suffices (Cody-Waite); beyond, {@link #kernelRemPio2}.
   */
  static int remPio2(double x, double[] y) {
    int hx = hi(x);
    int ix = hx & 0x7fffffff;
    if (ix <= 0x3fe921fb) {
      y[0] = x;
      y[1] = 0;
      return 0;
    }
    if (ix < 0x4002d97c) {
      // |x| < 3pi/4: n = ±1, one or two pieces of pi/2.
      if (hx > 0) {
        double z = x - PIO2_1;
        if (ix != 0x3ff921fb) {
          y[0] = z - PIO2_1T;
          y[1] = (z - y[0]) - PIO2_1T;
        } else {
          // Near pi/2: 33 more bits.
          z -= PIO2_2;
          y[0] = z - PIO2_2T;
          y[1] = (z - y[0]) - PIO2_2T;
        }
        return 1;
      }
      double z = x + PIO2_1;
      if (ix != 0x3ff921fb) {
        y[0] = z + PIO2_1T;
        y[1] = (z - y[0]) + PIO2_1T;
      } else {
        z += PIO2_2;
        y[0] = z + PIO2_2T;
        y[1] = (z - y[0]) + PIO2_2T;
      }
      return -1;
    }
    if (ix <= 0x413921fb) {
      // |x| <= 2^19*pi/2: medium size.
      double t = Math.abs(x);
      int n = (int) (t * INV_PIO2 + 0.5);
      double fn = n;
      double r = t - fn * PIO2_1;
      double w = fn * PIO2_1T;
      if (n < 32 && ix != NPIO2_HW[n - 1]) {
        y[0] = r - w;
      } else {
        // Cancellation may have eaten bits: add pieces of pi/2 while the exponent dropped a lot.
        int j = ix >> 20;
        y[0] = r - w;
        int i = j - ((hi(y[0]) >> 20) & 0x7ff);
        if (i > 16) {
          t = r;
          w = fn * PIO2_2;
          r = t - w;
          w = fn * PIO2_2T - ((t - r) - w);
          y[0] = r - w;
          i = j - ((hi(y[0]) >> 20) & 0x7ff);
          if (i > 49) {
            t = r;
            w = fn * PIO2_3;
            r = t - w;
            w = fn * PIO2_3T - ((t - r) - w);
            y[0] = r - w;
          }
        }
      }
      y[1] = (r - y[0]) - w;
      if (hx < 0) {
        y[0] = -y[0];
        y[1] = -y[1];
        return -n;
      }
      return n;
    }
    if (ix >= 0x7ff00000) {
      y[0] = x - x;
      y[1] = y[0];
      return 0;
    }
    // Huge: split |x| * 2^-e0 into three 24-bit integers for the multi-precision reduction.
    int e0 = (ix >> 20) - 1046;
    double z = fromWords(ix - (e0 << 20), lo(x));
    double[] tx = new double[3];
    for (int i = 0; i < 2; i++) {
      tx[i] = (int) z;
      z = (z - tx[i]) * TWO24;
    }
    tx[2] = z;
    int nx = 3;
    while (tx[nx - 1] == 0.0) {
      nx--;
    }
    int n = kernelRemPio2(tx, y, e0, nx);
    if (hx < 0) {
      y[0] = -y[0];
      y[1] = -y[1];
      return -n;
    }
    return n;
  }

  /** 2/pi in 24-bit pieces: enough bits for the reduction of any double. */
  static final int[] TWO_OVER_PI = {
      0xA2F983, 0x6E4E44, 0x1529FC, 0x2757D1, 0xF534DD, 0xC0DB62, 0x95993C, 0x439041, 0xFE5163,
      0xABDEBB, 0xC561B7, 0x246E3A, 0x424DD2, 0xE00649, 0x2EEA09, 0xD1921C, 0xFE1DEB, 0x1CB129,
      0xA73EE8, 0x8235F5, 0x2EBB44, 0x84E99C, 0x7026B4, 0x5F7E41, 0x3991D6, 0x398353, 0x39F49C,
      0x845F8B, 0xBDF928, 0x3B1FF8, 0x97FFDE, 0x05980F, 0xEF2F11, 0x8B5A0A, 0x6D1F6D, 0x367ECF,
      0x27CB09, 0xB74F46, 0x3F669E, 0x5FEA2D, 0x7527BA, 0xC7EBE5, 0xF17B3D, 0x0739F7, 0x8A5292,
      0xEA6BFB, 0x5FB11F, 0x8D5D08, 0x560330, 0x46FC7B, 0x6BABF0, 0xCFBC20, 0x9AF436, 0x1DA9E3,
      0x91615E, 0xE61B08, 0x659985, 0x5F14A0, 0x68408D, 0xFFD880, 0x4D7327, 0x310606, 0x1556CA,
      0x73A8C9, 0x60E27B, 0xC08C6B,
  };

  /** pi/2 in 24-bit pieces (each a double with a low word of zero). */
  static final double[] PIO2 = {
      fromWords(0x3FF921FB, 0x40000000), fromWords(0x3E74442D, 0x00000000), fromWords(0x3CF84698, 0x80000000),
      fromWords(0x3B78CC51, 0x60000000), fromWords(0x39F01B83, 0x80000000), fromWords(0x387A2520, 0x40000000),
      fromWords(0x36E38222, 0x80000000), fromWords(0x3569F31D, 0x00000000),
  };

  /**
   * fdlibm k_rem_pio2.c for double precision (prec = 2, so jk = 4: a few bits more than double needs): x = sum of tx[i] * 2^(e0 - 24i),
   * multiplied by just the bits of 2/pi that matter; the integer part's low 3 bits are returned and
   * the fraction times pi/2 goes to y[0] + y[1].
   */
  private static int kernelRemPio2(double[] x, double[] y, int e0, int nx) {
    final int jk = 4;
    final int jp = jk;
    int[] iq = new int[20];
    double[] f = new double[20];
    double[] fq = new double[20];
    double[] q = new double[20];
    int jx = nx - 1;
    int jv = (e0 - 3) / 24;
    if (jv < 0) {
      jv = 0;
    }
    int q0 = e0 - 24 * (jv + 1);
    // f[0..jx+jk] = the needed pieces of 2/pi.
    int j = jv - jx;
    int m = jx + jk;
    for (int i = 0; i <= m; i++, j++) {
      f[i] = j < 0 ? 0.0 : (double) TWO_OVER_PI[j];
    }
    for (int i = 0; i <= jk; i++) {
      double fw = 0.0;
      for (j = 0; j <= jx; j++) {
        fw += x[j] * f[jx + i - j];
      }
      q[i] = fw;
    }
    int jz = jk;
    int n;
    int ih;
    double z;
    while (true) {
      // Distil q[] into 24-bit integers iq[], most significant last.
      int i = 0;
      j = jz;
      z = q[jz];
      for (; j > 0; i++, j--) {
        double fw = (int) (TWOM24 * z);
        iq[i] = (int) (z - TWO24 * fw);
        z = q[j - 1] + fw;
      }
      z = scalbn(z, q0);
      z -= 8.0 * Math.floor(z * 0.125);
      n = (int) z;
      z -= n;
      ih = 0;
      if (q0 > 0) {
        // The integer part reaches into iq[jz-1].
        i = iq[jz - 1] >> (24 - q0);
        n += i;
        iq[jz - 1] -= i << (24 - q0);
        ih = iq[jz - 1] >> (23 - q0);
      } else if (q0 == 0) {
        ih = iq[jz - 1] >> 23;
      } else if (z >= 0.5) {
        ih = 2;
      }
      if (ih > 0) {
        // The fraction is >= 0.5: take 1 - fraction and round n up.
        n += 1;
        int carry = 0;
        for (i = 0; i < jz; i++) {
          j = iq[i];
          if (carry == 0) {
            if (j != 0) {
              carry = 1;
              iq[i] = 0x1000000 - j;
            }
          } else {
            iq[i] = 0xffffff - j;
          }
        }
        if (q0 == 1) {
          iq[jz - 1] &= 0x7fffff;
        } else if (q0 == 2) {
          iq[jz - 1] &= 0x3fffff;
        }
        if (ih == 2) {
          z = 1.0 - z;
          if (carry != 0) {
            z -= scalbn(1.0, q0);
          }
        }
      }
      if (z != 0.0) {
        break;
      }
      // The fraction cancelled so far: if all of iq[jk..jz-1] is zero, use more bits of 2/pi.
      j = 0;
      for (i = jz - 1; i >= jk; i--) {
        j |= iq[i];
      }
      if (j != 0) {
        break;
      }
      int k = 1;
      while (iq[jk - k] == 0) {
        k++;
      }
      for (i = jz + 1; i <= jz + k; i++) {
        f[jx + i] = TWO_OVER_PI[jv + i];
        double fw = 0.0;
        for (j = 0; j <= jx; j++) {
          fw += x[j] * f[jx + i - j];
        }
        q[i] = fw;
      }
      jz += k;
    }
    // Chop off zero terms.
    if (z == 0.0) {
      jz -= 1;
      q0 -= 24;
      while (iq[jz] == 0) {
        jz--;
        q0 -= 24;
      }
    } else {
      // Break z into 24-bit pieces if needed.
      z = scalbn(z, -q0);
      if (z >= TWO24) {
        double fw = (int) (TWOM24 * z);
        iq[jz] = (int) (z - TWO24 * fw);
        jz += 1;
        q0 += 24;
        iq[jz] = (int) fw;
      } else {
        iq[jz] = (int) z;
      }
    }
    // q[] = the fraction as doubles; fq[] = q[] times pi/2.
    double fw = scalbn(1.0, q0);
    for (int i = jz; i >= 0; i--) {
      q[i] = fw * iq[i];
      fw *= TWOM24;
    }
    for (int i = jz; i >= 0; i--) {
      fw = 0.0;
      for (int k = 0; k <= jp && k <= jz - i; k++) {
        fw += PIO2[k] * q[i + k];
      }
      fq[jz - i] = fw;
    }
    fw = 0.0;
    for (int i = jz; i >= 0; i--) {
      fw += fq[i];
    }
    y[0] = ih == 0 ? fw : -fw;
    fw = fq[0] - fw;
    for (int i = 1; i <= jz; i++) {
      fw += fq[i];
    }
    y[1] = ih == 0 ? fw : -fw;
    return n & 7;
  }

  // ---------------------------------------------------------------- inverse trigonometric functions

  private static final double PIO2_HI = 1.57079632679489655800e+00;
  private static final double PIO2_LO = 6.12323399573676603587e-17;
  private static final double PIO4_HI = 7.85398163397448278999e-01;
  private static final double PI = 3.14159265358979311600e+00;
  private static final double PS0 = 1.66666666666666657415e-01;
  private static final double PS1 = -3.25565818622400915405e-01;
  private static final double PS2 = 2.01212532134862925881e-01;
  private static final double PS3 = -4.00555345006794114027e-02;
  private static final double PS4 = 7.91534994289814532176e-04;
  private static final double PS5 = 3.47933107596021167570e-05;
  private static final double QS1 = -2.40339491173441421878e+00;
  private static final double QS2 = 2.02094576023350569471e+00;
  private static final double QS3 = -6.88283971605453293030e-01;
  private static final double QS4 = 7.70381505559019352791e-02;

  /** The rational approximation R(t) = (asin(x) - x)/x^3 of e_asin.c and e_acos.c, t = x^2. */
  private static double asinRatio(double t) {
    double p = t * (PS0 + t * (PS1 + t * (PS2 + t * (PS3 + t * (PS4 + t * PS5)))));
    double q = 1.0 + t * (QS1 + t * (QS2 + t * (QS3 + t * QS4)));
    return p / q;
  }

  /** fdlibm e_asin.c: a rational approximation below 0.5, asin(x) = pi/2 - 2 asin(sqrt((1-x)/2)) above. */
  public static double asin(double x) {
    int hx = hi(x);
    int ix = hx & 0x7fffffff;
    if (ix >= 0x3ff00000) {
      if (((ix - 0x3ff00000) | lo(x)) == 0) {
        return x * PIO2_HI + x * PIO2_LO;
      }
      return (x - x) / (x - x);
    }
    if (ix < 0x3fe00000) {
      if (ix < 0x3e400000 && HUGE + x > 1.0) {
        return x;
      }
      return x + x * asinRatio(x * x);
    }
    double w = 1.0 - Math.abs(x);
    double t = w * 0.5;
    double r = asinRatio(t);
    double s = Math.sqrt(t);
    if (ix >= 0x3fef3333) {
      // |x| > 0.975.
      t = PIO2_HI - (2.0 * (s + s * r) - PIO2_LO);
    } else {
      // sqrt(t) = w + c with w's low word cleared, for extra precision.
      w = clearLo(s);
      double c = (t - w * w) / (s + w);
      double p = 2.0 * s * r - (PIO2_LO - 2.0 * c);
      double q = PIO4_HI - 2.0 * w;
      t = PIO4_HI - (p - q);
    }
    return hx > 0 ? t : -t;
  }

  /** fdlibm e_acos.c. */
  public static double acos(double x) {
    int hx = hi(x);
    int ix = hx & 0x7fffffff;
    if (ix >= 0x3ff00000) {
      if (((ix - 0x3ff00000) | lo(x)) == 0) {
        return hx > 0 ? 0.0 : PI + 2.0 * PIO2_LO;
      }
      return (x - x) / (x - x);
    }
    if (ix < 0x3fe00000) {
      if (ix <= 0x3c600000) {
        return PIO2_HI + PIO2_LO;
      }
      double r = asinRatio(x * x);
      return PIO2_HI - (x - (PIO2_LO - x * r));
    }
    if (hx < 0) {
      double z = (1.0 + x) * 0.5;
      double s = Math.sqrt(z);
      double w = asinRatio(z) * s - PIO2_LO;
      return PI - 2.0 * (s + w);
    }
    double z = (1.0 - x) * 0.5;
    double s = Math.sqrt(z);
    double df = clearLo(s);
    double c = (z - df * df) / (s + df);
    double w = asinRatio(z) * s + c;
    return 2.0 * (df + w);
  }

  private static final double[] ATAN_HI = {
      4.63647609000806093515e-01, 7.85398163397448278999e-01, 9.82793723247329054082e-01, 1.57079632679489655800e+00,
  };
  private static final double[] ATAN_LO = {
      2.26987774529616870924e-17, 3.06161699786838301793e-17, 1.39033110312309984516e-17, 6.12323399573676603587e-17,
  };
  private static final double AT0 = 3.33333333333329318027e-01;
  private static final double AT1 = -1.99999999998764832476e-01;
  private static final double AT2 = 1.42857142725034663711e-01;
  private static final double AT3 = -1.11111104054623557880e-01;
  private static final double AT4 = 9.09088713343650656196e-02;
  private static final double AT5 = -7.69187620504482999495e-02;
  private static final double AT6 = 6.66107313738753120669e-02;
  private static final double AT7 = -5.83357013379057348645e-02;
  private static final double AT8 = 4.97687799461593236017e-02;
  private static final double AT9 = -3.65315727442169155270e-02;
  private static final double AT10 = 1.62858201153657823623e-02;

  /** fdlibm s_atan.c: reduce to |x| < 7/16 around 0, 0.5, 1, 1.5 or infinity, then a polynomial. */
  public static double atan(double x) {
    int hx = hi(x);
    int ix = hx & 0x7fffffff;
    if (ix >= 0x44100000) {
      // |x| >= 2^66.
      if (ix > 0x7ff00000 || (ix == 0x7ff00000 && lo(x) != 0)) {
        return x + x;
      }
      return hx > 0 ? ATAN_HI[3] + ATAN_LO[3] : -ATAN_HI[3] - ATAN_LO[3];
    }
    int id;
    if (ix < 0x3fdc0000) {
      // |x| < 0.4375.
      if (ix < 0x3e200000 && HUGE + x > 1.0) {
        return x;
      }
      id = -1;
    } else {
      x = Math.abs(x);
      if (ix < 0x3ff30000) {
        if (ix < 0x3fe60000) {
          id = 0;
          x = (2.0 * x - 1.0) / (2.0 + x);
        } else {
          id = 1;
          x = (x - 1.0) / (x + 1.0);
        }
      } else if (ix < 0x40038000) {
        id = 2;
        x = (x - 1.5) / (1.0 + 1.5 * x);
      } else {
        id = 3;
        x = -1.0 / x;
      }
    }
    double z = x * x;
    double w = z * z;
    double s1 = z * (AT0 + w * (AT2 + w * (AT4 + w * (AT6 + w * (AT8 + w * AT10)))));
    double s2 = w * (AT1 + w * (AT3 + w * (AT5 + w * (AT7 + w * AT9))));
    if (id < 0) {
      return x - x * (s1 + s2);
    }
    z = ATAN_HI[id] - ((x * (s1 + s2) - ATAN_LO[id]) - x);
    return hx < 0 ? -z : z;
  }

  private static final double PI_O_4 = 7.8539816339744827900e-01;
  private static final double PI_O_2 = 1.5707963267948965580e+00;
  private static final double PI_LO = 1.2246467991473531772e-16;

  /** fdlibm e_atan2.c: special cases by quadrant, else atan(|y/x|) moved to the right quadrant. */
  public static double atan2(double y, double x) {
    int hx = hi(x);
    int ix = hx & 0x7fffffff;
    int lx = lo(x);
    int hy = hi(y);
    int iy = hy & 0x7fffffff;
    int ly = lo(y);
    if ((ix | ((lx | -lx) >>> 31)) > 0x7ff00000 || (iy | ((ly | -ly) >>> 31)) > 0x7ff00000) {
      return x + y;
    }
    if (((hx - 0x3ff00000) | lx) == 0) {
      return atan(y);
    }
    // m = 2 * sign(x) + sign(y).
    int m = ((hy >> 31) & 1) | ((hx >> 30) & 2);
    if ((iy | ly) == 0) {
      switch (m) {
        case 0:
        case 1:
          return y;
        case 2:
          return PI + TINY;
        default:
          return -PI - TINY;
      }
    }
    if ((ix | lx) == 0) {
      return hy < 0 ? -PI_O_2 - TINY : PI_O_2 + TINY;
    }
    if (ix == 0x7ff00000) {
      if (iy == 0x7ff00000) {
        switch (m) {
          case 0:
            return PI_O_4 + TINY;
          case 1:
            return -PI_O_4 - TINY;
          case 2:
            return 3.0 * PI_O_4 + TINY;
          default:
            return -3.0 * PI_O_4 - TINY;
        }
      }
      switch (m) {
        case 0:
          return 0.0;
        case 1:
          return -0.0;
        case 2:
          return PI + TINY;
        default:
          return -PI - TINY;
      }
    }
    if (iy == 0x7ff00000) {
      return hy < 0 ? -PI_O_2 - TINY : PI_O_2 + TINY;
    }
    int k = (iy - ix) >> 20;
    double z;
    if (k > 60) {
      z = PI_O_2 + 0.5 * PI_LO;
    } else if (hx < 0 && k < -60) {
      z = 0.0;
    } else {
      z = atan(Math.abs(y / x));
    }
    switch (m) {
      case 0:
        return z;
      case 1:
        return -z;
      case 2:
        return PI - (z - PI_LO);
      default:
        return (z - PI_LO) - PI;
    }
  }

  // ---------------------------------------------------------------- exponentials and logarithms

  private static final double O_THRESHOLD = 7.09782712893383973096e+02;
  private static final double U_THRESHOLD = -7.45133219101941108420e+02;
  private static final double LN2_HI = 6.93147180369123816490e-01;
  private static final double LN2_LO = 1.90821492927058770002e-10;
  private static final double INV_LN2 = 1.44269504088896338700e+00;
  private static final double TWOM1000 = 0x1p-1000;
  private static final double P1 = 1.66666666666666019037e-01;
  private static final double P2 = -2.77777777770155933842e-03;
  private static final double P3 = 6.61375632143793436117e-05;
  private static final double P4 = -1.65339022054652515390e-06;
  private static final double P5 = 4.13813679705723846039e-08;

  /** fdlibm e_exp.c: x = k ln2 + r with |r| <= ln2/2, exp(r) by a Remez-fitted rational form, times 2^k. */
  public static double exp(double x) {
    int hx = hi(x);
    int xsb = (hx >> 31) & 1;
    hx &= 0x7fffffff;
    if (hx >= 0x40862e42) {
      // |x| >= 709.78...
      if (hx >= 0x7ff00000) {
        if (((hx & 0xfffff) | lo(x)) != 0) {
          return x + x;
        }
        return xsb == 0 ? x : 0.0;
      }
      if (x > O_THRESHOLD) {
        return HUGE * HUGE;
      }
      if (x < U_THRESHOLD) {
        return TWOM1000 * TWOM1000;
      }
    }
    double hi = 0;
    double lo = 0;
    int k = 0;
    if (hx > 0x3fd62e42) {
      // |x| > ln2/2.
      if (hx < 0x3ff0a2b2) {
        // |x| < 1.5 ln2: k = ±1.
        hi = xsb == 0 ? x - LN2_HI : x + LN2_HI;
        lo = xsb == 0 ? LN2_LO : -LN2_LO;
        k = 1 - xsb - xsb;
      } else {
        k = (int) (INV_LN2 * x + (xsb == 0 ? 0.5 : -0.5));
        double t = k;
        hi = x - t * LN2_HI;
        lo = t * LN2_LO;
      }
      x = hi - lo;
    } else if (hx < 0x3e300000) {
      // |x| < 2^-28.
      if (HUGE + x > 1.0) {
        return 1.0 + x;
      }
    }
    double t = x * x;
    double c = x - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
    if (k == 0) {
      return 1.0 - ((x * c) / (c - 2.0) - x);
    }
    double y = 1.0 - ((lo - (x * c) / (2.0 - c)) - hi);
    if (k >= -1021) {
      return withHi(y, hi(y) + (k << 20));
    }
    return withHi(y, hi(y) + ((k + 1000) << 20)) * TWOM1000;
  }

  private static final double LG1 = 6.666666666666735130e-01;
  private static final double LG2 = 3.999999999940941908e-01;
  private static final double LG3 = 2.857142874366239149e-01;
  private static final double LG4 = 2.222219843214978396e-01;
  private static final double LG5 = 1.818357216161805012e-01;
  private static final double LG6 = 1.531383769920937332e-01;
  private static final double LG7 = 1.479819860511658591e-01;

  /** fdlibm e_log.c: x = 2^k (1 + f) with sqrt(2)/2 < 1 + f < sqrt(2); log(1 + f) via s = f/(2 + f). */
  public static double log(double x) {
    int hx = hi(x);
    int lx = lo(x);
    int k = 0;
    if (hx < 0x00100000) {
      // x < 2^-1022: zero, negative or subnormal.
      if (((hx & 0x7fffffff) | lx) == 0) {
        return Double.NEGATIVE_INFINITY;
      }
      if (hx < 0) {
        return Double.NaN;
      }
      k -= 54;
      x *= TWO54;
      hx = hi(x);
    }
    if (hx >= 0x7ff00000) {
      return x + x;
    }
    k += (hx >> 20) - 1023;
    hx &= 0x000fffff;
    // Normalize x or x/2 into [sqrt(2)/2, sqrt(2)).
    int i = (hx + 0x95f64) & 0x100000;
    x = withHi(x, hx | (i ^ 0x3ff00000));
    k += i >> 20;
    double f = x - 1.0;
    double dk = k;
    if ((0x000fffff & (2 + hx)) < 3) {
      // |f| < 2^-20.
      if (f == 0.0) {
        return k == 0 ? 0.0 : dk * LN2_HI + dk * LN2_LO;
      }
      double r = f * f * (0.5 - 0.33333333333333333 * f);
      return k == 0 ? f - r : dk * LN2_HI - ((r - dk * LN2_LO) - f);
    }
    double s = f / (2.0 + f);
    double z = s * s;
    i = hx - 0x6147a;
    double w = z * z;
    int j = 0x6b851 - hx;
    double t1 = w * (LG2 + w * (LG4 + w * LG6));
    double t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
    i |= j;
    double r = t2 + t1;
    if (i > 0) {
      double hfsq = 0.5 * f * f;
      return k == 0 ? f - (hfsq - s * (hfsq + r)) : dk * LN2_HI - ((hfsq - (s * (hfsq + r) + dk * LN2_LO)) - f);
    }
    return k == 0 ? f - s * (f - r) : dk * LN2_HI - ((s * (f - r) - dk * LN2_LO) - f);
  }

  private static final double IVLN10 = 4.34294481903251816668e-01;
  private static final double LOG10_2HI = 3.01029995663611771306e-01;
  private static final double LOG10_2LO = 3.69423907715893078616e-13;

  /** fdlibm e_log10.c: log10(2^n x) = n log10(2) + log(x)/ln10, with x in [1, 2) or [0.5, 1) for n < 0. */
  public static double log10(double x) {
    int hx = hi(x);
    int lx = lo(x);
    int k = 0;
    if (hx < 0x00100000) {
      if (((hx & 0x7fffffff) | lx) == 0) {
        return Double.NEGATIVE_INFINITY;
      }
      if (hx < 0) {
        return Double.NaN;
      }
      k -= 54;
      x *= TWO54;
      hx = hi(x);
    }
    if (hx >= 0x7ff00000) {
      return x + x;
    }
    k += (hx >> 20) - 1023;
    int i = k >>> 31;
    hx = (hx & 0x000fffff) | ((0x3ff - i) << 20);
    double y = k + i;
    x = withHi(x, hx);
    double z = y * LOG10_2LO + IVLN10 * log(x);
    return z + y * LOG10_2HI;
  }

  /** fdlibm s_log1p.c: like log, with the rounding error of 1 + x corrected by c/u. */
  public static double log1p(double x) {
    int hx = hi(x);
    int ax = hx & 0x7fffffff;
    int k = 1;
    double f = 0;
    int hu = 0;
    double c = 0;
    if (hx < 0x3fda827a) {
      // x < 0.41422.
      if (ax >= 0x3ff00000) {
        // x <= -1.
        return x == -1.0 ? Double.NEGATIVE_INFINITY : (x - x) / (x - x);
      }
      if (ax < 0x3e200000) {
        // |x| < 2^-29.
        if (TWO54 + x > 0.0 && ax < 0x3c900000) {
          return x;
        }
        return x - x * x * 0.5;
      }
      if (hx > 0 || hx <= 0xbfd2bec3) {
        // -0.2929 < x < 0.41422: f = x directly.
        k = 0;
        f = x;
        hu = 1;
      }
    }
    if (hx >= 0x7ff00000) {
      return x + x;
    }
    if (k != 0) {
      double u;
      if (hx < 0x43400000) {
        u = 1.0 + x;
        hu = hi(u);
        k = (hu >> 20) - 1023;
        // Correction term for the rounding of 1 + x.
        c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0);
        c /= u;
      } else {
        u = x;
        hu = hi(u);
        k = (hu >> 20) - 1023;
        c = 0;
      }
      hu &= 0x000fffff;
      if (hu < 0x6a09e) {
        u = withHi(u, hu | 0x3ff00000);
      } else {
        k += 1;
        u = withHi(u, hu | 0x3fe00000);
        hu = (0x00100000 - hu) >> 2;
      }
      f = u - 1.0;
    }
    double hfsq = 0.5 * f * f;
    if (hu == 0) {
      // |f| < 2^-20.
      if (f == 0.0) {
        if (k == 0) {
          return 0.0;
        }
        c += k * LN2_LO;
        return k * LN2_HI + c;
      }
      double r = hfsq * (1.0 - 0.66666666666666666 * f);
      return k == 0 ? f - r : k * LN2_HI - ((r - (k * LN2_LO + c)) - f);
    }
    double s = f / (2.0 + f);
    double z = s * s;
    double r = z * (LG1 + z * (LG2 + z * (LG3 + z * (LG4 + z * (LG5 + z * (LG6 + z * LG7))))));
    if (k == 0) {
      return f - (hfsq - s * (hfsq + r));
    }
    return k * LN2_HI - ((hfsq - (s * (hfsq + r) + (k * LN2_LO + c))) - f);
  }

  private static final double Q1 = -3.33333333333331316428e-02;
  private static final double Q2 = 1.58730158725481460165e-03;
  private static final double Q3 = -7.93650757867487942473e-05;
  private static final double Q4 = 4.00821782732936239552e-06;
  private static final double Q5 = -2.01099218183624371326e-07;

  /** fdlibm s_expm1.c: like exp, with a rational form of (exp(r) - 1) that keeps small results accurate. */
  public static double expm1(double x) {
    int hx = hi(x);
    int xsb = hx & 0x80000000;
    hx &= 0x7fffffff;
    if (hx >= 0x4043687a) {
      // |x| >= 56 ln2.
      if (hx >= 0x40862e42) {
        if (hx >= 0x7ff00000) {
          if (((hx & 0xfffff) | lo(x)) != 0) {
            return x + x;
          }
          return xsb == 0 ? x : -1.0;
        }
        if (x > O_THRESHOLD) {
          return HUGE * HUGE;
        }
      }
      if (xsb != 0 && x + TINY < 0.0) {
        // x < -56 ln2: -1 (inexact).
        return TINY - 1.0;
      }
    }
    double c = 0;
    int k;
    if (hx > 0x3fd62e42) {
      // |x| > ln2/2.
      double hi;
      double lo;
      if (hx < 0x3ff0a2b2) {
        if (xsb == 0) {
          hi = x - LN2_HI;
          lo = LN2_LO;
          k = 1;
        } else {
          hi = x + LN2_HI;
          lo = -LN2_LO;
          k = -1;
        }
      } else {
        k = (int) (INV_LN2 * x + (xsb == 0 ? 0.5 : -0.5));
        double t = k;
        hi = x - t * LN2_HI;
        lo = t * LN2_LO;
      }
      x = hi - lo;
      c = (hi - x) - lo;
    } else if (hx < 0x3c900000) {
      // |x| < 2^-54: x (inexact if x != 0).
      double t = HUGE + x;
      return x - (t - (HUGE + x));
    } else {
      k = 0;
    }
    double hfx = 0.5 * x;
    double hxs = x * hfx;
    double r1 = 1.0 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
    double t = 3.0 - r1 * hfx;
    double e = hxs * ((r1 - t) / (6.0 - x * t));
    if (k == 0) {
      return x - (x * e - hxs);
    }
    e = x * (e - c) - c;
    e -= hxs;
    if (k == -1) {
      return 0.5 * (x - e) - 0.5;
    }
    if (k == 1) {
      return x < -0.25 ? -2.0 * (e - (x + 0.5)) : 1.0 + 2.0 * (x - e);
    }
    double y;
    if (k <= -2 || k > 56) {
      // 2^k (1 + x - e) - 1, where the -1 does not matter much.
      y = 1.0 - (e - x);
      y = withHi(y, hi(y) + (k << 20));
      return y - 1.0;
    }
    if (k < 20) {
      t = fromWords(0x3ff00000 - (0x200000 >> k), 0);
      y = t - (e - x);
    } else {
      t = fromWords((0x3ff - k) << 20, 0);
      y = x - (e + t);
      y += 1.0;
    }
    return withHi(y, hi(y) + (k << 20));
  }

  // ---------------------------------------------------------------- hyperbolic functions

  private static final double SHUGE = 1.0e307;

  /** fdlibm e_sinh.c: from expm1 below 22, exp up to the overflow threshold, exp(x/2)^2 near it. */
  public static double sinh(double x) {
    int jx = hi(x);
    int ix = jx & 0x7fffffff;
    if (ix >= 0x7ff00000) {
      return x + x;
    }
    double h = jx < 0 ? -0.5 : 0.5;
    if (ix < 0x40360000) {
      // |x| < 22.
      if (ix < 0x3e300000 && SHUGE + x > 1.0) {
        return x;
      }
      double t = expm1(Math.abs(x));
      if (ix < 0x3ff00000) {
        return h * (2.0 * t - t * t / (t + 1.0));
      }
      return h * (t + t / (t + 1.0));
    }
    if (ix < 0x40862e42) {
      return h * exp(Math.abs(x));
    }
    if (belowCoshOverflow(ix, lo(x))) {
      double w = exp(0.5 * Math.abs(x));
      double t = h * w;
      return t * w;
    }
    return x * SHUGE;
  }

  /** |x| <= 710.4758600739439, the overflow threshold of sinh and cosh. */
  private static boolean belowCoshOverflow(int ix, int lx) {
    return ix < 0x408633ce || (ix == 0x408633ce && Integer.compareUnsigned(lx, 0x8fb9f87d) <= 0);
  }

  /** fdlibm e_cosh.c. */
  public static double cosh(double x) {
    int ix = hi(x) & 0x7fffffff;
    if (ix >= 0x7ff00000) {
      return x * x;
    }
    if (ix < 0x3fd62e43) {
      // |x| < ln2/2: 1 + expm1(|x|)^2 / (2 exp(|x|)).
      double t = expm1(Math.abs(x));
      double w = 1.0 + t;
      if (ix < 0x3c800000) {
        return w;
      }
      return 1.0 + (t * t) / (w + w);
    }
    if (ix < 0x40360000) {
      double t = exp(Math.abs(x));
      return 0.5 * t + 0.5 / t;
    }
    if (ix < 0x40862e42) {
      return 0.5 * exp(Math.abs(x));
    }
    if (belowCoshOverflow(ix, lo(x))) {
      double w = exp(0.5 * Math.abs(x));
      double t = 0.5 * w;
      return t * w;
    }
    return HUGE * HUGE;
  }

  /** fdlibm s_tanh.c, on top of expm1. */
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
        double t = expm1(2 * Math.abs(x));
        z = 1 - 2 / (t + 2);
      } else {
        double t = expm1(-2 * Math.abs(x));
        z = -t / (t + 2);
      }
    } else {
      z = 1;
    }
    return jx >= 0 ? z : -z;
  }

  // ---------------------------------------------------------------- roots and hypot

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

  // ---------------------------------------------------------------- power

  /** log2(1.5), head and tail (for k = 1; k = 0 uses 0). */
  private static final double DP_H1 = 5.84962487220764160156e-01;
  private static final double DP_L1 = 1.35003920212974897128e-08;
  private static final double TWO53 = 0x1p53;
  private static final double L1 = 5.99999999999994648725e-01;
  private static final double L2 = 4.28571428578550184252e-01;
  private static final double L3 = 3.33333329818377432918e-01;
  private static final double L4 = 2.72728123808534006489e-01;
  private static final double L5 = 2.30660745775561754067e-01;
  private static final double L6 = 2.06975017800338417784e-01;
  private static final double LN2 = 6.93147180559945286227e-01;
  private static final double LN2_H_POW = 6.93147182464599609375e-01;
  private static final double LN2_L_POW = -1.90465429995776804525e-09;
  private static final double OVT = 8.0085662595372944372e-17;
  private static final double CP = 9.61796693925975554329e-01;
  private static final double CP_H = 9.61796700954437255859e-01;
  private static final double CP_L = -7.02846165095275826516e-09;
  private static final double IVLN2 = 1.44269504088896338700e+00;
  private static final double IVLN2_H = 1.44269502162933349609e+00;
  private static final double IVLN2_L = 1.92596299112661746887e-08;

  /**
   * fdlibm e_pow.c: x^y = 2^(y log2 x), with log2(x) and the product y log2(x) carried in two
   * doubles (a head with a cleared low word and a tail) so that 2^(...) gets about 64 good bits.
   */
  public static double pow(double x, double y) {
    int hx = hi(x);
    int lx = lo(x);
    int hy = hi(y);
    int ly = lo(y);
    int ix = hx & 0x7fffffff;
    int iy = hy & 0x7fffffff;
    if ((iy | ly) == 0) {
      return 1.0;
    }
    if (ix > 0x7ff00000 || (ix == 0x7ff00000 && lx != 0) || iy > 0x7ff00000 || (iy == 0x7ff00000 && ly != 0)) {
      return x + y;
    }
    // For x < 0: yIsInt = 0 if y is not an integer, 1 if an odd one, 2 if an even one.
    int yIsInt = 0;
    if (hx < 0) {
      if (iy >= 0x43400000) {
        yIsInt = 2;
      } else if (iy >= 0x3ff00000) {
        int k = (iy >> 20) - 0x3ff;
        if (k > 20) {
          int j = ly >>> (52 - k);
          if ((j << (52 - k)) == ly) {
            yIsInt = 2 - (j & 1);
          }
        } else if (ly == 0) {
          int j = iy >> (20 - k);
          if ((j << (20 - k)) == iy) {
            yIsInt = 2 - (j & 1);
          }
        }
      }
    }
    if (ly == 0) {
      if (iy == 0x7ff00000) {
        // y = ±inf.
        if (((ix - 0x3ff00000) | lx) == 0) {
          return y - y;
        }
        if (ix >= 0x3ff00000) {
          return hy >= 0 ? y : 0.0;
        }
        return hy < 0 ? -y : 0.0;
      }
      if (iy == 0x3ff00000) {
        return hy < 0 ? 1.0 / x : x;
      }
      if (hy == 0x40000000) {
        return x * x;
      }
      if (hy == 0x3fe00000 && hx >= 0) {
        return Math.sqrt(x);
      }
    }
    double ax = Math.abs(x);
    if (lx == 0 && (ix == 0x7ff00000 || ix == 0 || ix == 0x3ff00000)) {
      // x = ±0, ±inf, ±1.
      double z = ax;
      if (hy < 0) {
        z = 1.0 / z;
      }
      if (hx < 0) {
        if (((ix - 0x3ff00000) | yIsInt) == 0) {
          z = (z - z) / (z - z);
        } else if (yIsInt == 1) {
          z = -z;
        }
      }
      return z;
    }
    int n = (hx >> 31) + 1;
    if ((n | yIsInt) == 0) {
      // Negative x to a non-integer power.
      return (x - x) / (x - x);
    }
    double s = (n | (yIsInt - 1)) == 0 ? -1.0 : 1.0;
    double t1;
    double t2;
    if (iy > 0x41e00000) {
      // |y| > 2^31.
      if (iy > 0x43f00000) {
        // |y| > 2^64: overflows or underflows unless x is 1.
        if (ix <= 0x3fefffff) {
          return hy < 0 ? HUGE * HUGE : TINY * TINY;
        }
        if (ix >= 0x3ff00000) {
          return hy > 0 ? HUGE * HUGE : TINY * TINY;
        }
      }
      if (ix < 0x3fefffff) {
        return hy < 0 ? s * HUGE * HUGE : s * TINY * TINY;
      }
      if (ix > 0x3ff00000) {
        return hy > 0 ? s * HUGE * HUGE : s * TINY * TINY;
      }
      // |1 - x| <= 2^-20: log2(x) from the series of log(1 + t).
      double t = ax - 1.0;
      double w = (t * t) * (0.5 - t * (0.3333333333333333333333 - t * 0.25));
      double u = IVLN2_H * t;
      double v = t * IVLN2_L - w * IVLN2;
      t1 = clearLo(u + v);
      t2 = v - (t1 - u);
    } else {
      n = 0;
      if (ix < 0x00100000) {
        ax *= TWO53;
        n -= 53;
        ix = hi(ax);
      }
      n += (ix >> 20) - 0x3ff;
      int j = ix & 0x000fffff;
      // ax = 2^n * m with m in [1, sqrt(3/2)) (k = 0) or [sqrt(3/2), sqrt(3)) (k = 1), or m/2.
      ix = j | 0x3ff00000;
      int k;
      if (j <= 0x3988e) {
        k = 0;
      } else if (j < 0xbb67a) {
        k = 1;
      } else {
        k = 0;
        n += 1;
        ix -= 0x00100000;
      }
      ax = withHi(ax, ix);
      double bp = k == 0 ? 1.0 : 1.5;
      double dpH = k == 0 ? 0.0 : DP_H1;
      double dpL = k == 0 ? 0.0 : DP_L1;
      // ss = sH + sL = (m - bp) / (m + bp).
      double u = ax - bp;
      double v = 1.0 / (ax + bp);
      double ss = u * v;
      double sH = clearLo(ss);
      double tH = fromWords(((ix >> 1) | 0x20000000) + 0x00080000 + (k << 18), 0);
      double tL = ax - (tH - bp);
      double sL = v * ((u - sH * tH) - sH * tL);
      // log(m) = log((1 + ss)/(1 - ss)) = 2ss + 2ss^3/3 + ...
      double s2 = ss * ss;
      double r = s2 * s2 * (L1 + s2 * (L2 + s2 * (L3 + s2 * (L4 + s2 * (L5 + s2 * L6)))));
      r += sL * (sH + ss);
      s2 = sH * sH;
      tH = clearLo(3.0 + s2 + r);
      tL = r - ((tH - 3.0) - s2);
      u = sH * tH;
      v = sL * tH + tL * ss;
      // 2/(3 ln2) * (ss + ...).
      double pH = clearLo(u + v);
      double pL = v - (pH - u);
      double zH = CP_H * pH;
      double zL = CP_L * pH + pL * CP + dpL;
      // log2(ax) = n + dp_h + z_h + z_l.
      double t = n;
      t1 = clearLo(((zH + zL) + dpH) + t);
      t2 = zL - (((t1 - t) - dpH) - zH);
    }
    // y * log2(x) = pH + pL, with y split into y1 + (y - y1).
    double y1 = clearLo(y);
    double pL = (y - y1) * t1 + y * t2;
    double pH = y1 * t1;
    double z = pL + pH;
    int j = hi(z);
    int i = lo(z);
    if (j >= 0x40900000) {
      // z >= 1024.
      if (((j - 0x40900000) | i) != 0 || pL + OVT > z - pH) {
        return s * HUGE * HUGE;
      }
    } else if ((j & 0x7fffffff) >= 0x4090cc00) {
      // z <= -1075.
      if (((j - 0xc090cc00) | i) != 0 || pL <= z - pH) {
        return s * TINY * TINY;
      }
    }
    // 2^(pH + pL): n = nearest integer, then 2^f for |f| <= 0.5 as in exp.
    i = j & 0x7fffffff;
    int k = (i >> 20) - 0x3ff;
    n = 0;
    if (i > 0x3fe00000) {
      n = j + (0x00100000 >> (k + 1));
      k = ((n & 0x7fffffff) >> 20) - 0x3ff;
      double t = fromWords(n & ~(0x000fffff >> k), 0);
      n = ((n & 0x000fffff) | 0x00100000) >> (20 - k);
      if (j < 0) {
        n = -n;
      }
      pH -= t;
    }
    double t = clearLo(pL + pH);
    double u = t * LN2_H_POW;
    double v = (pL - (t - pH)) * LN2 + t * LN2_L_POW;
    z = u + v;
    double w = v - (z - u);
    t = z * z;
    t1 = z - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
    double r = (z * t1) / (t1 - 2.0) - (w + z * w);
    z = 1.0 - (r - z);
    j = hi(z) + (n << 20);
    if ((j >> 20) <= 0) {
      // Subnormal result.
      z = scalbn(z, n);
    } else {
      z = withHi(z, j);
    }
    return s * z;
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
