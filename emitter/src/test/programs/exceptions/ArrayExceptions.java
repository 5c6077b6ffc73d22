public class ArrayExceptions {
    static int idx(int i) { return i; }

    static String run(int k) {
        try {
            switch (k) {
                case 0: { int[] a = new int[2]; return "read " + a[idx(3)]; }
                case 1: { int[] a = new int[2]; a[idx(-1)] = 1; return "write"; }
                case 2: { long[] a = new long[0]; return "empty " + a[0]; }
                case 3: { String[] a = { "x", "y", "z" }; return "obj " + a[idx(3)]; }
                case 4: { char[] a = "abc".toCharArray(); return "char " + a[idx(10)]; }
                case 5: { byte[] a = new byte[4]; a[idx(Integer.MIN_VALUE)] = 1; return "min"; }
                case 6: { int[][] m = new int[3][4]; return "2d " + m[2][idx(4)]; }
                case 7: { int[][] m = new int[3][4]; return "2d outer " + m[idx(5)][0]; }
                case 8: { double[] d = new double[5]; d[idx(5)] += 1; return "compound"; }
                case 9: { boolean[] b = new boolean[1]; return "bool " + b[idx(1)]; }
                case 10: { int[] a = new int[idx(-5)]; return "neg " + a.length; }
                case 11: { Object[] a = new String[idx(-1)]; return "neg obj " + a.length; }
                case 12: { int[][] m = new int[2][idx(-3)]; return "neg 2d " + m.length; }
                case 13: { Object[] a = new String[2]; a[0] = Integer.valueOf(1); return "store"; }
                case 14: { Object[] a = new Integer[2]; a[1] = "str"; return "store2"; }
                case 15: { Number[] a = new Long[1]; a[0] = Double.valueOf(1.5); return "store3"; }
                case 16: { Object[] a = new int[1][]; a[0] = new long[1]; return "store4"; }
                case 17: { Object[] a = new Object[1]; a[0] = "fine"; Object[] b = new String[1]; b[0] = null; return "stores ok"; }
                case 18: { Object[] a = new CharSequence[1]; a[0] = new StringBuilder("sb"); a[0] = "s"; return "iface store ok"; }
                default: return "ok";
            }
        } catch (ArrayIndexOutOfBoundsException e) {
            return "case " + k + ": " + e.getClass().getName() + ": " + e.getMessage();
        } catch (NegativeArraySizeException e) {
            return "case " + k + ": " + e.getClass().getName() + ": " + e.getMessage();
        } catch (ArrayStoreException e) {
            return "case " + k + ": " + e.getClass().getName() + ": " + e.getMessage();
        }
    }

    public static void main(String[] args) {
        for (int k = 0; k <= 19; k++) System.out.println(run(k));
        int[] arr = new int[5];
        int writes = 0;
        for (int i = -2; i < 8; i++) {
            try {
                arr[i] = i;
                writes++;
            } catch (ArrayIndexOutOfBoundsException e) {
                System.out.println("skip " + e.getMessage());
            }
        }
        System.out.println("writes=" + writes + " arr=" + arr[0] + arr[1] + arr[2] + arr[3] + arr[4]);
        try {
            int[] a = new int[3];
            a[3] = 1;
        } catch (IndexOutOfBoundsException e) {
            System.out.println("caught as IndexOutOfBoundsException: " + e.getClass().getName());
        }
        try {
            "abc".charAt(5);
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("string index: " + e.getClass().getName());
        }
        int[] big = new int[0];
        System.out.println("zero-length ok len=" + big.length);
    }
}
