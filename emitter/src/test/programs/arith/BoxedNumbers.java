public class BoxedNumbers {
    static Integer boxInt(int v) { return v; }
    static Long boxLong(long v) { return v; }

    public static void main(String[] args) {
        Integer a = 1000, b = 1000;
        System.out.println("a.equals(b) = " + a.equals(b));
        System.out.println("a == b (unboxed via intValue) = " + (a.intValue() == b.intValue()));
        Integer s1 = 100, s2 = 100;
        System.out.println("small cached == : " + (s1 == s2));
        System.out.println("Integer.valueOf(-128) == Integer.valueOf(-128): " + (Integer.valueOf(-128) == Integer.valueOf(-128)));
        System.out.println("a.compareTo(b) = " + a.compareTo(b) + ", a.compareTo(999) = " + a.compareTo(999));
        System.out.println("a.hashCode() = " + a.hashCode());
        Long la = 5L;
        System.out.println("la.equals(5) (Integer) = " + la.equals(5) + ", la.equals(5L) = " + la.equals(5L));
        System.out.println("a.equals(1000L) = " + a.equals(1000L));
        Object o = 42;
        System.out.println("Object 42 is Integer: " + (o instanceof Integer) + ", is Number: " + (o instanceof Number) + ", is Long: " + (o instanceof Long));
        Number n = boxLong(1L << 40);
        System.out.println("Number intValue = " + n.intValue() + ", longValue = " + n.longValue() + ", doubleValue = " + n.doubleValue()
                + ", shortValue = " + n.shortValue() + ", byteValue = " + n.byteValue());
        Number n2 = boxInt(-129);
        System.out.println("Integer(-129).byteValue = " + n2.byteValue() + ", floatValue = " + n2.floatValue());
        // arithmetic on boxed values (unbox, op, box)
        Integer x = 7;
        Integer y = x * 6;
        x += y;
        System.out.println("x = " + x + ", y = " + y);
        Long big = Long.MAX_VALUE;
        big = big + 1;
        System.out.println("big + 1 = " + big);
        Short sh = (short) 300;
        Byte by = (byte) -3;
        Character ch = 'k';
        int sum = sh + by + ch;
        System.out.println("Short + Byte + Character = " + sum);
        System.out.println("Character.valueOf('k').charValue() + 1 = " + (ch.charValue() + 1));
        Boolean bo = Boolean.TRUE;
        System.out.println("Boolean: " + bo + " " + !bo + " " + Boolean.parseBoolean("TrUe") + " " + Boolean.parseBoolean("yes"));
        System.out.println("Integer.toString(x) = " + x.toString() + ", Long.toString = " + big.toString());
        // null unboxing
        Integer nul = null;
        try {
            int v = nul;
            System.out.println("v = " + v);
        } catch (NullPointerException e) {
            System.out.println("unboxing null -> NPE");
        }
        Long lnul = null;
        try {
            long v = lnul + 1;
            System.out.println("v = " + v);
        } catch (NullPointerException e) {
            System.out.println("unboxing null Long in arithmetic -> NPE");
        }
        // boxed in arrays
        Integer[] arr = new Integer[5];
        for (int i = 0; i < arr.length; i++) arr[i] = i * i - 3;
        int total = 0;
        for (Integer v : arr) total += v;
        System.out.println("boxed array total = " + total + ", arr[4] = " + arr[4]);
        Object[] mixed = {1, 2L, 3.0f, 4.0, (short) 5, (byte) 6, '7', true};
        for (Object m : mixed) System.out.println("mixed " + m + " : " + m.getClass().getName());
        // Integer constants
        System.out.println("MIN/MAX: " + Byte.MIN_VALUE + " " + Byte.MAX_VALUE + " " + Short.MIN_VALUE + " " + Short.MAX_VALUE
                + " " + (int) Character.MIN_VALUE + " " + (int) Character.MAX_VALUE);
        System.out.println("equals across types: " + Integer.valueOf(1).equals(Short.valueOf((short) 1)) + " "
                + Short.valueOf((short) 1).equals(Short.valueOf((short) 1)));
        System.out.println("Integer.compare via compareTo sign: " + Integer.valueOf(Integer.MIN_VALUE).compareTo(Integer.MAX_VALUE));
        System.out.println("Long.valueOf(\"-77\") = " + Long.valueOf("-77") + ", Integer.parseInt(\"+0\") = " + Integer.parseInt("+0"));
    }
}
