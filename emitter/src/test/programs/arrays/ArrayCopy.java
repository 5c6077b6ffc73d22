// javac-flags: -XDstringConcat=inline
public class ArrayCopy {
    static String str(int[] a) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < a.length; i++) sb.append(i == 0 ? "" : ",").append(a[i]);
        return sb.append(']').toString();
    }

    static int[] seq(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) a[i] = i;
        return a;
    }

    static void tryCopy(String label, Object src, int sp, Object dst, int dp, int len) {
        try {
            System.arraycopy(src, sp, dst, dp, len);
            System.out.println(label + ": ok");
        } catch (IndexOutOfBoundsException e) {
            System.out.println(label + ": " + e.getClass().getName() + ": " + e.getMessage());
        } catch (RuntimeException e) {
            // ArrayStoreException / NullPointerException texts from arraycopy are VM-specific; print only the class
            System.out.println(label + ": " + e.getClass().getName());
        }
    }

    public static void main(String[] args) {
        int[] a = seq(10);
        int[] b = new int[10];
        System.arraycopy(a, 2, b, 5, 4);
        System.out.println("simple copy: " + str(b));
        a = seq(10);
        System.arraycopy(a, 0, a, 3, 6);
        System.out.println("overlap forward (src < dst): " + str(a));
        a = seq(10);
        System.arraycopy(a, 3, a, 0, 6);
        System.out.println("overlap backward (src > dst): " + str(a));
        a = seq(10);
        System.arraycopy(a, 1, a, 2, 8);
        System.out.println("overlap by one: " + str(a));
        a = seq(10);
        System.arraycopy(a, 4, a, 4, 5);
        System.out.println("self copy same position: " + str(a));
        a = seq(5);
        System.arraycopy(a, 0, b, 0, 0);
        System.arraycopy(a, 5, b, 10, 0);
        System.out.println("zero-length copies at the ends: ok");
        // other element types
        long[] la = {1L << 40, -1L, 7L};
        long[] lb = new long[5];
        System.arraycopy(la, 0, lb, 1, 3);
        System.out.println("long copy: " + lb[0] + " " + lb[1] + " " + lb[2] + " " + lb[3] + " " + lb[4]);
        double[] da = {0.5, -0.0, Double.NaN, 1e300};
        System.arraycopy(da, 1, da, 0, 3);
        System.out.println("double overlap: " + da[0] + " " + da[1] + " " + da[2] + " " + da[3]);
        char[] ca = "abcdefgh".toCharArray();
        System.arraycopy(ca, 0, ca, 2, 5);
        System.out.println("char overlap: " + new String(ca));
        byte[] bya = {1, 2, 3, 4, 5, 6, 7, 8};
        System.arraycopy(bya, 2, bya, 1, 6);
        System.out.println("byte overlap: " + bya[0] + bya[1] + bya[2] + bya[3] + bya[4] + bya[5] + bya[6] + bya[7]);
        boolean[] za = {true, false, true};
        boolean[] zb = new boolean[3];
        System.arraycopy(za, 0, zb, 0, 3);
        System.out.println("boolean copy: " + zb[0] + " " + zb[1] + " " + zb[2]);
        String[] sa = {"a", "b", "c", "d"};
        System.arraycopy(sa, 0, sa, 1, 3);
        System.out.println("String overlap: " + sa[0] + sa[1] + sa[2] + sa[3]);
        Object[] oa = new Object[4];
        System.arraycopy(sa, 0, oa, 0, 4);
        System.out.println("String[] -> Object[]: " + oa[0] + oa[3] + " class " + oa.getClass().getName());
        Object[] mixed = {"x", "y", 3, "z"};
        String[] dst = new String[4];
        tryCopy("Object[] with Integer -> String[]", mixed, 0, dst, 0, 4);
        System.out.println("  partial copy before failure: " + dst[0] + " " + dst[1] + " " + dst[2] + " " + dst[3]);
        Object[] allStrings = {"p", "q"};
        tryCopy("Object[] holding only Strings -> String[]", allStrings, 0, dst, 2, 2);
        System.out.println("  dst now: " + dst[0] + dst[1] + dst[2] + dst[3]);
        // errors
        int[] five = seq(5);
        int[] three = new int[3];
        tryCopy("src end out of bounds", five, 3, three, 0, 3);
        tryCopy("dst end out of bounds", five, 0, three, 1, 3);
        tryCopy("negative length", five, 0, three, 0, -1);
        tryCopy("negative src pos", five, -1, three, 0, 1);
        tryCopy("negative dst pos", five, 0, three, -2, 1);
        tryCopy("src pos beyond length", five, 6, three, 0, 0);
        tryCopy("String[] src end out of bounds", sa, 2, new String[4], 0, 3);
        tryCopy("double[] dst out of bounds", new double[2], 0, new double[1], 0, 2);
        tryCopy("byte[] negative length", new byte[2], 0, new byte[2], 0, -5);
        tryCopy("long[][] dst pos out of bounds", new long[2][], 0, new long[2][], 3, 0);
        tryCopy("int[] -> long[]", five, 0, new long[5], 0, 1);
        tryCopy("int[] -> Object[]", five, 0, new Object[5], 0, 1);
        tryCopy("String[] -> int[]", sa, 0, five, 0, 1);
        tryCopy("src not an array", "hello", 0, five, 0, 1);
        tryCopy("dst not an array", five, 0, new StringBuilder(), 0, 1);
        tryCopy("null src", null, 0, five, 0, 1);
        tryCopy("null dst", five, 0, null, 0, 1);
        tryCopy("int[][] -> Object[]", new int[][]{{1}, {2}}, 0, new Object[2], 0, 2);
        tryCopy("int[][] -> long[][]", new int[][]{{1}}, 0, new long[1][], 0, 1);
        System.out.println("five unchanged: " + str(five));
        // shifting elements to insert/delete like an ArrayList
        int[] list = new int[8];
        int size = 0;
        int[] inserts = {5, 1, 9, 3, 7};
        for (int v : inserts) {
            int pos = 0;
            while (pos < size && list[pos] < v) pos++;
            System.arraycopy(list, pos, list, pos + 1, size - pos);
            list[pos] = v;
            size++;
        }
        System.arraycopy(list, 2, list, 1, size - 2);
        size--;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < size; i++) sb.append(list[i]).append(' ');
        System.out.println("sorted insert then delete index 1: " + sb);
    }
}
