package org.cortado.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Compares {@link FloatingDecimal#toString} with the running JVM (the oracle: JDK 17). */
class FloatingDecimalToStringTest {
    private final List<String> mismatches = new ArrayList<>();
    private long checked;

    private void check(double d) {
        checked++;
        String expected = Double.toString(d);
        String actual = FloatingDecimal.toString(d);
        if (!expected.equals(actual) && mismatches.size() < 20) {
            mismatches.add(Long.toHexString(Double.doubleToRawLongBits(d)) + ": expected " + expected
                    + " got " + actual);
        }
    }

    private void check(float f) {
        checked++;
        String expected = Float.toString(f);
        String actual = FloatingDecimal.toString(f);
        if (!expected.equals(actual) && mismatches.size() < 20) {
            mismatches.add(Integer.toHexString(Float.floatToRawIntBits(f)) + "f: expected " + expected
                    + " got " + actual);
        }
    }

    private void assertNoMismatches() {
        assertTrue(mismatches.isEmpty(), mismatches.size() + " of " + checked + " differ: " + mismatches);
    }

    @Test
    void jdk17QuirksAreReproduced() {
        // JDK 17 prints these with more digits than the shortest form (JDK 19+ differs).
        assertEquals("2.82879384806159008E17", FloatingDecimal.toString(2.82879384806159E17));
        assertEquals("9.999999999999999E22", FloatingDecimal.toString(1e23));
        assertEquals("1.9999999999999998E23", FloatingDecimal.toString(2e23));
        assertEquals("1.0E-322", FloatingDecimal.toString(1.0E-322));
        assertEquals("1.07374182E9", FloatingDecimal.toString(1073741824f));
        assertEquals("2.82879379E17", FloatingDecimal.toString(2.82879384806159E17f));
        assertEquals("0.001", FloatingDecimal.toString(0.001));
        assertEquals("1.0E7", FloatingDecimal.toString(1e7));
        assertEquals("-0.0", FloatingDecimal.toString(-0.0));
        assertEquals("NaN", FloatingDecimal.toString(Float.NaN));
    }

    @Test
    void specialValues() {
        double[] ds = {0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
            Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE, Math.nextDown(Double.MIN_NORMAL),
            Math.nextUp(Double.MIN_VALUE), Math.nextDown(Double.MAX_VALUE), 1.0, -1.0, 0.1, 0.5, 1e-3,
            Math.nextDown(1e-3), Math.nextUp(1e-3), 1e7, Math.nextDown(1e7), Math.nextUp(1e7),
            9999999.999999998, 0.30000000000000004, 1.0 / 3, 2.0 / 3, Math.PI, Math.E, 100, 1e21,
            1e22, 1e23, 2e23, 4.35E-321, 1.0E-322, 0x1p63, 0x1p62, 0x1p53, 0x1p54, Long.MAX_VALUE,
            Double.longBitsToDouble(0x7ff0000000000001L), Double.longBitsToDouble(0xfff8000000000000L)};
        for (double d : ds) {
            check(d);
            check(-d);
            check((float) d);
            check(-(float) d);
        }
        float[] fs = {Float.MIN_VALUE, Float.MIN_NORMAL, Float.MAX_VALUE, Math.nextDown(Float.MIN_NORMAL),
            Float.intBitsToFloat(0x7f800001), 1e-3f, 1e7f, Math.nextDown(1e7f), 0x1p24f, 0x1p25f, 0x1p30f};
        for (float f : fs) {
            check(f);
            check(-f);
        }
        assertNoMismatches();
    }

    @Test
    void powersOfTwoAndTen() {
        for (int e = -1074; e <= 1023; e++) {
            double d = Math.scalb(1.0, e);
            check(d);
            check(Math.nextUp(d));
            check(Math.nextDown(d));
            check(d * 3);
        }
        for (int e = -149; e <= 127; e++) {
            float f = Math.scalb(1.0f, e);
            check(f);
            check(Math.nextUp(f));
            check(Math.nextDown(f));
        }
        for (int e = -325; e <= 309; e++) {
            double d = Double.parseDouble("1e" + e);
            check(d);
            check(Math.nextUp(d));
            check(Math.nextDown(d));
            float f = Float.parseFloat("1e" + e);
            check(f);
            check(Math.nextUp(f));
            check(Math.nextDown(f));
        }
        assertNoMismatches();
    }

    @Test
    void stridedFloatSweep() {
        // every 997th bit pattern: ~4.3M floats of both signs, all exponents
        for (long b = 0; b <= 0xFFFFFFFFL; b += 997) {
            check(Float.intBitsToFloat((int) b));
        }
        // the smallest subnormals exhaustively (few significant bits: the int/long shortcuts)
        for (int b = 0; b < 1 << 16; b++) {
            check(Float.intBitsToFloat(b));
        }
        assertNoMismatches();
    }

    @Test
    void randomDoubles() {
        SplittableRandom r = new SplittableRandom(0x5EED);
        for (int i = 0; i < 500_000; i++) {
            check(Double.longBitsToDouble(r.nextLong())); // random bits
        }
        for (int i = 0; i < 600_000; i++) {
            // "nice" decimals k / 10^n, as in programs that print prices, ratios, ...
            long k = r.nextLong(1, 10_000_000_000L) / (1L << r.nextInt(30));
            check(k / Math.pow(10, r.nextInt(20)));
            check((float) (k / Math.pow(10, r.nextInt(12))));
        }
        for (int i = 0; i < 400_000; i++) {
            long v = r.nextLong(1L << 53) >>> r.nextInt(53); // integers up to 2^53
            check((double) v);
            check((float) v);
        }
        for (int i = 0; i < 300_000; i++) {
            // near powers of ten, where the exponent estimate and the leading digit are tested
            double p = Double.parseDouble("1e" + (r.nextInt(620) - 310));
            long bits = Double.doubleToRawLongBits(p) + r.nextInt(-64, 65);
            check(Double.longBitsToDouble(bits));
        }
        for (int i = 0; i < 300_000; i++) {
            check(Double.longBitsToDouble(r.nextLong(1L << 52) >>> r.nextInt(52))); // subnormals
        }
        assertTrue(checked >= 2_000_000);
        assertNoMismatches();
    }
}
