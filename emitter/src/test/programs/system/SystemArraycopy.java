public class SystemArraycopy {
    static String str(int[] a) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < a.length; i++) { if (i > 0) sb.append(','); sb.append(a[i]); }
        return sb.append(']').toString();
    }
    static String str(Object[] a) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < a.length; i++) { if (i > 0) sb.append(','); sb.append(a[i]); }
        return sb.append(']').toString();
    }
    static int[] seq(int n) { int[] a = new int[n]; for (int i = 0; i < n; i++) a[i] = i; return a; }

    static void tryCopy(String label, Object src, int sp, Object dst, int dp, int len) {
        try {
            System.arraycopy(src, sp, dst, dp, len);
            System.out.println(label + ": ok");
        } catch (RuntimeException e) {
            System.out.println(label + ": " + e.getClass().getName());
        }
    }

    public static void main(String[] args) {
        int[] a = seq(10);
        int[] b = new int[10];
        System.arraycopy(a, 0, b, 0, 10);
        System.out.println("full copy=" + str(b));
        int[] c = new int[5];
        System.arraycopy(a, 3, c, 1, 3);
        System.out.println("partial copy=" + str(c));
        int[] over = seq(10);
        System.arraycopy(over, 0, over, 2, 6);
        System.out.println("overlap forward=" + str(over));
        over = seq(10);
        System.arraycopy(over, 3, over, 0, 7);
        System.out.println("overlap backward=" + str(over));
        over = seq(5);
        System.arraycopy(over, 1, over, 1, 3);
        System.out.println("self same position=" + str(over));
        System.arraycopy(a, 0, b, 0, 0);
        System.out.println("zero length ok");
        System.arraycopy(a, 10, b, 10, 0);
        System.out.println("zero length at end ok");
        long[] la = { 1L << 40, -1L, 7L };
        long[] lb = new long[4];
        System.arraycopy(la, 0, lb, 1, 3);
        System.out.println("long copy=" + lb[0] + "," + lb[1] + "," + lb[2] + "," + lb[3]);
        double[] da = { 0.5, 1.5 };
        double[] db = new double[2];
        System.arraycopy(da, 0, db, 0, 2);
        System.out.println("double copy=" + db[0] + "," + db[1]);
        char[] ca = "hello world".toCharArray();
        char[] cb = new char[5];
        System.arraycopy(ca, 6, cb, 0, 5);
        System.out.println("char copy=" + new String(cb));
        byte[] ba = { 1, 2, 3, 4 };
        System.arraycopy(ba, 0, ba, 1, 3);
        System.out.println("byte overlap=" + ba[0] + ba[1] + ba[2] + ba[3]);
        boolean[] za = { true, false, true };
        boolean[] zb = new boolean[3];
        System.arraycopy(za, 1, zb, 0, 2);
        System.out.println("boolean copy=" + zb[0] + "," + zb[1] + "," + zb[2]);
        short[] sa = { -1, -2, -3 };
        short[] sb = new short[3];
        System.arraycopy(sa, 0, sb, 0, 3);
        System.out.println("short copy=" + sb[0] + "," + sb[1] + "," + sb[2]);
        float[] fa = { 1.25f, 2.5f };
        float[] fb = new float[2];
        System.arraycopy(fa, 0, fb, 0, 2);
        System.out.println("float copy=" + fb[0] + "," + fb[1]);
        String[] sa2 = { "a", "b", "c", "d" };
        Object[] oa = new Object[6];
        System.arraycopy(sa2, 0, oa, 1, 4);
        System.out.println("String[] to Object[]=" + str(oa));
        Object[] mixed = { "x", "y", "z" };
        String[] sdst = new String[3];
        System.arraycopy(mixed, 0, sdst, 0, 3);
        System.out.println("Object[] of strings to String[]=" + str(sdst));
        Object[] objs = { "s1", "s2", Integer.valueOf(3), "s4" };
        String[] partial = new String[4];
        tryCopy("Object[] with Integer to String[]", objs, 0, partial, 0, 4);
        System.out.println("partial after failure=" + str(partial));
        int[][] grid = { { 1, 2 }, { 3, 4 } };
        int[][] gcopy = new int[2][];
        System.arraycopy(grid, 0, gcopy, 0, 2);
        gcopy[0][0] = 99;
        System.out.println("shallow 2d copy shares rows: grid[0][0]=" + grid[0][0] + " same row=" + (grid[0] == gcopy[0]));
        tryCopy("src index negative", a, -1, b, 0, 1);
        tryCopy("dst index negative", a, 0, b, -1, 1);
        tryCopy("negative length", a, 0, b, 0, -1);
        tryCopy("src overflow", a, 5, b, 0, 6);
        tryCopy("dst overflow", a, 0, b, 5, 6);
        tryCopy("int[] to long[]", a, 0, new long[10], 0, 1);
        tryCopy("int[] to Object[]", a, 0, new Object[10], 0, 1);
        tryCopy("src not array", "string", 0, b, 0, 1);
        tryCopy("dst not array", a, 0, new Object(), 0, 1);
        tryCopy("null src", null, 0, b, 0, 1);
        tryCopy("null dst", a, 0, null, 0, 1);
        tryCopy("Integer[] to Number[]", new Integer[] { 1, 2 }, 0, new Number[2], 0, 2);
        tryCopy("Number[] (Longs) to Integer[]", new Number[] { 1L }, 0, new Integer[1], 0, 1);
        int[] big = seq(10000);
        int[] big2 = new int[10000];
        System.arraycopy(big, 0, big2, 0, big.length);
        long sum = 0;
        for (int v : big2) sum += v;
        System.out.println("big copy sum=" + sum);
        int[] grow = new int[1];
        for (int i = 0; i < 12; i++) {
            int[] g2 = new int[grow.length * 2];
            System.arraycopy(grow, 0, g2, 0, grow.length);
            g2[grow.length] = i;
            grow = g2;
        }
        System.out.println("grown length=" + grow.length + " grow[2048]=" + grow[2048]);
    }
}
