public class ReferenceArrays {
    static class Point {
        final int x, y;
        Point(int x, int y) { this.x = x; this.y = y; }
        public String toString() { return "(" + x + "," + y + ")"; }
    }

    public static void main(String[] args) {
        String[] strs = new String[3];
        System.out.println("default String elements: " + strs[0] + " " + strs[1] + " " + strs[2] + ", class " + strs.getClass().getName());
        strs[1] = "middle";
        System.out.println("after store: " + strs[0] + " " + strs[1] + " " + strs[2]);
        Object[] objs = {1, "two", 3.0, 'c', null, new int[]{5}, new Point(1, 2)};
        for (int k = 0; k < objs.length; k++) {
            Object o = objs[k];
            System.out.println("objs[" + k + "] = " + (o instanceof int[] ? "int[] of length " + ((int[]) o).length : String.valueOf(o))
                    + " : " + (o == null ? "null" : o.getClass().getName()));
        }
        Point[] pts = new Point[4];
        for (int k = 0; k < pts.length; k++) pts[k] = new Point(k, k * k);
        StringBuilder sb = new StringBuilder();
        for (Point p : pts) sb.append(p);
        System.out.println("points: " + sb + ", class " + pts.getClass().getName());
        // aliasing
        Point[] alias = pts;
        alias[0] = new Point(-1, -1);
        System.out.println("alias write visible: " + pts[0] + ", same array: " + (alias == pts));
        // arrays of arrays of objects
        String[][] table = {
                {"a", "b", "c"},
                {"d"},
                {},
                null,
                {"e", null, "f"}};
        for (int r = 0; r < table.length; r++) {
            if (table[r] == null) {
                System.out.println("row " + r + ": null");
                continue;
            }
            sb.setLength(0);
            for (String s : table[r]) sb.append(s).append(' ');
            System.out.println("row " + r + " (" + table[r].length + "): " + sb);
        }
        System.out.println("table class: " + table.getClass().getName() + ", row class: " + table[0].getClass().getName());
        Object[][] mixed = new Object[2][];
        mixed[0] = new String[]{"x", "y"};
        mixed[1] = new Integer[]{1, 2, 3};
        System.out.println("mixed rows: " + mixed[0].getClass().getName() + " " + mixed[1].getClass().getName() + " lengths " + mixed[0].length + " " + mixed[1].length);
        // Object holding arrays
        Object arrAsObj = new long[]{7L, 8L};
        if (arrAsObj instanceof long[]) {
            long[] la = (long[]) arrAsObj;
            System.out.println("Object is long[] with sum " + (la[0] + la[1]));
        }
        System.out.println("int[] instanceof Object: " + (new int[0] instanceof Object) + ", String[] instanceof Object[]: " + (strs instanceof Object[]));
        Object o2 = new Point[0];
        System.out.println("Point[] instanceof Object[]: " + (o2 instanceof Object[]) + ", instanceof Point[]: " + (o2 instanceof Point[])
                + ", instanceof String[]: " + (o2 instanceof String[]));
        Object o3 = new int[0][];
        System.out.println("int[][] instanceof Object[]: " + (o3 instanceof Object[]) + ", instanceof int[][]: " + (o3 instanceof int[][]));
        // null array
        int[] nul = null;
        try {
            System.out.println(nul.length);
        } catch (NullPointerException e) {
            System.out.println("length of null array -> NullPointerException");
        }
        try {
            nul[0] = 1;
        } catch (NullPointerException e) {
            System.out.println("store into null array -> NullPointerException");
        }
        // array of boxed with null elements
        Integer[] boxed = new Integer[3];
        boxed[0] = 5;
        int total = 0;
        for (Integer v : boxed) if (v != null) total += v;
        System.out.println("boxed total = " + total);
        try {
            int bad = boxed[1];
            System.out.println(bad);
        } catch (NullPointerException e) {
            System.out.println("unboxing null element -> NullPointerException");
        }
        // string array manipulation
        String[] words = {"the", "quick", "brown", "fox", "jumps", "over", "the", "lazy", "dog"};
        String longest = "";
        for (String w : words) if (w.length() > longest.length()) longest = w;
        System.out.println("words=" + words.length + " longest=" + longest);
        for (int k = 0; k < words.length / 2; k++) {
            String t = words[k];
            words[k] = words[words.length - 1 - k];
            words[words.length - 1 - k] = t;
        }
        System.out.println("reversed: " + String.join(" ", words));
    }
}
