import java.io.Serializable;
import java.util.*;

public class InstanceofArraysAndCasts {
    public static void main(String[] args) {
        Object[] things = {new int[2], new int[2][2], new String[1], new Integer[0], new Object[0], new CharSequence[0], new Comparable[0], new long[0][], "str"};
        String[] labels = {"int[]", "int[][]", "String[]", "Integer[]", "Object[]", "CharSequence[]", "Comparable[]", "long[][]", "String"};
        for (int i = 0; i < things.length; i++) {
            Object o = things[i];
            System.out.println(labels[i] + ": Object[]=" + (o instanceof Object[]) + " Serializable=" + (o instanceof Serializable) + " Cloneable=" + (o instanceof Cloneable)
                    + " CharSequence[]=" + (o instanceof CharSequence[]) + " Comparable[]=" + (o instanceof Comparable[]) + " Number[]=" + (o instanceof Number[]) + " int[][]=" + (o instanceof int[][]));
        }
        Object strs = new String[] {"a", "b"};
        CharSequence[] cs = (CharSequence[]) strs;
        Comparable<?>[] cmp = (Comparable<?>[]) strs;
        System.out.println("array casts " + cs.length + " " + cmp[1]);
        try {
            Integer[] bad = (Integer[]) strs;
            System.out.println(bad.length);
        } catch (ClassCastException e) {
            System.out.println("String[] to Integer[]: CCE");
        }
        Object[] objs = new String[2];
        try {
            objs[0] = 1;
        } catch (ArrayStoreException e) {
            System.out.println("ArrayStoreException " + e.getMessage());
        }
        Number n = 5;
        System.out.println("numeric casts " + ((Integer) n + 1) + " " + (n instanceof Comparable<?>) + " " + ((Object) 'c' instanceof Character));
        List<Object> mixed = new ArrayList<>(List.of(1, 2L, 3.0f, 4.0, (short) 5, (byte) 6, 'x', "s"));
        double sum = 0;
        for (Object o : mixed) if (o instanceof Number num) sum += num.doubleValue();
        System.out.println("sum of numbers " + sum);
        Object nul = null;
        System.out.println("null instanceof " + (nul instanceof Object) + " cast null " + ((String) nul) + " " + (String[].class.cast(null) == null));
        int[][] jag = new int[3][];
        jag[1] = new int[] {1, 2};
        Object o2 = jag;
        System.out.println("jagged " + (o2 instanceof Object[] arr ? arr.length + " " + (arr[0] == null) + " " + (arr[1] instanceof int[] row ? row.length : -1) : "?"));
    }
}
