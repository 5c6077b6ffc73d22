public class WideElementArrays {
    static long[] lfield = new long[8];
    static double[] dfield = {1.0, 2.0};

    static long sum(long[] a) { long s = 0; for (long v : a) s += v; return s; }
    static double sum(double[] a) { double s = 0; for (double v : a) s += v; return s; }
    static float sum(float[] a) { float s = 0; for (float v : a) s += v; return s; }

    public static void main(String[] args) {
        long[] la = new long[20];
        la[0] = 1;
        la[1] = 1;
        for (int i = 2; i < la.length; i++) la[i] = la[i - 1] * 3 + la[i - 2] * 7 - i;
        System.out.println("la[19] = " + la[19] + ", sum = " + sum(la));
        // long elements near limits and bit patterns
        long[] bits = {0x8000000000000000L, 0x7FFFFFFFFFFFFFFFL, 0xAAAAAAAAAAAAAAAAL, 0x5555555555555555L, -1L, 0L};
        long x = 0;
        for (long b : bits) x ^= b;
        System.out.println("xor of patterns = " + x);
        for (int i = 0; i < bits.length; i++) bits[i] >>>= i * 8;
        StringBuilder sb = new StringBuilder();
        for (long b : bits) sb.append(Long.toHexString(b)).append(' ');
        System.out.println("shifted: " + sb);
        // static field arrays
        for (int i = 0; i < lfield.length; i++) lfield[i] = (long) i << (i * 8);
        System.out.println("static long[] sum = " + sum(lfield) + ", last = " + lfield[7]);
        dfield[1] += 0.5;
        dfield = new double[]{dfield[0], dfield[1], -dfield[1]};
        System.out.println("static double[] sum = " + sum(dfield) + ", len " + dfield.length);
        // double arrays with special values
        double[] ds = {0.1, 0.2, 0.3, Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE, -0.0};
        System.out.println("double sum with max/-max = " + sum(ds));
        ds[3] = Double.POSITIVE_INFINITY;
        System.out.println("sum with inf and -max = " + sum(ds));
        ds[4] = Double.NEGATIVE_INFINITY;
        System.out.println("sum with inf and -inf = " + sum(ds));
        double[] exact = new double[10];
        for (int i = 0; i < exact.length; i++) exact[i] = Math.scalb(1.0, -i);
        System.out.println("sum of 2^-i = " + sum(exact) + " bits " + Long.toHexString(Double.doubleToLongBits(sum(exact))));
        // float arrays accumulate in float
        float[] fa = new float[100];
        for (int i = 0; i < fa.length; i++) fa[i] = 0.01f * i;
        System.out.println("float sum = " + sum(fa) + " bits " + Integer.toHexString(Float.floatToIntBits(sum(fa))));
        double[] fd = new double[100];
        for (int i = 0; i < fd.length; i++) fd[i] = 0.01f * i;
        System.out.println("same values summed as double = " + sum(fd));
        // compound ops on wide elements
        long[] c = {5, 6, 7};
        c[0] *= c[1]--;
        c[2] <<= c[1];
        c[1] = c[0]++ + ++c[2];
        System.out.println("compound long elems: " + c[0] + " " + c[1] + " " + c[2]);
        double[] dc = {1.5, 2.5};
        dc[0] /= dc[1]++;
        dc[1] %= 1.25;
        System.out.println("compound double elems: " + dc[0] + " " + dc[1]);
        // 2D long array: number of lattice paths
        long[][] paths = new long[18][18];
        for (int i = 0; i < 18; i++) { paths[i][0] = 1; paths[0][i] = 1; }
        for (int i = 1; i < 18; i++) for (int j = 1; j < 18; j++) paths[i][j] = paths[i - 1][j] + paths[i][j - 1];
        System.out.println("lattice paths 17x17 = " + paths[17][17]);
        // swap long/double elements through temporaries
        long[] p = {Long.MIN_VALUE, Long.MAX_VALUE};
        long t = p[0]; p[0] = p[1]; p[1] = t;
        double[] q = {-0.0, Double.NaN};
        double u = q[0]; q[0] = q[1]; q[1] = u;
        System.out.println("swapped: " + p[0] + " " + p[1] + " " + q[0] + " " + q[1]);
        // mixed conversions on array elements
        int[] ints = {Integer.MAX_VALUE, Integer.MIN_VALUE, -1};
        long[] widened = new long[ints.length];
        double[] asDouble = new double[ints.length];
        float[] asFloat = new float[ints.length];
        for (int i = 0; i < ints.length; i++) { widened[i] = ints[i]; asDouble[i] = ints[i]; asFloat[i] = ints[i]; }
        System.out.println("widened: " + widened[0] + " " + widened[1] + " " + widened[2] + ", doubles " + asDouble[0] + " " + asDouble[1]
                + ", floats as long " + (long) asFloat[0] + " " + (long) asFloat[1]);
    }
}
