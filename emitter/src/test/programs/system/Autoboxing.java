public class Autoboxing {
    static Object box(Object o) { return o; }
    static int sum(Integer... xs) { int s = 0; for (Integer x : xs) s += x; return s; }
    static long widen(long x) { return x; }
    static String kind(Object o) { return o.getClass().getName(); }

    public static void main(String[] args) {
        Boolean z = true;
        Byte b = (byte) 12;
        Short s = (short) -300;
        Character c = 'Q';
        Integer i = 123456;
        Long l = 1L << 50;
        Float f = 1.25f;
        Double d = -2.5;
        System.out.println("boxed values: " + z + " " + b + " " + s + " " + c + " " + i + " " + l + " " + f + " " + d);
        System.out.println("classes: " + kind(z) + " " + kind(b) + " " + kind(s) + " " + kind(c) + " " + kind(i) + " " + kind(l) + " " + kind(f) + " " + kind(d));
        boolean pz = z;
        byte pb = b;
        short ps = s;
        char pc = c;
        int pi = i;
        long pl = l;
        float pf = f;
        double pd = d;
        System.out.println("unboxed: " + pz + " " + pb + " " + ps + " " + pc + " " + pi + " " + pl + " " + pf + " " + pd);
        System.out.println("box(literal) classes: " + kind(box(1)) + " " + kind(box(1L)) + " " + kind(box('x')) + " " + kind(box(1.0)) + " " + kind(box(1.0f)) + " " + kind(box(true)) + " " + kind(box((byte) 1)) + " " + kind(box((short) 1)));
        Integer acc = 0;
        for (int k = 0; k < 10; k++) acc += k;
        System.out.println("Integer accumulator=" + acc);
        Integer inc = 5;
        inc++;
        ++inc;
        inc--;
        System.out.println("Integer ++/-- =" + inc);
        Long lacc = 0L;
        lacc += Integer.MAX_VALUE;
        lacc *= 4;
        System.out.println("Long compound=" + lacc);
        Double dacc = 1.0;
        dacc /= 4;
        System.out.println("Double compound=" + dacc);
        Character cc = 'a';
        cc++;
        System.out.println("Character ++=" + cc);
        System.out.println("mixed arithmetic: " + (i + l) + " " + (b * s) + " " + (c + 1) + " " + (f * 2) + " " + (d + i));
        System.out.println("comparison: " + (i > 100000) + " " + (b < s) + " " + (c == 'Q') + " " + (l >= 0));
        System.out.println("varargs boxing sum=" + sum(1, 2, 3, 4));
        System.out.println("widen from Integer: " + widen(i));
        Object o = pi;
        System.out.println("int to Object is Integer=" + (o instanceof Integer));
        Number n = pl;
        System.out.println("Number from long: intValue=" + n.intValue() + " doubleValue=" + n.doubleValue() + " class=" + kind(n));
        Number nd = 3.99;
        System.out.println("Number.intValue of 3.99=" + nd.intValue() + " longValue=" + nd.longValue());
        Integer big = 300;
        System.out.println("byteValue of 300=" + big.byteValue() + " shortValue of 70000=" + Integer.valueOf(70000).shortValue());
        System.out.println("equals across types: " + i.equals(123456) + " " + i.equals(123456L) + " " + l.equals(1L << 50) + " " + c.equals('Q'));
        System.out.println("compareTo: " + i.compareTo(5) + " " + Integer.valueOf(5).compareTo(i) + " " + c.compareTo('A') + " " + z.compareTo(false));
        System.out.println("Integer.compare: " + Integer.compare(3, 7) + " Long.compare: " + Long.compare(7, 3) + " Boolean.compare: " + Boolean.compare(false, true));
        System.out.println("hashCodes: " + i.hashCode() + " " + l.hashCode() + " " + z.hashCode() + " " + c.hashCode() + " " + b.hashCode() + " " + s.hashCode());
        System.out.println("Double hashCode=" + Double.valueOf(1.5).hashCode() + " Float hashCode=" + Float.valueOf(1.5f).hashCode());
        int ternary = true ? i : 0;
        System.out.println("ternary unbox=" + ternary);
        Integer nullable = null;
        Object tern = false ? Integer.valueOf(1) : nullable;
        System.out.println("ternary Integer/Integer keeps null=" + tern);
        try {
            Object tern2 = false ? 1 : nullable;
            System.out.println("unreachable " + tern2);
        } catch (NullPointerException e) {
            System.out.println("ternary int/Integer unboxes null -> NullPointerException");
        }
        Object[] arr = { 1, 2L, 3.0f, 4.0, 'c', true, (byte) 7, (short) 8 };
        StringBuilder sb = new StringBuilder();
        for (Object x : arr) sb.append(kind(x).substring(10)).append(' ');
        System.out.println("array element classes=" + sb.toString().trim());
        System.out.println("MIN/MAX: " + Integer.MIN_VALUE + " " + Integer.MAX_VALUE + " " + Long.MIN_VALUE + " " + Long.MAX_VALUE);
        System.out.println("Short/Byte MIN/MAX: " + Short.MIN_VALUE + " " + Short.MAX_VALUE + " " + Byte.MIN_VALUE + " " + Byte.MAX_VALUE);
        System.out.println("SIZE: " + Integer.SIZE + " " + Long.SIZE + " " + Character.SIZE + " " + Byte.SIZE + " " + Short.SIZE + " BYTES " + Integer.BYTES + " " + Long.BYTES);
        System.out.println("Integer utils: bitCount=" + Integer.bitCount(255) + " reverse=" + Integer.reverse(1) + " highestOneBit=" + Integer.highestOneBit(100) + " numberOfLeadingZeros=" + Integer.numberOfLeadingZeros(1) + " numberOfTrailingZeros=" + Integer.numberOfTrailingZeros(8));
        System.out.println("Integer.signum=" + Integer.signum(-9) + " Long.signum=" + Long.signum(9L) + " Integer.sum=" + Integer.sum(2, 3) + " Integer.max=" + Integer.max(2, 3));
        try {
            Integer nul = null;
            int bad = nul;
            System.out.println("unreachable " + bad);
        } catch (NullPointerException e) {
            System.out.println("unboxing null -> NullPointerException");
        }
    }
}
