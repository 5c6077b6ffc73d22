package org.cortado.runtime;

/**
 * Conversions between {@code double}/{@code float} and decimal strings that behave exactly like
 * OpenJDK 17's {@code Double.toString}, {@code Float.toString}, {@code Double.parseDouble} and
 * {@code Float.parseFloat}.
 *
 * <p>Formatting reproduces JDK 17's digit generation (the pre-JDK 19 "FloatingDecimal" algorithm
 * with its symmetric stopping test and fixed-width integer shortcuts), which sometimes emits more
 * digits than the shortest round-tripping decimal: e.g. {@code 2.82879384806159008E17}, or
 * {@code 1.0E23} printing as {@code 9.999999999999999E22}. The program's output has to match the
 * JVM's byte for byte, so those quirks are reproduced on purpose, including the points where the
 * int/long shortcuts wrap around.
 *
 * <p>Parsing is correctly rounded (round half to even), which is what JDK 17 does, with the same
 * syntax (trimming, {@code NaN}/{@code Infinity}, hex literals, {@code f/F/d/D} suffixes) and the
 * same {@link NumberFormatException} messages.
 */
public final class FloatingDecimal {
    /** 5^i, i = 0..26 (5^27 would not fit the long shortcut anyway). */
    private static final long[] POW5 = new long[27];
    /** Exact powers of ten as doubles: 10^0 .. 10^22. */
    private static final double[] POW10 = new double[23];

