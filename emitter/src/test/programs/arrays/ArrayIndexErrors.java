public class ArrayIndexErrors {
    static int idx(int v) { return v; }

    public static void main(String[] args) {
        int[] a = new int[3];
        int[] probes = {0, 2, 3, 5, -1, Integer.MIN_VALUE, Integer.MAX_VALUE};
        for (int p : probes) {
            try {
                a[idx(p)] = 7;
                System.out.println("store a[" + p + "] ok");
            } catch (ArrayIndexOutOfBoundsException e) {
                System.out.println("store a[" + p + "]: " + e.getMessage());
            }
            try {
                System.out.println("load a[" + p + "] = " + a[idx(p)]);
            } catch (ArrayIndexOutOfBoundsException e) {
                System.out.println("load a[" + p + "]: " + e.getMessage());
            }
        }
        Object[] arrays = {new boolean[2], new byte[2], new short[2], new char[2], new long[2], new float[2], new double[2], new String[2], new int[2][2]};
        for (Object arr : arrays) {
            try {
                if (arr instanceof boolean[]) ((boolean[]) arr)[2] = true;
                else if (arr instanceof byte[]) ((byte[]) arr)[-1] = 1;
                else if (arr instanceof short[]) System.out.println(((short[]) arr)[2]);
                else if (arr instanceof char[]) ((char[]) arr)[10] = 'x';
                else if (arr instanceof long[]) System.out.println(((long[]) arr)[-5]);
                else if (arr instanceof float[]) ((float[]) arr)[2] += 1;
                else if (arr instanceof double[]) ((double[]) arr)[3]++;
                else if (arr instanceof String[]) System.out.println(((String[]) arr)[2].length());
                else ((int[][]) arr)[1][2] = 4;
                System.out.println(arr.getClass().getName() + ": no exception");
            } catch (ArrayIndexOutOfBoundsException e) {
                System.out.println(arr.getClass().getName() + ": " + e.getClass().getName() + ": " + e.getMessage());
            }
        }
        // empty array
        String[] empty = {};
        try {
            System.out.println(empty[0]);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("empty[0]: " + e.getMessage());
        }
        // index computed with side effects: the increment happens before the exception
        int i = 2;
        try {
            a[i++] = a[i++];
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("a[i++] = a[i++]: " + e.getMessage() + ", i = " + i);
        }
        // value is evaluated before the store checks the index? (JLS: index evaluated, then rhs, then check)
        int[] order = new int[1];
        int[] log = new int[4];
        int step = 0;
        try {
            order[log[step++] = 5] = (log[step++] = 6);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("evaluation before store check: steps = " + step + ", log = " + log[0] + "," + log[1] + " msg " + e.getMessage());
        }
        // negative sizes
        int[] sizes = {-1, -100, Integer.MIN_VALUE};
        for (int s : sizes) {
            try {
                int[] bad = new int[idx(s)];
                System.out.println("allocated " + bad.length);
            } catch (NegativeArraySizeException e) {
                System.out.println("new int[" + s + "]: " + e.getClass().getName() + ": " + e.getMessage());
            }
        }
        try {
            Object[] bad = new String[idx(-3)];
            System.out.println(bad.length);
        } catch (NegativeArraySizeException e) {
            System.out.println("new String[-3]: " + e.getMessage());
        }
        try {
            int[][] bad = new int[idx(2)][idx(-4)];
            System.out.println(bad.length);
        } catch (NegativeArraySizeException e) {
            System.out.println("new int[2][-4]: " + e.getMessage());
        }
        try {
            int[][] bad = new int[idx(-2)][idx(4)];
            System.out.println(bad.length);
        } catch (NegativeArraySizeException e) {
            System.out.println("new int[-2][4]: " + e.getMessage());
        }
        try {
            long[][][] bad = new long[idx(1)][idx(0)][idx(-7)];
            System.out.println("new long[1][0][-7] allocated? length " + bad.length);
        } catch (NegativeArraySizeException e) {
            System.out.println("new long[1][0][-7]: " + e.getMessage());
        }
        try {
            double[] bad = new double[idx(0)];
            System.out.println("new double[0] ok, length " + bad.length);
        } catch (NegativeArraySizeException e) {
            System.out.println("unexpected " + e.getMessage());
        }
        // loop that runs one past the end, caught
        int[] data = {1, 2, 3, 4};
        int sum = 0;
        try {
            for (int k = 0; k <= data.length; k++) sum += data[k];
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("off-by-one loop: sum so far " + sum + ", " + e.getMessage());
        }
        // exception is an IndexOutOfBoundsException too
        try {
            data[4] = 0;
        } catch (IndexOutOfBoundsException e) {
            System.out.println("caught as IndexOutOfBoundsException: " + e.getClass().getName());
        }
    }
}
