public class SaturatingCasts {
    static double[] ds = {0.0, -0.0, 0.4, 0.5, 0.9999, -0.4, -0.5, -0.9999, 1.5, -1.5, 2.5, -2.5, 123.999, -123.999,
            2147483647.0, 2147483647.5, 2147483648.0, -2147483648.0, -2147483648.9, -2147483649.0, 4294967296.5,
            9.223372036854775807E18, 9.223372036854776E18, -9.223372036854775808E18, -9.3E18, 1e19, -1e19, 1e300, -1e300,
            Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE, -Double.MIN_VALUE,
            Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 65535.7, 65536.2, -129.9, 300.3};
    static float[] fs = {0.0f, -0.0f, 0.7f, -0.7f, 1.5f, -1.5f, 16777217f, 2147483520f, 2147483647f, 2.14748365E9f,
            -2147483648f, -2.1474839E9f, 9.223372E18f, 9.223373E18f, -9.223372E18f, -9.3E18f, 1e30f, -1e30f,
            Float.MAX_VALUE, Float.MIN_VALUE, Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, 70000.9f, -40000.5f};

    public static void main(String[] args) {
        for (double d : ds) {
            System.out.println("double " + d + " -> int " + (int) d + ", long " + (long) d + ", short " + (short) d
                    + ", byte " + (byte) d + ", char " + (int) (char) d);
        }
        for (float f : fs) {
            System.out.println("float bits " + Integer.toHexString(Float.floatToIntBits(f)) + " -> int " + (int) f + ", long " + (long) f
                    + ", short " + (short) f + ", byte " + (byte) f + ", char " + (int) (char) f);
        }
        // folded versions
        System.out.println("folded (int)NaN = " + (int) Double.NaN + ", (long)NaN = " + (long) Float.NaN);
        System.out.println("folded (int)1e10 = " + (int) 1e10 + ", (int)-1e10 = " + (int) -1e10);
        System.out.println("folded (long)1e19 = " + (long) 1e19 + ", (long)-1e19 = " + (long) -1e19);
        System.out.println("folded (int)Infinity = " + (int) Double.POSITIVE_INFINITY + ", (long)-Infinity = " + (long) Double.NEGATIVE_INFINITY);
        System.out.println("folded (char)-1.5 = " + (int) (char) -1.5 + ", (byte)200.7 = " + (byte) 200.7 + ", (short)-1e10 = " + (short) -1e10);
        // loop: casting accumulated values
        double acc = 1;
        for (int i = 0; i < 12; i++) {
            acc *= -37.3;
            System.out.println("acc " + i + ": int " + (int) acc + ", long " + (long) acc);
        }
        // rounding toward zero vs Math.round vs floor
        double[] r = {2.7, -2.7, 2.5, -2.5, 0.49999999999999994, -0.49999999999999994};
        for (double v : r) {
            System.out.println("v " + v + ": (int) " + (int) v + ", round " + Math.round(v) + ", floor " + (int) Math.floor(v)
                    + ", ceil " + (int) Math.ceil(v));
        }
        float[] rf = {2.5f, -2.5f, 0.5f, -0.5f, 1.4999999f, 8388609.5f};
        for (float v : rf) {
            System.out.println("float v " + v + ": (int) " + (int) v + ", round " + Math.round(v));
        }
        System.out.println("Math.round(NaN) = " + Math.round(Double.NaN) + ", Math.round(1e20) = " + Math.round(1e20)
                + ", Math.round(-1e20) = " + Math.round(-1e20));
        System.out.println("Math.round(NaNf) = " + Math.round(Float.NaN) + ", Math.round(1e20f) = " + Math.round(1e20f)
                + ", Math.round(-Inf f) = " + Math.round(Float.NEGATIVE_INFINITY));
    }
}
