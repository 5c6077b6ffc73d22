public class InfinityArith {
    static double zero = 0.0;
    static double one = 1.0;
    static float fzero = 0f;

    public static void main(String[] args) {
        double inf = one / zero;
        double ninf = -one / zero;
        double nan = zero / zero;
        System.out.println("1.0/0.0 = " + inf + ", -1.0/0.0 = " + ninf + ", 0.0/0.0 = " + nan);
        System.out.println("folded: " + (1.0 / 0.0) + " " + (-1.0 / 0.0) + " " + (0.0 / 0.0));
        System.out.println("1f/0f = " + (1f / fzero) + ", 0f/0f = " + (fzero / fzero));
        System.out.println("int / double zero: " + (5 / zero) + ", long / float zero: " + (5L / fzero));
        System.out.println("inf + inf = " + (inf + inf) + ", inf - inf = " + (inf - inf) + ", inf * 0 = " + (inf * zero)
                + ", inf * -1 = " + (inf * -1) + ", inf / inf = " + (inf / inf));
        System.out.println("inf + 1e308 = " + (inf + 1e308) + ", 1 / inf = " + (one / inf) + ", -1 / inf = " + (-one / inf));
        System.out.println("ninf * ninf = " + (ninf * ninf) + ", ninf + inf = " + (ninf + inf) + ", ninf - inf = " + (ninf - inf));
        System.out.println("nan + 1 = " + (nan + 1) + ", nan * 0 = " + (nan * 0) + ", -nan = " + (-nan));
        System.out.println("MAX * 2 = " + (Double.MAX_VALUE * 2) + ", -MAX * 2 = " + (-Double.MAX_VALUE * 2));
        System.out.println("MAX + MAX/1e16 = " + (Double.MAX_VALUE + Double.MAX_VALUE / 1e16));
        System.out.println("MAX + 1 == MAX: " + (Double.MAX_VALUE + 1 == Double.MAX_VALUE));
        System.out.println("fMAX * 2 = " + (Float.MAX_VALUE * 2) + ", (float)(fMAX * 2.0) = " + (float) (Float.MAX_VALUE * 2.0));
        System.out.println("fMAX * 2.0 (double) = " + (Float.MAX_VALUE * 2.0));
        System.out.println("MIN_VALUE / 2 = " + (Double.MIN_VALUE / 2) + ", MIN_VALUE * 0.5000001 = " + (Double.MIN_VALUE * 0.5000001));
        System.out.println("fMIN_VALUE / 2 = " + (Float.MIN_VALUE / 2) + ", fMIN_VALUE * 0.75 = " + (Float.MIN_VALUE * 0.75f));
        System.out.println("1e308 * 10 = " + (1e308 * 10) + ", 1e-308 / 1e10 = " + (1e-308 / 1e10) + ", 1e-320 / 1e10 = " + (1e-320 / 1e10));
        System.out.println("POSITIVE_INFINITY == inf: " + (Double.POSITIVE_INFINITY == inf) + ", ninf < -MAX: " + (ninf < -Double.MAX_VALUE));
        System.out.println("Float.POSITIVE_INFINITY == (float) inf: " + (Float.POSITIVE_INFINITY == (float) inf));
        System.out.println("(float) 1e39 = " + (float) 1e39 + ", (float) -1e39 = " + (float) -1e39 + ", (float) 1e-50 = " + (float) 1e-50
                + ", (float) -1e-50 = " + (float) -1e-50);
        System.out.println("Double.toString(inf) = " + Double.toString(inf) + ", Float.toString(-inf) = " + Float.toString(Float.NEGATIVE_INFINITY));
        System.out.println("isInfinite(inf) = " + Double.isInfinite(inf) + ", isInfinite(nan) = " + Double.isInfinite(nan)
                + ", Float.isInfinite(1e38f*10) = " + Float.isInfinite(1e38f * 10) + ", Float.isNaN(fzero/fzero) = " + Float.isNaN(fzero / fzero));
        System.out.println("Math.sqrt(inf) = " + Math.sqrt(inf) + ", Math.sqrt(ninf) = " + Math.sqrt(ninf) + ", Math.abs(ninf) = " + Math.abs(ninf));
        System.out.println("Math.min(inf, nan) = " + Math.min(inf, nan) + ", Math.max(ninf, 5) = " + Math.max(ninf, 5));
        System.out.println("Math.floor(inf) = " + Math.floor(inf) + ", Math.ceil(ninf) = " + Math.ceil(ninf) + ", Math.rint(nan) = " + Math.rint(nan));
        // growth until overflow
        double g = 1;
        int steps = 0;
        while (!Double.isInfinite(g)) { g *= 10; steps++; }
        System.out.println("steps to overflow by *10: " + steps);
        float gf = 1;
        steps = 0;
        while (gf != Float.POSITIVE_INFINITY) { gf *= 10; steps++; }
        System.out.println("float steps to overflow by *10: " + steps);
        double s = 1;
        steps = 0;
        while (s != 0) { s /= 2; steps++; }
        System.out.println("steps to underflow by /2: " + steps);
        float sf = 1;
        steps = 0;
        while (sf != 0) { sf /= 2; steps++; }
        System.out.println("float steps to underflow by /2: " + steps);
        // infinity in comparisons and sorting by hand
        double[] arr = {3, inf, -1, ninf, 0, 1e308};
        for (int i = 1; i < arr.length; i++) {
            double key = arr[i];
            int j = i - 1;
            while (j >= 0 && arr[j] > key) { arr[j + 1] = arr[j]; j--; }
            arr[j + 1] = key;
        }
        StringBuilder sb = new StringBuilder();
        for (double d : arr) sb.append(d).append(' ');
        System.out.println("sorted: " + sb);
        System.out.println("bits inf = " + Long.toHexString(Double.doubleToLongBits(inf)) + ", bits ninf = " + Long.toHexString(Double.doubleToLongBits(ninf))
                + ", bits nan = " + Long.toHexString(Double.doubleToLongBits(nan)) + ", float bits inf = " + Integer.toHexString(Float.floatToIntBits(Float.POSITIVE_INFINITY)));
    }
}
