public class MathRounding {
    static double[] ds = {0.0, -0.0, 0.5, -0.5, 1.5, -1.5, 2.5, -2.5, 3.5, -3.5, 0.49999999999999994, 1.0000000000000002,
            2.4999999999999996, -2.5000000000000004, 1e15 + 0.5, 4503599627370495.5, 4503599627370497.0, 9007199254740993.0,
            1e300, -1e300, Double.MIN_VALUE, -Double.MIN_VALUE, 123.456, -123.456, 0.1, -0.9,
            Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 2147483647.5, -2147483648.5, 9.3e18};

    public static void main(String[] args) {
        for (double d : ds) {
            System.out.println(d + ": floor " + Math.floor(d) + ", ceil " + Math.ceil(d) + ", rint " + Math.rint(d)
                    + ", round " + Math.round(d) + ", round(float) " + Math.round((float) d));
        }
        float[] fs = {0.5f, -0.5f, 1.5f, 2.5f, -2.5f, 0.49999997f, 8388607.5f, 8388608.5f, -8388607.5f, 1e10f, Float.NaN, 3.4e38f};
        for (float f : fs) {
            System.out.println("f " + f + ": round " + Math.round(f) + ", floor " + Math.floor(f) + ", ceil " + Math.ceil(f)
                    + ", rint " + Math.rint(f));
        }
        // rounding to n decimals (using ordinary values)
        double v = 2.675;
        System.out.println("round(2.675*100)/100 = " + Math.round(v * 100) / 100.0);
        System.out.println("floor(2.675*100)/100 = " + Math.floor(v * 100) / 100.0);
        System.out.println("(long)(1.005*1000) = " + (long) (1.005 * 1000));
        // floorDiv style via floor
        for (int i = -5; i <= 5; i += 2) {
            System.out.println("floor(" + i + "/2.0) = " + Math.floor(i / 2.0) + ", ceil = " + Math.ceil(i / 2.0) + ", rint = " + Math.rint(i / 2.0)
                    + ", round = " + Math.round(i / 2.0));
        }
        System.out.println("bits floor(-0.3) = " + Long.toHexString(Double.doubleToRawLongBits(Math.floor(-0.3)))
                + ", bits ceil(-0.3) = " + Long.toHexString(Double.doubleToRawLongBits(Math.ceil(-0.3))));
        System.out.println("Math.signum: " + Math.signum(-7.5) + " " + Math.signum(0.0) + " " + Math.signum(3e-300) + " " + Math.signum(Double.NaN)
                + " " + Math.signum(-2f));
        System.out.println("Math.copySign(1.0, -0.0) = " + Math.copySign(1.0, -0.0) + ", copySign(-2f, 1f) = " + Math.copySign(-2f, 1f));
    }
}
