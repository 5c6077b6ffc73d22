public class ArrayInitializers {
    static final int[] PRIMES = {2, 3, 5, 7, 11, 13};
    static final String[] NAMES;
    static int[][] table = {{1}, {2, 3}, {4, 5, 6}};
    static long[] powers = new long[10];

    static {
        NAMES = new String[]{"zero", "one", "two"};
        for (int i = 0; i < powers.length; i++) powers[i] = 1L << (i * 6);
    }

    static int sum(int... xs) {
        int s = 0;
        for (int x : xs) s += x;
        return s;
    }

    static String describe(String label, Object... items) {
        StringBuilder sb = new StringBuilder(label).append('(').append(items.length).append("):");
        for (Object o : items) sb.append(' ').append(o);
        return sb.toString();
    }

    static int count(int first, long... rest) { return 1 + rest.length; }

    static String arr(int[] a) {
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < a.length; i++) sb.append(i > 0 ? "," : "").append(a[i]);
        return sb.append('}').toString();
    }

    public static void main(String[] args) {
        System.out.println("PRIMES = " + arr(PRIMES) + ", NAMES[2] = " + NAMES[2] + ", table[2][2] = " + table[2][2] + ", powers[9] = " + powers[9]);
        // static final arrays are mutable
        PRIMES[0] = 1;
        System.out.println("PRIMES after write = " + arr(PRIMES));
        // varargs
        System.out.println("sum() = " + sum() + ", sum(1) = " + sum(1) + ", sum(1,2,3) = " + sum(1, 2, 3) + ", sum(new int[]{4,5}) = " + sum(new int[]{4, 5}));
        System.out.println(describe("none"));
        System.out.println(describe("mixed", 1, "two", 3.0, 'c', null));
        System.out.println(describe("array as varargs", (Object[]) new String[]{"a", "b"}));
        System.out.println(describe("array length boxed", (Object) new String[]{"a", "b"}.length));
        System.out.println("count(1) = " + count(1) + ", count(1, 2, 3) = " + count(1, 2L, 3));
        // anonymous arrays and nested initializers
        int total = 0;
        for (int v : new int[]{10, 20, 30}) total += v;
        System.out.println("anonymous array total = " + total);
        int[][] jag = {{}, {1}, {1, 2}, null};
        System.out.println("jag lengths " + jag[0].length + " " + jag[1].length + " " + jag[2].length + " " + (jag[3] == null));
        Object[] nested = {new int[]{1}, new String[][]{{"deep"}}, new Object[]{new Object[]{"deeper"}}};
        System.out.println("nested: " + ((String[][]) nested[1])[0][0] + " " + ((Object[]) ((Object[]) nested[2])[0])[0]);
        // trailing commas allowed
        char[] trailing = {'a', 'b',};
        System.out.println("trailing comma length " + trailing.length);
        // initializer with expressions and side effects evaluated left to right
        int[] counter = {0};
        int[] evald = {counter[0]++, counter[0]++ * 10, ++counter[0] * 100};
        System.out.println("evaluated initializer: " + arr(evald) + ", counter = " + counter[0]);
        // initializers of every primitive type
        boolean[] zs = {true, false};
        byte[] bs = {-128, 127, (byte) 255};
        short[] ss = {-32768, 32767};
        long[] ls = {1, 2L, 'c', (byte) 4};
        float[] fs = {1, 2.5f, 'a', 3L};
        double[] dsx = {1, 2.5f, 3.25, 'b', 7L};
        System.out.println("typed initializers: " + zs[0] + " " + bs[2] + " " + ss[0] + " " + ls[2] + " " + fs[2] + " " + fs[3] + " " + dsx[1] + " " + dsx[3]);
        // array creation with dimension expressions evaluated first
        int n = 2;
        int[][] made = new int[n++][n++];
        System.out.println("new int[n++][n++] -> " + made.length + "x" + made[0].length + ", n = " + n);
        // arrays in local class and enhanced for over method call result
        int acc = 0;
        for (int v : squares(6)) acc += v;
        System.out.println("sum of squares(6) = " + acc);
        String[] copy = NAMES.clone();
        copy[0] = "ZERO";
        System.out.println("NAMES unchanged by clone write: " + NAMES[0]);
    }

    static int[] squares(int n) {
        int[] r = new int[n];
        for (int i = 0; i < n; i++) r[i] = i * i;
        return r;
    }
}
