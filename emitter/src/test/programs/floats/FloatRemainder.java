public class FloatRemainder {
    static double[] as = {5.5, -5.5, 7.0, -7.0, 0.0, -0.0, 1e20, 0.3, Double.POSITIVE_INFINITY, Double.NaN, Double.MIN_VALUE};
    static double[] bs = {2.0, -2.0, 0.1, 3.0, 0.0, -0.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, 1e-300};

    public static void main(String[] args) {
        for (double a : as) {
            StringBuilder sb = new StringBuilder();
            sb.append(a).append(" %:");
            for (double b : bs) sb.append(' ').append(a % b);
            System.out.println(sb);
        }
        float[] fa = {5.5f, -5.5f, 10f, -10f, 0.7f, 1e10f, Float.NEGATIVE_INFINITY, -0.0f};
        float[] fb = {2f, -3f, 0.1f, 0f, Float.POSITIVE_INFINITY, Float.NaN, 0.25f};
        for (float a : fa) {
            StringBuilder sb = new StringBuilder();
            sb.append(a).append(" %f:");
            for (float b : fb) sb.append(' ').append(a % b);
            System.out.println(sb);
        }
        // exactness: fmod is exact, unlike a - b*trunc(a/b)
        double a = 1e17 + 1000, b = 7.0;
        System.out.println("1e17+1000 % 7 = " + (a % b) + " bits " + Long.toHexString(Double.doubleToRawLongBits(a % b)));
        double x = 10.0, y = 0.1;
        System.out.println("10 % 0.1 = " + (x % y) + " bits " + Long.toHexString(Double.doubleToRawLongBits(x % y)));
        System.out.println("1.0 % 0.1 = " + (1.0 % y));
        System.out.println("0.5 % 0.1 = " + (0.5 % y));
        System.out.println("-1e-10 % 1.0 = " + (-1e-10 % 1.0));
        System.out.println("1e300 % 3.5 = " + (1e300 % 3.5));
        System.out.println("Double.MAX_VALUE % 2 = " + (Double.MAX_VALUE % 2) + ", % 3 = " + (Double.MAX_VALUE % 3));
        System.out.println("float 16777217 % 2 = " + (16777217f % 2f) + ", 1e30f % 7f = " + (1e30f % 7f));
        // compound %=
        double acc = 1000.75;
        acc %= 3.5;
        System.out.println("acc %= 3.5 -> " + acc);
        float facc = -1000.75f;
        facc %= 3.5f;
        System.out.println("facc %= 3.5f -> " + facc);
        // int % float promotes
        int iv = 17;
        System.out.println("17 % 2.5 = " + (iv % 2.5) + ", 17 % 2.5f = " + (iv % 2.5f) + ", 17L % -0.0 = " + (17L % -0.0));
        // angle normalisation loop
        double angle = -1234.5;
        for (int i = 0; i < 5; i++) {
            double norm = angle % 360.0;
            if (norm < 0) norm += 360.0;
            System.out.println("angle " + angle + " -> " + norm);
            angle = angle * -1.7 + 13.25;
        }
        System.out.println("Math.IEEEremainder(5.5, 2) = " + Math.IEEEremainder(5.5, 2) + ", Math.IEEEremainder(7, 2) = " + Math.IEEEremainder(7, 2)
                + ", Math.IEEEremainder(-7, 2) = " + Math.IEEEremainder(-7, 2));
    }
}
