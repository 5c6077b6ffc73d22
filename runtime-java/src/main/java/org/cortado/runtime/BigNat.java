package org.cortado.runtime;

/**
 * A small mutable natural number (little-endian base-2^32 words) with just the operations that
 * exact binary/decimal conversion in {@link FloatingDecimal} needs. Values stay below ~4000 bits,
 * so the quadratic schoolbook algorithms are fine.
 */
final class BigNat {
    private static final long MASK = 0xFFFFFFFFL;
    /** 5^13, the largest power of five below 2^31. */
    private static final int POW5_13 = 1220703125;

    private int[] w;
    /** Number of words in use; {@code w[n - 1] != 0} unless the value is zero ({@code n == 0}). */
    private int n;

    BigNat(long v) {
        w = new int[4];
        w[0] = (int) v;
        w[1] = (int) (v >>> 32);
        n = 2;
        trim();
    }

    BigNat(BigNat o) {
        w = new int[o.w.length];
        System.arraycopy(o.w, 0, w, 0, o.n);
        n = o.n;
    }

    /** Makes this equal to {@code o}, reusing the word array when it is large enough. */
    void set(BigNat o) {
        if (w.length < o.n) {
            w = new int[o.w.length];
        }
        System.arraycopy(o.w, 0, w, 0, o.n);
        n = o.n;
    }

    private void trim() {
        while (n > 0 && w[n - 1] == 0) {
            n--;
        }
    }

    private void grow(int words) {
        if (w.length < words) {
            int[] nw = new int[Math.max(words, w.length * 2)];
            System.arraycopy(w, 0, nw, 0, n);
            w = nw;
        }
    }

    boolean isZero() {
        return n == 0;
    }

    int bitLength() {
        return n == 0 ? 0 : 32 * n - Integer.numberOfLeadingZeros(w[n - 1]);
    }

    /** this = this * m + add, with m and add read as unsigned 32-bit values. */
    void mulAdd(int m, int add) {
        long mul = m & MASK;
        long carry = add & MASK;
        for (int i = 0; i < n; i++) {
            carry += (w[i] & MASK) * mul;
            w[i] = (int) carry;
            carry >>>= 32;
        }
        if (carry != 0) {
            grow(n + 1);
            w[n++] = (int) carry;
        }
    }

    /** this = this * v for an unsigned 64-bit v. */
    void mulLong(long v) {
        int hi = (int) (v >>> 32);
        if (hi == 0) {
            mulAdd((int) v, 0);
            return;
        }
        BigNat t = new BigNat(this);
        t.mulAdd(hi, 0);
        t.shl(32);
        mulAdd((int) v, 0);
        add(t);
    }

    void mulPow5(int e) {
        for (; e >= 13; e -= 13) {
            mulAdd(POW5_13, 0);
        }
        if (e > 0) {
            int p = 1;
            while (e-- > 0) {
                p *= 5;
            }
            mulAdd(p, 0);
        }
    }

    void shl(int bits) {
        if (n == 0 || bits == 0) {
            return;
        }
        int ws = bits >>> 5;
        int bs = bits & 31;
        grow(n + ws + 1);
        if (bs == 0) {
            for (int i = n - 1; i >= 0; i--) {
                w[i + ws] = w[i];
            }
        } else {
            w[n + ws] = w[n - 1] >>> (32 - bs);
            for (int i = n - 1; i > 0; i--) {
                w[i + ws] = (w[i] << bs) | (w[i - 1] >>> (32 - bs));
            }
            w[ws] = w[0] << bs;
        }
        for (int i = 0; i < ws; i++) {
            w[i] = 0;
        }
        n += ws + 1;
        trim();
    }

    int cmp(BigNat o) {
        if (n != o.n) {
            return n < o.n ? -1 : 1;
        }
        for (int i = n - 1; i >= 0; i--) {
            if (w[i] != o.w[i]) {
                return (w[i] ^ Integer.MIN_VALUE) < (o.w[i] ^ Integer.MIN_VALUE) ? -1 : 1;
            }
        }
        return 0;
    }

    /** this = this - o; requires this >= o. */
    void sub(BigNat o) {
        long borrow = 0;
        int i = 0;
        for (; i < o.n; i++) {
            borrow = (w[i] & MASK) - (o.w[i] & MASK) + borrow;
            w[i] = (int) borrow;
            borrow >>= 32;
        }
        for (; borrow != 0 && i < n; i++) {
            borrow = (w[i] & MASK) + borrow;
            w[i] = (int) borrow;
            borrow >>= 32;
        }
        trim();
    }

    /** this = this + o. */
    void add(BigNat o) {
        int len = Math.max(n, o.n);
        grow(len + 1);
        long carry = 0;
        for (int i = 0; i < len; i++) {
            carry += (i < n ? w[i] & MASK : 0) + (i < o.n ? o.w[i] & MASK : 0);
            w[i] = (int) carry;
            carry >>>= 32;
        }
        w[len] = (int) carry;
        n = len + 1;
        trim();
    }

    /** Number of zero words at the low end (the value must be non-zero). */
    int lowZeroWords() {
        int z = 0;
        while (w[z] == 0) {
            z++;
        }
        return z;
    }

    /** this = this / 2^(32 * words), for a value whose low words are zero. */
    void dropLowWords(int words) {
        if (words > 0) {
            System.arraycopy(w, words, w, 0, n - words);
            n -= words;
        }
    }

    /** Left shift that makes the top word lie in [2^27, 2^28), so that {@link #quoRem} works. */
    int normalizingShift() {
        return (Integer.numberOfLeadingZeros(w[n - 1]) + 28) & 31;
    }

    /**
     * For a divisor normalised by {@link #normalizingShift} and this < 10 * s: returns
     * q = floor(this / s) and leaves the remainder here. The quotient estimated from the top
     * words is exact or one too large, so at most one correction is needed.
     */
    int quoRem(BigNat s) {
        int top = s.n - 1;
        if (n <= top) {
            return 0;
        }
        long q = (w[top] & MASK) / (s.w[top] & MASK);
        if (q == 0) {
            return 0;
        }
        long carry = 0;
        long borrow = 0;
        for (int i = 0; i <= top; i++) {
            long p = q * (s.w[i] & MASK) + carry;
            carry = p >>> 32;
            long d = (w[i] & MASK) - (p & MASK) + borrow;
            w[i] = (int) d;
            borrow = d >> 32;
        }
        if (borrow - carry < 0) {
            // q was one too large: add s back (the carry out is the wrap-around)
            long c = 0;
            for (int i = 0; i <= top; i++) {
                c += (w[i] & MASK) + (s.w[i] & MASK);
                w[i] = (int) c;
                c >>>= 32;
            }
            q--;
        }
        trim();
        return (int) q;
    }

    /** Sign of (a + b) - t, deciding from the top words when possible; tmp is scratch. */
    static int addCmp(BigNat a, BigNat b, BigNat t, BigNat tmp) {
        int k = t.n - 1;
        if (a.n > t.n || b.n > t.n) {
            return 1;
        }
        long top = (a.n > k ? a.w[k] & MASK : 0) + (b.n > k ? b.w[k] & MASK : 0);
        long tt = t.w[k] & MASK;
        if (top > tt) {
            return 1;
        }
        if (top + 1 < tt) {
            return -1; // the lower words can carry at most one into word k
        }
        tmp.set(a);
        tmp.add(b);
        return tmp.cmp(t);
    }
}
