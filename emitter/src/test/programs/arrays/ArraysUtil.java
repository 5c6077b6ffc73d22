import java.util.Arrays;

public class ArraysUtil {
    public static void main(String[] args) {
        int[] a = {5, 3, 9, 1};
        System.out.println("toString(int[]) = " + Arrays.toString(a));
        System.out.println("toString(empty) = " + Arrays.toString(new int[0]) + ", toString(null) = " + Arrays.toString((int[]) null));
        System.out.println("toString(long[]) = " + Arrays.toString(new long[]{Long.MIN_VALUE, 0}));
        System.out.println("toString(double[]) = " + Arrays.toString(new double[]{-0.0, 1.5, Double.NaN}));
        System.out.println("toString(char[]) = " + Arrays.toString(new char[]{'a', 'b'}) + ", toString(boolean[]) = " + Arrays.toString(new boolean[]{true, false}));
        System.out.println("toString(String[]) = " + Arrays.toString(new String[]{"x", null, "z"}));
        System.out.println("toString(byte[]) = " + Arrays.toString(new byte[]{-1, 127}) + ", toString(short[]) = " + Arrays.toString(new short[]{-300})
                + ", toString(float[]) = " + Arrays.toString(new float[]{0.1f}));
        System.out.println("deepToString = " + Arrays.deepToString(new int[][]{{1, 2}, {3}, {}}) + " " + Arrays.deepToString(new Object[]{"a", new String[]{"b", "c"}, null}));
        int[] filled = new int[5];
        Arrays.fill(filled, 7);
        System.out.println("fill 7: " + Arrays.toString(filled));
        Arrays.fill(filled, 1, 3, -1);
        System.out.println("fill [1,3) -1: " + Arrays.toString(filled));
        char[] cs = new char[4];
        Arrays.fill(cs, '*');
        System.out.println("fill chars: " + new String(cs));
        String[] ss = new String[3];
        Arrays.fill(ss, "s");
        System.out.println("fill strings: " + Arrays.toString(ss));
        System.out.println("equals same content: " + Arrays.equals(new int[]{1, 2}, new int[]{1, 2}) + ", different: " + Arrays.equals(new int[]{1, 2}, new int[]{2, 1})
                + ", different length: " + Arrays.equals(new int[]{1}, new int[]{1, 0}) + ", both null: " + Arrays.equals((int[]) null, null));
        System.out.println("equals doubles NaN: " + Arrays.equals(new double[]{Double.NaN}, new double[]{Double.NaN}) + ", -0.0 vs 0.0: " + Arrays.equals(new double[]{-0.0}, new double[]{0.0}));
        System.out.println("equals String[]: " + Arrays.equals(new String[]{"a", null}, new String[]{"a", null}));
        System.out.println("deepEquals: " + Arrays.deepEquals(new int[][]{{1}, {2, 3}}, new int[][]{{1}, {2, 3}}) + ", plain equals on 2D: " + Arrays.equals(new int[][]{{1}}, new int[][]{{1}}));
        System.out.println("hashCode(int[]{1,2,3}) = " + Arrays.hashCode(new int[]{1, 2, 3}) + ", hashCode(long[]{1L<<32}) = " + Arrays.hashCode(new long[]{1L << 32})
                + ", hashCode(String[]{\"a\",\"b\"}) = " + Arrays.hashCode(new String[]{"a", "b"}) + ", hashCode(null) = " + Arrays.hashCode((int[]) null));
        int[] copy = Arrays.copyOf(a, 6);
        System.out.println("copyOf grow: " + Arrays.toString(copy) + ", shrink: " + Arrays.toString(Arrays.copyOf(a, 2)));
        System.out.println("copyOfRange(1, 3): " + Arrays.toString(Arrays.copyOfRange(a, 1, 3)) + ", past end: " + Arrays.toString(Arrays.copyOfRange(a, 2, 6)));
        String[] sc = Arrays.copyOf(new String[]{"p"}, 3);
        System.out.println("copyOf String[]: " + Arrays.toString(sc) + " class " + sc.getClass().getName());
        int[] sorted = a.clone();
        Arrays.sort(sorted);
        System.out.println("sort: " + Arrays.toString(sorted));
        System.out.println("binarySearch 9 -> " + Arrays.binarySearch(sorted, 9) + ", 4 -> " + Arrays.binarySearch(sorted, 4) + ", 0 -> " + Arrays.binarySearch(sorted, 0)
                + ", 100 -> " + Arrays.binarySearch(sorted, 100));
        String[] names = {"delta", "alpha", "charlie", "bravo"};
        Arrays.sort(names);
        System.out.println("sort strings: " + Arrays.toString(names));
        double[] ds = {3.0, -0.0, Double.NaN, 0.0, -5.5};
        Arrays.sort(ds);
        System.out.println("sort doubles: " + Arrays.toString(ds));
        try {
            Arrays.copyOfRange(a, 3, 1);
        } catch (IllegalArgumentException e) {
            System.out.println("copyOfRange(3, 1): IllegalArgumentException");
        }
        try {
            Arrays.fill(filled, 4, 9, 0);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("fill out of range: ArrayIndexOutOfBoundsException");
        }
        try {
            Arrays.copyOf(a, -1);
        } catch (NegativeArraySizeException e) {
            System.out.println("copyOf(-1): NegativeArraySizeException");
        }
    }
}
