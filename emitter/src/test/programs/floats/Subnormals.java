public class Subnormals {
    static double tiny = Double.MIN_NORMAL;
    static float ftiny = Float.MIN_NORMAL;

    public static void main(String[] args) {
        double d = tiny;
        for (int i = 0; i < 55; i++) {
            d /= 2;
            if (i % 6 == 0 || d == 0 || i > 50) System.out.println("MIN_NORMAL / 2^" + (i + 1) + " bits " + Long.toHexString(Double.doubleToLongBits(d)) + (i > 47 ? " = " + d : ""));
            if (d == 0) break;
        }
        float f = ftiny;
        for (int i = 0; i < 26; i++) {
            f /= 2;
            if (i % 5 == 0 || f == 0 || i > 21) System.out.println("fMIN_NORMAL / 2^" + (i + 1) + " bits " + Integer.toHexString(Float.floatToIntBits(f)) + (i > 19 ? " = " + f : ""));
            if (f == 0) break;
        }
        // subnormal arithmetic is exact-ish and must not flush to zero
        double s1 = Double.MIN_VALUE * 3;
        double s2 = Double.MIN_VALUE * 5;
        System.out.println("3*MIN + 5*MIN = " + (s1 + s2) + ", bits " + Long.toHexString(Double.doubleToLongBits(s1 + s2)));
        System.out.println("5*MIN - 3*MIN == 2*MIN: " + (s2 - s1 == 2 * Double.MIN_VALUE));
        System.out.println("MIN_VALUE * 0.5 = " + (Double.MIN_VALUE * 0.5) + ", MIN_VALUE * 1.5 = " + (Double.MIN_VALUE * 1.5)
                + ", MIN_VALUE * 2.5 = " + (Double.MIN_VALUE * 2.5));
        System.out.println("fMIN_VALUE * 1.5f bits " + Integer.toHexString(Float.floatToIntBits(Float.MIN_VALUE * 1.5f))
                + ", * 2.5f bits " + Integer.toHexString(Float.floatToIntBits(Float.MIN_VALUE * 2.5f)));
        double sub = 1e-310;
        System.out.println("1e-310 = " + sub + ", * 1e10 = " + (sub * 1e10) + ", / 1e-10 = " + (sub / 1e-10) + ", sqrt = " + Math.sqrt(sub));
        System.out.println("1e-310 > 0: " + (sub > 0) + ", 1e-310 == 0: " + (sub == 0) + ", -1e-310 < 0: " + (-sub < 0));
        System.out.println("MIN_NORMAL - MIN_VALUE = " + (Double.MIN_NORMAL - Double.MIN_VALUE) + " bits "
                + Long.toHexString(Double.doubleToLongBits(Double.MIN_NORMAL - Double.MIN_VALUE)));
        System.out.println("(float) 1e-40 bits " + Integer.toHexString(Float.floatToIntBits((float) 1e-40)) + ", (double)(float)1e-40 = " + (double) (float) 1e-40);
        System.out.println("(float) Double.MIN_NORMAL = " + (float) Double.MIN_NORMAL + ", (float) 1e-45 bits " + Integer.toHexString(Float.floatToIntBits((float) 1e-45)));
        float fsub = 1e-40f;
        System.out.println("1e-40f * 1e10f = " + (fsub * 1e10f) + ", 1e-40f / 2 = " + (fsub / 2) + ", (double) 1e-40f = " + (double) fsub);
        // gradual underflow: x - y == 0 iff x == y
        double x = 3 * Double.MIN_NORMAL / 2, y = Double.MIN_NORMAL;
        System.out.println("x - y = " + (x - y) + ", nonzero: " + (x - y != 0));
        // Math functions on subnormals
        System.out.println("Math.abs(-MIN) = " + Math.abs(-Double.MIN_VALUE) + ", Math.floor(MIN) = " + Math.floor(Double.MIN_VALUE)
                + ", Math.ceil(-MIN) = " + Math.ceil(-Double.MIN_VALUE) + ", Math.round(MIN) = " + Math.round(Double.MIN_VALUE));
        System.out.println("Math.getExponent(1e-310) = " + Math.getExponent(1e-310) + ", Math.ulp(1e-310) = " + Math.ulp(1e-310));
        System.out.println("(int)(1e-310 * 1e310) = " + (int) (1e-310 * 1e300 * 1e10));
    }
}
