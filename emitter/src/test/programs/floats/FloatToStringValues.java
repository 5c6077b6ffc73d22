public class FloatToStringValues {
    static double third = 1.0 / 3;

    static void d(String label, double v) {
        System.out.println(label + ": " + v + " | " + Double.toString(v) + " | bits " + Long.toHexString(Double.doubleToRawLongBits(v)));
    }

    static void f(String label, float v) {
        System.out.println(label + ": " + v + " | " + Float.toString(v) + " | bits " + Integer.toHexString(Float.floatToRawIntBits(v)));
    }

    public static void main(String[] args) {
        d("0.1", 0.1);
        d("1.0/3", third);
        d("2.0/3", 2.0 / 3);
        d("100.0", 100.0);
        d("1e7", 1e7);
        d("9999999.0", 9999999.0);
        d("1.0E-5", 1.0E-5);
        d("0.001", 0.001);
        d("1.0E-4", 1.0E-4);
        d("123456789.0", 123456789.0);
        d("1e21", 1e21);
        d("1e22", 1e22);
        d("Double.MIN_VALUE", Double.MIN_VALUE);
        d("Double.MAX_VALUE", Double.MAX_VALUE);
        d("Double.MIN_NORMAL", Double.MIN_NORMAL);
        d("-0.0", -0.0);
        d("0.0", 0.0);
        d("0.1+0.2", 0.1 + 0.2);
        d("1.1*1.1", 1.1 * 1.1);
        d("PI", Math.PI);
        d("-2.5", -2.5);
        d("1e-7", 1e-7);
        d("1e15", 1e15);
        d("1e16", 1e16);
        d("1e100", 1e100);
        d("1e-100", 1e-100);
        d("3.0e10", 3.0e10);
        d("5e-10", 5e-10);
        d("0.5", 0.5);
        d("123.456", 123.456);
        d("-987654.321", -987654.321);
        d("NaN", Double.NaN);
        d("+Inf", Double.POSITIVE_INFINITY);
        d("-Inf", Double.NEGATIVE_INFINITY);
        for (int i = 0; i <= 12; i++) d("small int " + i, i);
        int[] exps = {0, 1, 2, 3, 7, 10, 16, 20, 24, 30, 31, 32, 40, 52, 53, 63, 64, 100, 1023,
                -1, -2, -3, -10, -20, -30, -52, -100, -1022, -1074};
        for (int e : exps) d("2^" + e, Math.scalb(1.0, e));
        double p10 = 1;
        for (int i = 0; i <= 22; i++) {
            d("10^" + i, p10);
            p10 *= 10;
        }
        double n10 = 1;
        for (int i = 1; i <= 8; i++) {
            n10 /= 10;
            d("10^-" + i, n10);
        }
        f("0.1f", 0.1f);
        f("1f/3", 1f / 3);
        f("100f", 100f);
        f("1e7f", 1e7f);
        f("1.0E-5f", 1.0E-5f);
        f("0.001f", 0.001f);
        f("1e21f", 1e21f);
        f("Float.MIN_VALUE", Float.MIN_VALUE);
        f("Float.MAX_VALUE", Float.MAX_VALUE);
        f("-0.0f", -0.0f);
        f("16777216f", 16777216f);
        f("1.5f", 1.5f);
        f("3.14159f", 3.14159f);
        f("0.3f", 0.3f);
        f("1e-10f", 1e-10f);
        f("1234567f", 1234567f);
        f("1e10f", 1e10f);
        f("NaNf", Float.NaN);
        for (int i = 0; i <= 10; i++) f("small int " + i, (float) i);
        float fp10 = 1f;
        for (int i = 0; i <= 10; i++) {
            f("10^" + i + "f", fp10);
            fp10 *= 10;
        }
        // float printed via promotion to double
        System.out.println("(double)0.1f = " + (double) 0.1f);
        System.out.println("(double)1.1f = " + (double) 1.1f);
        System.out.println("0.1f + 0.2f = " + (0.1f + 0.2f) + ", 0.1f + 0.2 = " + (0.1f + 0.2));
        System.out.println("String.valueOf(1e-3) = " + String.valueOf(1e-3) + ", String.valueOf(1e7f) = " + String.valueOf(1e7f));
        StringBuilder sb = new StringBuilder();
        sb.append(1.25).append(' ').append(2.5f).append(' ').append(-0.0).append(' ').append(1e-300).append(' ').append(Float.NaN);
        System.out.println("StringBuilder: " + sb);
        System.out.println("Double.valueOf(7).toString() = " + Double.valueOf(7).toString() + ", Float.valueOf(7f) = " + Float.valueOf(7f));
    }
}
