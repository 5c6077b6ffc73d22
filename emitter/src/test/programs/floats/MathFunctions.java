public class MathFunctions {
    static double two = 2.0;

    public static void main(String[] args) {
        double[] sq = {0, 1, 2, 4, 9, 10, 0.25, 1e-300, 1e300, Double.MAX_VALUE, Double.MIN_VALUE, -1, -0.0, Double.NaN, Double.POSITIVE_INFINITY, 1.52415787501905E14};
        for (double d : sq) {
            double r = Math.sqrt(d);
            System.out.println("sqrt(" + d + ") = " + r + " bits " + Long.toHexString(Double.doubleToLongBits(r)));
        }
        float[] fsq = {2f, 3f, 0.5f, 1e-40f, -4f};
        for (float f : fsq) {
            float r = (float) Math.sqrt(f);
            System.out.println("(float)sqrt(" + f + "f) = " + r + " bits " + Integer.toHexString(Float.floatToIntBits(r)));
        }
        System.out.println("abs: " + Math.abs(-3.5) + " " + Math.abs(3.5f) + " " + Math.abs(Double.NEGATIVE_INFINITY) + " " + Math.abs(-Double.MIN_VALUE)
                + " " + Math.abs(Float.NaN));
        // pow with exactly-representable results and the special cases of the spec
        double[][] pw = {{2, 10}, {2, -3}, {-2, 3}, {-2, 4}, {10, 15}, {3, 0}, {0, 0}, {Double.NaN, 0}, {1, Double.NaN}, {1, Double.POSITIVE_INFINITY},
                {-1, Double.POSITIVE_INFINITY}, {2, Double.POSITIVE_INFINITY}, {0.5, Double.POSITIVE_INFINITY}, {2, Double.NEGATIVE_INFINITY},
                {0, -1}, {-0.0, -1}, {-0.0, -2}, {-0.0, 3}, {-0.0, 0.5}, {Double.NEGATIVE_INFINITY, 3}, {Double.NEGATIVE_INFINITY, 2},
                {Double.NEGATIVE_INFINITY, -1}, {-8, 1.0 / 3}, {-8, 2}, {4, 0.5}, {16, 0.25}, {0, Double.NaN}, {Double.NaN, 1}, {2, 1023}, {2, 1024},
                {2, -1074}, {2, -1075}, {-1, 1e300}, {-1, 1e300 + 1}, {1e200, 2}, {-3, 3}, {1.5, 2}};
        for (double[] p : pw) {
            System.out.println("pow(" + p[0] + ", " + p[1] + ") = " + Math.pow(p[0], p[1]));
        }
        System.out.println("hypot(3, 4) = " + Math.hypot(3, 4) + ", hypot(inf, NaN) = " + Math.hypot(Double.POSITIVE_INFINITY, Double.NaN));
        System.out.println("exp(0) = " + Math.exp(0) + ", log(1) = " + Math.log(1) + ", log(0) = " + Math.log(0) + ", log(-1) = " + Math.log(-1)
                + ", log(inf) = " + Math.log(Double.POSITIVE_INFINITY) + ", exp(-inf) = " + Math.exp(Double.NEGATIVE_INFINITY)
                + ", exp(inf) = " + Math.exp(Double.POSITIVE_INFINITY) + ", exp(1000) = " + Math.exp(1000) + ", exp(-1000) = " + Math.exp(-1000));
        System.out.println("log10(1000) = " + Math.log10(1000) + ", log10(1e-5) = " + Math.log10(1e-5) + ", log10(1) = " + Math.log10(1)
                + ", log10(0) = " + Math.log10(0));
        System.out.println("sin(0) = " + Math.sin(0) + ", sin(-0.0) = " + Math.sin(-0.0) + ", cos(0) = " + Math.cos(0) + ", tan(0) = " + Math.tan(0)
                + ", sin(inf) = " + Math.sin(Double.POSITIVE_INFINITY) + ", atan(inf) = " + (Math.atan(Double.POSITIVE_INFINITY) == Math.PI / 2));
        System.out.println("atan2(0, -1) == PI: " + (Math.atan2(0, -1) == Math.PI) + ", atan2(-0.0, -1) == -PI: " + (Math.atan2(-0.0, -1) == -Math.PI)
                + ", atan2(0, 0) = " + Math.atan2(0, 0) + ", atan2(-0.0, 0) = " + Math.atan2(-0.0, 0.0) + ", atan2(NaN, 1) = " + Math.atan2(Double.NaN, 1));
        System.out.println("asin(2) = " + Math.asin(2) + ", acos(1) = " + Math.acos(1) + ", cbrt(27) = " + Math.cbrt(27) + ", cbrt(-8) = " + Math.cbrt(-8));
        System.out.println("PI = " + Math.PI + ", E = " + Math.E);
        System.out.println("toRadians(180) == PI: " + (Math.toRadians(180) == Math.PI) + ", toDegrees(0) = " + Math.toDegrees(0));
        // approx comparisons for transcendental results (values may differ in the last ulp across platforms)
        System.out.println("sin(PI/6) ~ 0.5: " + (Math.abs(Math.sin(Math.PI / 6) - 0.5) < 1e-15));
        System.out.println("exp(log(10)) ~ 10: " + (Math.abs(Math.exp(Math.log(10)) - 10) < 1e-13));
        System.out.println("cos(PI) ~ -1: " + (Math.abs(Math.cos(Math.PI) + 1) < 1e-15));
        // ulp, nextUp, getExponent, scalb
        System.out.println("ulp(1.0) = " + Math.ulp(1.0) + ", ulp(1f) = " + Math.ulp(1f) + ", ulp(0.0) = " + Math.ulp(0.0) + ", ulp(MAX) == 2^971: " + (Math.ulp(Double.MAX_VALUE) == Math.scalb(1.0, 971))
                + ", ulp(inf) = " + Math.ulp(Double.POSITIVE_INFINITY));
        System.out.println("nextUp(1.0) = " + Math.nextUp(1.0) + ", nextDown(1.0) = " + Math.nextDown(1.0) + ", nextUp(0.0) = " + Math.nextUp(0.0)
                + ", nextUp(-0.0) = " + Math.nextUp(-0.0) + ", nextUp(1f) = " + Math.nextUp(1f) + ", nextAfter(1.0, 0) = " + Math.nextAfter(1.0, 0));
        System.out.println("getExponent: " + Math.getExponent(1.0) + " " + Math.getExponent(0.5) + " " + Math.getExponent(1024.0) + " " + Math.getExponent(0.0)
                + " " + Math.getExponent(Double.MIN_VALUE) + " " + Math.getExponent(Double.NaN) + " " + Math.getExponent(3f));
        System.out.println("scalb(1.5, 4) = " + Math.scalb(1.5, 4) + ", scalb(1.0, -1074) = " + Math.scalb(1.0, -1074) + ", scalb(1.0, 2000) = " + Math.scalb(1.0, 2000)
                + ", scalb(3f, -2) = " + Math.scalb(3f, -2));
        System.out.println("fma(2, 3, 4) = " + Math.fma(2.0, 3.0, 4.0) + ", fma(0.1, 10, -1) = " + Math.fma(0.1, 10, -1) + ", 0.1*10-1 = " + (0.1 * 10 - 1));
        System.out.println("sqrt(two) * sqrt(two) = " + (Math.sqrt(two) * Math.sqrt(two)) + ", == 2: " + (Math.sqrt(two) * Math.sqrt(two) == 2));
        // integer sqrt via Math.sqrt for perfect squares
        long bad = 0;
        for (long i = 0; i < 3000; i++) {
            long sqv = i * i * 1000003L;
            long r = (long) Math.sqrt((double) (i * i));
            if (r != i) bad++;
            if (sqv < 0) bad++;
        }
        System.out.println("perfect square sqrt mismatches: " + bad);
    }

}
