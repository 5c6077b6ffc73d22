package org.cortado.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Compares {@link FloatingDecimal#parseDouble}/{@link FloatingDecimal#parseFloat} with the JVM. */
class FloatingDecimalParseTest {
    private final List<String> mismatches = new ArrayList<>();
    private long checked;

    private static String jdkDouble(String s) {
        try {
            return Long.toHexString(Double.doubleToRawLongBits(Double.parseDouble(s)));
        } catch (RuntimeException e) {
            return e.toString();
        }
    }

    private static String jdkFloat(String s) {
        try {
            return Integer.toHexString(Float.floatToRawIntBits(Float.parseFloat(s)));
        } catch (RuntimeException e) {
            return e.toString();
        }
    }

    private static String ourDouble(String s) {
        try {
            return Long.toHexString(Double.doubleToRawLongBits(FloatingDecimal.parseDouble(s)));
        } catch (RuntimeException e) {
            return e.toString();
        }
    }

    private static String ourFloat(String s) {
        try {
            return Integer.toHexString(Float.floatToRawIntBits(FloatingDecimal.parseFloat(s)));
        } catch (RuntimeException e) {
            return e.toString();
        }
    }

    /** Checks both parseDouble and parseFloat, including exception class and message. */
    private void check(String s) {
        checkDouble(s);
        checkFloat(s);
    }

    private void checkDouble(String s) {
        checked++;
        String expected = jdkDouble(s);
        String actual = ourDouble(s);
        if (!expected.equals(actual) && mismatches.size() < 20) {
            mismatches.add("parseDouble(\"" + s + "\"): expected " + expected + " got " + actual);
        }
    }

    private void checkFloat(String s) {
        checked++;
        String expected = jdkFloat(s);
        String actual = ourFloat(s);
        if (!expected.equals(actual) && mismatches.size() < 20) {
            mismatches.add("parseFloat(\"" + s + "\"): expected " + expected + " got " + actual);
        }
    }

    private void assertNoMismatches() {
        assertTrue(mismatches.isEmpty(), mismatches.size() + " of " + checked + " differ: " + mismatches);
    }

    @Test
    void syntaxAndMessages() {
        String[] inputs = {"", "  ", "\t\n", "abc", " 1.5 ", "\t1\n", "1.2.3", "..", ".", "1..", ".1.",
            "0.0.1", "1.2.3abc", "abc1.2.3", "1x2.3.4", "1e", "1e+", "1e-", "1E", "e5", ".e5", "1ef",
            "1.5f", "1.5F", "1.5d", "1.5D", "1.5fd", "1.5 f", "1f ", "1.f", ".f", "1e5f", "1.5 2",
            "NaN", "-NaN", "+NaN", "NaNd", "nan", "NaN ", " NaN", "Infinity", "-Infinity", "+Infinity",
            "Infinityx", "infinity", "Infinity f", "1_000", "+-1", "-+1", "-", "+", "--1", "1e+-5",
            "1e--5", "1.e5", ".5", "-.5", "+.5e-3", "01", "00000", "-0", "+0.0", "-0.0e5", "-0e-999",
            "0.000e12", "1E0001", "1e+0", "1.5\u00a0", "\u20001", "\u0660", "1e\u0663", "\uff11",
            "1.0e5.5", "1e5e5", "1 e5", "0x", "0X", "0x1", "0xg", "0x1p", "0x.p1", "0x.8p1", "0x1.p1f",
            "0x1.8p1", " 0x1p3 ", "0x1p1 d", "0X1P1", "0x1p+1F", "0x1p-1D", "0x1.8p01f", "0x1.2.3p1",
            "0xp1", "0x1p1.5", "0x1e1", "-0x1p-1074", "+0x1p0", "0x1P1e", "0x\u0661p1", "0x1p\u0661",
            "0x1p99999999999", "0x1p-99999999999", "0x0p99999999999", "-0x0.0p0", "0x0001.0000p0",
            "1e99999999999", "1e-99999999999", "0e9999999999999", "1e2147483647", "1e2147483648",
            "1e-2147483648", "1e-2147483649", "0.1e-2147483647", "00000000000000000000000000000001",
            "0.00000000000000000000000000000000001e35", "1" + "0".repeat(400) + "e-400",
            "0." + "0".repeat(400) + "1e400", "1" + "0".repeat(2000), "0." + "0".repeat(2000) + "1e2001",
            "1" + "0".repeat(1000) + "1e-1000", "2e-1000000", "9".repeat(310), "9".repeat(309)};
        for (String s : inputs) {
            check(s);
            check("-" + s);
        }
        assertNoMismatches();
        assertEquals("empty String",
                assertThrows(NumberFormatException.class, () -> FloatingDecimal.parseDouble(" ")).getMessage());
        assertEquals("For input string: \"abc\"",
                assertThrows(NumberFormatException.class, () -> FloatingDecimal.parseFloat(" abc\t"))
                        .getMessage());
        assertEquals("multiple points",
                assertThrows(NumberFormatException.class, () -> FloatingDecimal.parseDouble("1.2.3")).getMessage());
        assertThrows(NullPointerException.class, () -> FloatingDecimal.parseDouble(null));
        assertThrows(NullPointerException.class, () -> FloatingDecimal.parseFloat(null));
    }

    @Test
    void boundaries() {
        String[] inputs = {"4.9e-324", "2.4703282292062327e-324", "2.4703282292062328e-324",
            "2.47032822920623272e-324", "4.9406564584124654e-324", "7.4109846876186982e-324",
            "2.2250738585072011e-308", "2.2250738585072012e-308", "2.2250738585072014e-308",
            "2.225073858507201136057409796709131975934819546351645648e-308",
            "1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308",
            "1.797693134862315807937289714053e308", "1.797693134862315807937289714054e308",
            "3.4028235e38", "3.4028236e38", "3.40282356779733661637539395458142568448e38",
            "3.40282356779733661637539395458142568449e38", "1.4e-45", "7e-46", "7.006492321624085e-46",
            "7.006492321624086e-46", "1.1754942e-38", "1.17549435e-38", "9007199254740993",
            "9007199254740993.0000000000000001", "9007199254740995", "16777217", "16777217.000001",
            "0.1", "0.2", "0.3", "1e23", "8.41e21", "5e-324", "1e-324", "3e-324", "1e-45f", "1e-46f",
            "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558"
                    + "63267656024017697686718889283264457306716658154698611773447924545613760826476413896"
                    + "3327066694399066464007622041405441519765734262416649765504",
            "0x1.fffffffffffff8p1023", "0x1.fffffffffffff7ffffp1023", "0x1.00000000000008p0",
            "0x1.000000000000080000001p0", "0x1.000001p0", "0x1.0000010000000001p0", "0x1.0000030p0",
            "0x0.0000000000001p-1022", "0x0.00000000000008p-1022", "0x0.00000000000008000001p-1022",
            "0x1p-1075", "0x1.0000000001p-1075", "0x1p-1076", "0x1p-150", "0x1.0001p-150", "0x1p-151",
            "0x1.8p-149", "0x1.ffffffp127", "0x1.fffffefp127", "0x1.fffffep127", "0x1p128", "0x1p1024",
            "0x123456789abcdef0123456789p-100", "0x.0000000000000000000000000000001p0"};
        for (String s : inputs) {
            check(s);
        }
        // exact midpoints between adjacent doubles / floats, and the values just around them
        SplittableRandom r = new SplittableRandom(11);
        for (int i = 0; i < 3000; i++) {
            long bits = i < 1000 ? r.nextLong(1L << 52) : r.nextLong(0x7FEFFFFFFFFFFFFFL);
            BigDecimal a = new BigDecimal(Double.longBitsToDouble(bits));
            BigDecimal b = new BigDecimal(Double.longBitsToDouble(bits + 1));
            BigDecimal mid = a.add(b).divide(BigDecimal.valueOf(2));
            BigDecimal tiny = mid.ulp().divide(BigDecimal.TEN);
            checkDouble(mid.toString());
            checkDouble(mid.add(tiny).toString());
            checkDouble(mid.subtract(tiny).toString());
            checkDouble(mid.round(new java.math.MathContext(17)).toString());
            int fbits = i < 1000 ? r.nextInt(1 << 23) : r.nextInt(0x7F7FFFFF);
            BigDecimal fa = new BigDecimal(Float.intBitsToFloat(fbits));
            BigDecimal fb = new BigDecimal(Float.intBitsToFloat(fbits + 1));
            BigDecimal fmid = fa.add(fb).divide(BigDecimal.valueOf(2));
            BigDecimal ftiny = fmid.ulp().divide(BigDecimal.TEN);
            checkFloat(fmid.toString());
            checkFloat(fmid.add(ftiny).toString());
            checkFloat(fmid.subtract(ftiny).toString());
            checkFloat(fmid.toPlainString());
        }
        assertNoMismatches();
    }

    @Test
    void randomDecimalStrings() {
        SplittableRandom r = new SplittableRandom(42);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 220_000; i++) {
            sb.setLength(0);
            int digits = 1 + r.nextInt(25);
            for (int k = 0; k < digits; k++) {
                sb.append((char) ('0' + r.nextInt(10)));
            }
            if (r.nextBoolean()) {
                sb.insert(r.nextInt(digits + 1), '.');
            }
            int range = i % 4 == 0 ? 700 : 90; // all exponents, and the float-relevant ones
            sb.append(r.nextBoolean() ? 'e' : 'E').append(r.nextInt(range) - range / 2);
            check(sb.toString());
        }
        for (int i = 0; i < 100_000; i++) {
            double d = Double.longBitsToDouble(r.nextLong());
            checkDouble(Double.toString(d)); // round trips of random doubles
            checkDouble(Double.toHexString(d));
            float f = Float.intBitsToFloat(r.nextInt());
            checkFloat(Float.toString(f));
            checkFloat(Double.toString(r.nextDouble())); // 17 digits into a float: double rounding
            checkFloat(Float.toHexString(f));
        }
        assertNoMismatches();
    }
}