    static {
        POW5[0] = 1;
        for (int i = 1; i < POW5.length; i++) {
            POW5[i] = POW5[i - 1] * 5;
        }
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1] * 10;
        }
    }

    // Digit generation state: digits dig[0..nDig), value = 0.d1d2... * 10^decExp.
    private final char[] dig = new char[20];
    private int nDig;
    private int decExp;

    private FloatingDecimal() {
    }

    // ------------------------------------------------------------------------------------------
    // double/float -> String

    public static String toString(double d) {
        long bits = Double.doubleToRawLongBits(d);
        long fract = bits & 0xFFFFFFFFFFFFFL;
        int exp = (int) (bits >>> 52) & 0x7FF;
        if (exp == 0x7FF) {
            return fract != 0 ? "NaN" : bits < 0 ? "-Infinity" : "Infinity";
        }
        int nSig;
        if (exp == 0) {
            if (fract == 0) {
                return bits < 0 ? "-0.0" : "0.0";
            }
            // Subnormal: normalise so the leading one sits at bit 52, as for normal numbers.
            int lz = Long.numberOfLeadingZeros(fract);
            int shift = lz - 11;
            fract <<= shift;
            exp = 1 - shift;
            nSig = 64 - lz;
        } else {
            fract |= 1L << 52;
            nSig = 53;
        }
        FloatingDecimal fd = new FloatingDecimal();
        fd.dtoa(exp - 1023, fract, nSig);
        return fd.format(bits < 0);
    }

    public static String toString(float f) {
        int bits = Float.floatToRawIntBits(f);
        int fract = bits & 0x7FFFFF;
        int exp = (bits >>> 23) & 0xFF;
        if (exp == 0xFF) {
            return fract != 0 ? "NaN" : bits < 0 ? "-Infinity" : "Infinity";
        }
        int nSig;
        if (exp == 0) {
            if (fract == 0) {
                return bits < 0 ? "-0.0" : "0.0";
            }
            int lz = Integer.numberOfLeadingZeros(fract);
            int shift = lz - 8;
            fract <<= shift;
            exp = 1 - shift;
            nSig = 32 - lz;
        } else {
            fract |= 1 << 23;
            nSig = 24;
        }
        // JDK 17 runs floats through the double algorithm, with a wider half-ulp.
        FloatingDecimal fd = new FloatingDecimal();
        fd.dtoa(exp - 127, (long) fract << 29, nSig);
        return fd.format(bits < 0);
    }

    /** Bit length of 5^i as JDK 17 approximates it (exact below 27, 3i above). */
    private static int pow5Bits(int i) {
        return i == 0 ? 0 : i < POW5.length ? 64 - Long.numberOfLeadingZeros(POW5[i]) : 3 * i;
    }

    /**
     * Develops the decimal digits of {@code fract * 2^(binExp - 52)}, where fract has its leading
     * one at bit 52 and {@code nSig} significant bits determine the half-ulp rounding window.
     */
    private void dtoa(int binExp, long fract, int nSig) {
        int tailZeros = Long.numberOfTrailingZeros(fract);
        int nFractBits = 53 - tailZeros;
        int nTinyBits = Math.max(0, nFractBits - binExp - 1);
        if (nTinyBits == 0 && binExp <= 62) {
            // An integer that fits in a long: print it exactly, except that digits below half an
            // ulp are rounded away (half up) -- that is floor(log10(2^(binExp - nSig - 1))) digits.
            int insignificant = 0;
            if (binExp > nSig + 1) {
                insignificant = (int) ((binExp - nSig - 1) * 0.30102999566398120);
            }
            long v = binExp >= 52 ? fract << (binExp - 52) : fract >>> (52 - binExp);
            longDigits(v, insignificant);
            return;
        }
        int de = estimateDecExp(fract, binExp);
        // value = B / S * 10^de, and M is half an ulp scaled like B; all as 2^x2 * 5^x5 factors.
        int b5 = Math.max(0, -de);
        int b2 = b5 + nTinyBits + binExp;
        int s5 = Math.max(0, de);
        int s2 = s5 + nTinyBits;
        int m5 = b5;
        int m2 = b2 - nSig;
        fract >>>= tailZeros;
        b2 -= nFractBits - 1;
        int common = Math.min(b2, s2);
        b2 -= common;
        s2 -= common;
        m2 -= common;
        if (nFractBits == 1) {
            m2 -= 1; // the gap below a power of two is half as wide
        }
        if (m2 < 0) {
            b2 -= m2;
            s2 -= m2;
            m2 = 0;
        }
        int bBits = nFractBits + b2 + pow5Bits(b5);
        int tenSBits = s2 + 1 + pow5Bits(s5 + 1);
        // The first digit is always produced; in E-form at least one more (the JDK's "always a
        // digit after the point" rule); then digits until the remainder is within M of either end.
        boolean low;
        boolean high;
        int cmpHalf; // sign of (2 * remainder - 10 * S), used only to break low&&high
        int nd = 0;
        if (bBits < 64 && tenSBits < 64) {
            if (bBits < 32 && tenSBits < 32) {
                // int arithmetic, with the JDK's wrap-around behaviour intact
                int b = ((int) fract * (int) POW5[b5]) << b2;
                int s = (int) POW5[s5] << s2;
                int m = (int) POW5[m5] << m2;
                int tens = s * 10;
                int q = b / s;
                b = 10 * (b % s);
                m *= 10;
                low = b < m;
                high = b + m > tens;
                if (q == 0 && !high) {
                    de--;
                } else {
                    dig[nd++] = (char) ('0' + q);
                }
                if (de < -3 || de >= 8) {
                    high = low = false;
                }
                while (!low && !high) {
                    q = b / s;
                    b = 10 * (b % s);
                    m *= 10;
                    if (m > 0) {
                        low = b < m;
                        high = b + m > tens;
                    } else {
                        low = high = true; // m overflowed
                    }
                    dig[nd++] = (char) ('0' + q);
                }
                int diff = (b << 1) - tens;
                cmpHalf = diff == 0 ? 0 : diff > 0 ? 1 : -1;
            } else {
                long b = (fract * POW5[b5]) << b2;
                long s = POW5[s5] << s2;
                long m = POW5[m5] << m2;
                long tens = s * 10;
                int q = (int) (b / s);
                b = 10 * (b % s);
                m *= 10;
                low = b < m;
                high = b + m > tens;
                if (q == 0 && !high) {
                    de--;
                } else {
                    dig[nd++] = (char) ('0' + q);
                }
                if (de < -3 || de >= 8) {
                    high = low = false;
                }
                while (!low && !high) {
                    q = (int) (b / s);
                    b = 10 * (b % s);
                    m *= 10;
                    if (m > 0) {
                        low = b < m;
                        high = b + m > tens;
                    } else {
                        low = high = true; // m overflowed
                    }
                    dig[nd++] = (char) ('0' + q);
                }
                long diff = (b << 1) - tens;
                cmpHalf = diff == 0 ? 0 : diff > 0 ? 1 : -1;
            }
        } else {
            // Exact big-number arithmetic; note the high test is >= here but > above (JDK 17).
            BigNat s = new BigNat(1);
            s.mulPow5(s5);
            s.shl(s2);
            int bias = s.normalizingShift(); // a common scale, so only the quotients care
            s.shl(bias);
            BigNat b = new BigNat(fract);
            b.mulPow5(b5);
            b.shl(b2 + bias);
            BigNat m = new BigNat(1);
            m.mulPow5(m5);
            m.shl(m2 + bias);
            // Zero words shared by all three are a common factor: dropping them saves work.
            int z = Math.min(s.lowZeroWords(), Math.min(b.lowZeroWords(), m.lowZeroWords()));
            s.dropLowWords(z);
            b.dropLowWords(z);
            m.dropLowWords(z);
            BigNat tenS = new BigNat(s);
            tenS.mulAdd(10, 0);
            BigNat tmp = new BigNat(tenS);
            int q = b.quoRem(s);
            b.mulAdd(10, 0);
            m.mulAdd(10, 0);
            low = b.cmp(m) < 0;
            high = BigNat.addCmp(b, m, tenS, tmp) >= 0;
            if (q == 0 && !high) {
                de--;
            } else {
                dig[nd++] = (char) ('0' + q);
            }
            if (de < -3 || de >= 8) {
                high = low = false;
            }
            while (!low && !high) {
                q = b.quoRem(s);
                b.mulAdd(10, 0);
                m.mulAdd(10, 0);
                low = b.cmp(m) < 0;
                high = BigNat.addCmp(b, m, tenS, tmp) >= 0;
                dig[nd++] = (char) ('0' + q);
            }
            cmpHalf = 0;
            if (low && high) {
                b.shl(1);
                cmpHalf = b.cmp(tenS);
            }
        }
        nDig = nd;
        decExp = de + 1;
        if (high && (!low || cmpHalf > 0 || (cmpHalf == 0 && (dig[nd - 1] & 1) != 0))) {
            roundUp();
        }
    }

    /** floor(log10(value)) estimated exactly as JDK 17 does (it may be one too high). */
    private static int estimateDecExp(long fract, int binExp) {
        double d2 = Double.longBitsToDouble(0x3FF0000000000000L | (fract & 0xFFFFFFFFFFFFFL));
        double d = (d2 - 1.5) * 0.289529654 + 0.176091259 + binExp * 0.301029995663981;
        return (int) Math.floor(d);
    }

    /** Digits of a positive integer, after rounding away {@code insignificant} low digits. */
    private void longDigits(long v, int insignificant) {
        int e = 0;
        if (insignificant != 0) {
            long p10 = POW5[insignificant] << insignificant;
            long rem = v % p10;
            v /= p10;
            e = insignificant;
            if (rem >= (p10 >> 1)) {
                v++;
            }
        }
        while (v % 10 == 0) {
            v /= 10;
            e++;
        }
        int len = 1;
        for (long t = v / 10; t != 0; t /= 10) {
            len++;
        }
        for (int i = len - 1; i >= 0; i--) {
            dig[i] = (char) ('0' + (int) (v % 10));
            v /= 10;
        }
        nDig = len;
        decExp = len + e;
    }

    private void roundUp() {
        int i = nDig - 1;
        while (dig[i] == '9') {
            if (i == 0) {
                dig[0] = '1';
                decExp++;
                return;
            }
            dig[i--] = '0';
        }
        dig[i]++;
    }

    /** Java's layout: plain notation for 10^-3 <= |v| < 10^7, else d.dddE[-]n. */
    private String format(boolean negative) {
        char[] out = new char[26];
        int p = 0;
        if (negative) {
            out[p++] = '-';
        }
        if (decExp > 0 && decExp < 8) {
            int intDigits = Math.min(nDig, decExp);
            for (int i = 0; i < intDigits; i++) {
                out[p++] = dig[i];
            }
            for (int i = intDigits; i < decExp; i++) {
                out[p++] = '0';
            }
            out[p++] = '.';
            if (intDigits < nDig) {
                for (int i = intDigits; i < nDig; i++) {
                    out[p++] = dig[i];
                }
            } else {
                out[p++] = '0';
            }
        } else if (decExp <= 0 && decExp > -3) {
            out[p++] = '0';
            out[p++] = '.';
            for (int i = decExp; i < 0; i++) {
                out[p++] = '0';
            }
            for (int i = 0; i < nDig; i++) {
                out[p++] = dig[i];
            }
        } else {
            out[p++] = dig[0];
            out[p++] = '.';
            if (nDig > 1) {
                for (int i = 1; i < nDig; i++) {
                    out[p++] = dig[i];
                }
            } else {
                out[p++] = '0';
            }
            out[p++] = 'E';
            int e = decExp - 1;
            if (e < 0) {
                out[p++] = '-';
                e = -e;
            }
            if (e >= 100) {
                out[p++] = (char) ('0' + e / 100);
                e %= 100;
                out[p++] = (char) ('0' + e / 10);
            } else if (e >= 10) {
                out[p++] = (char) ('0' + e / 10);
            }
            out[p++] = (char) ('0' + e % 10);
        }
        return new String(out, 0, p);
    }

    // ------------------------------------------------------------------------------------------
    // String -> double/float

    private static final long DOUBLE_INF = 0x7FF0000000000000L;
    private static final long FLOAT_INF = 0x7F800000L;

    public static double parseDouble(String s) {
        return Double.longBitsToDouble(parse(s, false));
    }

    public static float parseFloat(String s) {
        return Float.intBitsToFloat((int) parse(s, true));
    }

    /** Returns the IEEE bits of the double (or, if single, float) nearest to s. */
    private static long parse(String in, boolean single) {
        String s = in.trim();
        int len = s.length();
        if (len == 0) {
            throw new NumberFormatException("empty String");
        }
        long sign = 0;
        int i = 0;
        char c = s.charAt(0);
        if (c == '-' || c == '+') {
            if (c == '-') {
                sign = single ? 0x80000000L : Long.MIN_VALUE;
            }
            i++;
        }
        if (i < len) {
            c = s.charAt(i);
            if (c == 'N') {
                if (len - i == 3 && s.startsWith("NaN", i)) {
                    return single ? 0x7FC00000L : 0x7FF8000000000000L;
                }
                throw invalid(s);
            }
            if (c == 'I') {
                if (len - i == 8 && s.startsWith("Infinity", i)) {
                    return sign | (single ? FLOAT_INF : DOUBLE_INF);
                }
                throw invalid(s);
            }
            if (c == '0' && i + 1 < len && (s.charAt(i + 1) | 0x20) == 'x') {
                return sign | parseHex(s, i + 2, single);
            }
        }
        // Decimal significand: digits with at most one point; remember the non-zero span.
        int start = i;
        int point = -1;
        int firstNz = -1;
        int lastNz = -1;
        for (; i < len; i++) {
            c = s.charAt(i);
            if (c == '.') {
                if (point >= 0) {
                    throw new NumberFormatException("multiple points");
                }
                point = i;
            } else if (c >= '0' && c <= '9') {
                if (c != '0') {
                    if (firstNz < 0) {
                        firstNz = i;
                    }
                    lastNz = i;
                }
            } else {
                break;
            }
        }
        if (i - start - (point >= 0 ? 1 : 0) == 0) {
            throw invalid(s); // no digits at all
        }
        if (point < 0) {
            point = i;
        }
        long exp = 0;
        if (i < len && (s.charAt(i) | 0x20) == 'e') {
            i++;
            boolean negExp = false;
            if (i < len && ((c = s.charAt(i)) == '-' || c == '+')) {
                negExp = c == '-';
                i++;
            }
            int expStart = i;
            for (; i < len && (c = s.charAt(i)) >= '0' && c <= '9'; i++) {
                if (exp < 100_000_000_000L) { // beyond this only "zero or infinity" matters
                    exp = exp * 10 + (c - '0');
                }
            }
            if (i == expStart) {
                throw invalid(s);
            }
            if (negExp) {
                exp = -exp;
            }
        }
        if (i < len && (i != len - 1 || !isSuffix(s.charAt(i)))) {
            throw invalid(s);
        }
        if (firstNz < 0) {
            return sign;
        }
        // value = D * 10^e where D is the n significant digits firstNz..lastNz
        int n = lastNz - firstNz + 1 - (firstNz < point && point < lastNz ? 1 : 0);
        long e = exp + (point > lastNz ? point - lastNz - 1 : point - lastNz);
        if (n + e > (single ? 40 : 310)) {
            return sign | (single ? FLOAT_INF : DOUBLE_INF); // >= 10^(n+e-1)
        }
        if (n + e < (single ? -47 : -325)) {
            return sign; // < 10^(n+e), below half the smallest subnormal
        }
        return sign | decimalToBits(s, firstNz, n, (int) e, single);
    }

    private static boolean isSuffix(char c) {
        c |= 0x20;
        return c == 'f' || c == 'd';
    }

    private static NumberFormatException invalid(String s) {
        return new NumberFormatException("For input string: \"" + s + "\"");
    }

    /** Value of the n digits starting at s[from] (skipping a point) as a long; n <= 18. */
    private static long digitsToLong(String s, int from, int n) {
        long v = 0;
        for (int i = from; n > 0; i++) {
            char c = s.charAt(i);
            if (c != '.') {
                v = v * 10 + (c - '0');
                n--;
            }
        }
        return v;
    }

    /** Max significant digits kept; a sticky digit 1 stands for any further ones. */
    private static final int MAX_DIGITS = 800;

    /** Correctly rounded bits of D * 10^e, where D is n > 0 digits starting at s[from]. */
    private static long decimalToBits(String s, int from, int n, int e, boolean single) {
        // Fast paths: D and 10^|e| are exact, so one IEEE operation rounds once, correctly.
        if (!single && n <= 15) {
            double d = digitsToLong(s, from, n);
            if (e >= 0 && e <= 22 + 15 - n) {
                if (e > 22) { // D * 10^(e-22) still has at most 15 digits, so it is exact
                    d *= POW10[e - 22];
                    e = 22;
                }
                return Double.doubleToRawLongBits(d * POW10[e]);
            }
            if (e < 0 && e >= -22) {
                return Double.doubleToRawLongBits(d / POW10[-e]);
            }
        }
        if (single && n <= 7 && e >= -10 && e <= 10) {
            float f = digitsToLong(s, from, n); // < 10^7 < 2^24: exact, as is 10^|e| <= 10^10
            f = e >= 0 ? f * (float) POW10[e] : f / (float) POW10[-e];
            return Float.floatToRawIntBits(f);
        }
        // Slow path with exact integers. If D has more than MAX_DIGITS digits, the ones dropped
        // are replaced by a single 1: no rounding boundary (at most ~770 digits long) can lie
        // between the two values, so both round the same way.
        boolean truncated = n > MAX_DIGITS;
        int kept = truncated ? MAX_DIGITS : n;
        BigNat num = new BigNat(0);
        int chunk = 0;
        int chunkLen = 0;
        for (int i = from; kept > 0; i++) {
            char c = s.charAt(i);
            if (c != '.') {
                chunk = chunk * 10 + (c - '0');
                kept--;
                if (++chunkLen == 9 || kept == 0) {
                    num.mulAdd((int) POW10[chunkLen], chunk);
                    chunk = 0;
                    chunkLen = 0;
                }
            }
        }
        int e0 = e;
        if (truncated) {
            num.mulAdd(10, 1);
            e += n - MAX_DIGITS - 1;
        }
        // x = D * 10^e = xs * 2^e / p5, so x compares with a candidate m * 2^k as xs * 2^e does
        // with p5 * m * 2^k.
        BigNat xs = num;
        BigNat p5 = new BigNat(1);
        if (e >= 0) {
            xs.mulPow5(e);
        } else {
            p5.mulPow5(-e);
        }
        // A guess from the leading digits and inexact powers of ten is within a few ulps; it is
        // then corrected one ulp at a time by exact comparison against the half-ulp window.
        int lead = Math.min(n, 18);
        double g = scalePow10(digitsToLong(s, from, lead), (int) Math.max(-400, e0 + n - lead));
        long maxBits = single ? 0x7F7FFFFFL : 0x7FEFFFFFFFFFFFFFL;
        long bits = single ? Float.floatToRawIntBits((float) g) : Double.doubleToRawLongBits(g);
        bits = Math.max(1, Math.min(bits, maxBits));
        int p = single ? 24 : 53;
        int kMin = single ? -149 : -1074;
        while (true) {
            int biased = (int) (bits >>> (p - 1));
            long m = bits & ((1L << (p - 1)) - 1);
            int k = kMin;
            if (biased != 0) {
                m |= 1L << (p - 1);
                k = kMin - 1 + biased;
            }
            // On a common scale of 2^base: X = x, C = c, H = half the gap above c.
            int base = Math.min(e, k - 2);
            BigNat x = new BigNat(xs);
            x.shl(e - base);
            BigNat c = new BigNat(p5);
            c.mulLong(m);
            c.shl(k - base);
            int dir = x.cmp(c);
            if (dir == 0) {
                return bits;
            }
            BigNat diff = dir > 0 ? x : c;
            diff.sub(dir > 0 ? c : x);
            BigNat half = new BigNat(p5);
            // below a power of two the gap is half as wide
            half.shl(dir < 0 && m == 1L << (p - 1) && k > kMin ? k - 2 - base : k - 1 - base);
            int cmp = diff.cmp(half);
            if (cmp < 0 || (cmp == 0 && (m & 1) == 0)) {
                return bits;
            }
            bits += dir;
            if (bits == 0 || bits > maxBits) {
                return bits; // rounded to zero or to infinity
            }
        }
    }

    /** v * 10^p with a few roundings (within a few ulps); the exact check follows. */
    private static double scalePow10(double v, int p) {
        if (p < 0) {
            if (p < -300) {
                v /= 1e300;
                p += 300;
            }
            for (; p < -22; p += 22) {
                v /= 1e22;
            }
            return v / POW10[-p];
        }
        for (; p > 22; p -= 22) {
            v *= 1e22;
        }
        return v * POW10[p];
    }

    /**
     * IEEE bits of (q + sticky * tiny) * 2^k rounded half-to-even, for q > 0. The caller keeps
     * k within a few thousand of the representable range so nothing below can overflow.
     */
    private static long roundToBits(long q, int k, boolean sticky, boolean single) {
        int p = single ? 24 : 53;
        int kMin = single ? -149 : -1074; // exponent of the smallest subnormal
        int sh = 64 - Long.numberOfLeadingZeros(q) - (p + 2); // keep P bits + 2 rounding bits
        if (k + sh + 2 < kMin) {
            sh = kMin - 2 - k; // subnormal or zero: fewer bits survive
        }
        if (sh >= 64) {
            sticky |= q != 0;
            q = 0;
        } else if (sh > 0) {
            sticky |= (q & ((1L << sh) - 1)) != 0;
            q >>>= sh;
        } else {
            q <<= -sh;
        }
        int e = k + sh + 2; // exponent of the unit of the result's significand m
        long m = q >>> 2;
        int guard = (int) q & 3;
        if (guard > 2 || (guard == 2 && (sticky || (m & 1) != 0))) {
            m++;
        }
        long inf = single ? FLOAT_INF : DOUBLE_INF;
        if (e > (single ? 104 : 971)) {
            return inf;
        }
        // Adding m also carries its leading one into the exponent field, which is exactly
        // right for normal numbers, subnormals and a rounding carry alike.
        long bits = ((long) (e - kMin) << (p - 1)) + m;
        return bits > inf ? inf : bits;
    }

    /** Hexadecimal significand (after "0x") with mandatory binary exponent; result unsigned. */
    private static long parseHex(String s, int i, boolean single) {
        int len = s.length();
        long mant = 0; // the first 15 significant hex digits (60 bits)
        boolean sticky = false; // any non-zero digit beyond them
        long exp2 = 0;
        boolean point = false;
        boolean digits = false;
        for (; i < len; i++) {
            char c = s.charAt(i);
            int d = c >= '0' && c <= '9' ? c - '0' : (c | 0x20) >= 'a' && (c | 0x20) <= 'f' ? (c | 0x20) - 'a' + 10 : -1;
            if (c == '.') {
                if (point) {
                    throw invalid(s);
                }
                point = true;
                continue;
            }
            if (d < 0) {
                break;
            }
            digits = true;
            if (point) {
                exp2 -= 4;
            }
            if (mant >>> 56 == 0) {
                mant = mant << 4 | d;
            } else {
                sticky |= d != 0;
                exp2 += 4;
            }
        }
        if (!digits || i == len || (s.charAt(i) | 0x20) != 'p') {
            throw invalid(s);
        }
        i++;
        boolean negExp = false;
        char c;
        if (i < len && ((c = s.charAt(i)) == '-' || c == '+')) {
            negExp = c == '-';
            i++;
        }
        int expStart = i;
        long exp = 0;
        for (; i < len && (c = s.charAt(i)) >= '0' && c <= '9'; i++) {
            if (exp <= Integer.MAX_VALUE) {
                exp = exp * 10 + (c - '0');
            }
        }
        if (i == expStart || (i < len && (i != len - 1 || !isSuffix(s.charAt(i))))) {
            throw invalid(s);
        }
        if (mant == 0) {
            return 0;
        }
        exp2 += negExp ? -exp : exp;
        int bits = 64 - Long.numberOfLeadingZeros(mant);
        if (exp2 + bits > 1100) {
            return single ? FLOAT_INF : DOUBLE_INF;
        }
        if (exp2 + bits < -1200) {
            return 0;
        }
        return roundToBits(mant, (int) exp2, sticky, single);
    }
}
