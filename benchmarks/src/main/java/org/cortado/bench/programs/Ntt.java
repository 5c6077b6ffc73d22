package org.cortado.bench.programs;

/**
 * Numeric kernel: an FFT over the integers (number-theoretic transform mod 998244353), used to
 * multiply two large polynomials; exact, so the checksum needs no floating point.
 */
public final class Ntt {
  private static final long MOD = 998_244_353L;
  private static final long ROOT = 3;
  private static final int LOG_N = 16;
  private static final int REPEAT = 40;

  public static void main(String[] args) {
    Workload.measure(Ntt::run);
  }

  static long run() {
    int n = 1 << LOG_N;
    long checksum = 0;
    long seed = 12345;
    for (int r = 0; r < REPEAT; r++) {
      long[] a = new long[n];
      long[] b = new long[n];
      for (int i = 0; i < n / 2; i++) {
        seed = seed * 6364136223846793005L + 1442695040888963407L;
        a[i] = (seed >>> 33) % MOD;
        seed = seed * 6364136223846793005L + 1442695040888963407L;
        b[i] = (seed >>> 33) % MOD;
      }
      transform(a, false);
      transform(b, false);
      for (int i = 0; i < n; i++) {
        a[i] = a[i] * b[i] % MOD;
      }
      transform(a, true);
      for (int i = 0; i < n; i += 97) {
        checksum = checksum * 1_000_003 + a[i];
      }
    }
    return checksum;
  }

  static long pow(long base, long exp) {
    long result = 1;
    base %= MOD;
    while (exp > 0) {
      if ((exp & 1) == 1) {
        result = result * base % MOD;
      }
      base = base * base % MOD;
      exp >>= 1;
    }
    return result;
  }

  static void transform(long[] a, boolean invert) {
    int n = a.length;
    for (int i = 1, j = 0; i < n; i++) {
      int bit = n >> 1;
      for (; (j & bit) != 0; bit >>= 1) {
        j ^= bit;
      }
      j ^= bit;
      if (i < j) {
        long t = a[i];
        a[i] = a[j];
        a[j] = t;
      }
    }
    for (int len = 2; len <= n; len <<= 1) {
      long w = pow(ROOT, (MOD - 1) / len);
      if (invert) {
        w = pow(w, MOD - 2);
      }
      int half = len >> 1;
      long[] ws = new long[half];
      ws[0] = 1;
      for (int k = 1; k < half; k++) {
        ws[k] = ws[k - 1] * w % MOD;
      }
      for (int i = 0; i < n; i += len) {
        for (int k = 0; k < half; k++) {
          long u = a[i + k];
          long v = a[i + k + half] * ws[k] % MOD;
          long s = u + v;
          a[i + k] = s >= MOD ? s - MOD : s;
          long d = u - v;
          a[i + k + half] = d < 0 ? d + MOD : d;
        }
      }
    }
    if (invert) {
      long inv = pow(n, MOD - 2);
      for (int i = 0; i < n; i++) {
        a[i] = a[i] * inv % MOD;
      }
    }
  }
}
