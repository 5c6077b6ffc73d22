public class IntegerCaching {
    static int n127 = 127, n128 = 128, nMinus128 = -128, nMinus129 = -129, zero = 0;

    @SuppressWarnings("removal")
    public static void main(String[] args) {
        System.out.println("Integer.valueOf(127)==valueOf(127): " + (Integer.valueOf(n127) == Integer.valueOf(n127)));
        System.out.println("Integer.valueOf(128)==valueOf(128): " + (Integer.valueOf(n128) == Integer.valueOf(n128)));
        System.out.println("Integer.valueOf(-128)==valueOf(-128): " + (Integer.valueOf(nMinus128) == Integer.valueOf(nMinus128)));
        System.out.println("Integer.valueOf(-129)==valueOf(-129): " + (Integer.valueOf(nMinus129) == Integer.valueOf(nMinus129)));
        Integer a = n127, b = n127;
        System.out.println("autoboxed 127 ==: " + (a == b));
        Integer c = n128, d = n128;
        System.out.println("autoboxed 128 ==: " + (c == d) + " equals: " + c.equals(d) + " intValue ==: " + (c.intValue() == d.intValue()));
        Integer zero1 = zero, zero2 = Integer.valueOf("0");
        System.out.println("zero cached: " + (zero1 == zero2));
        Integer parsed = Integer.valueOf("100"), boxed = 100;
        System.out.println("valueOf(String) uses cache: " + (parsed == boxed));
        Long la = 127L, lb = Long.valueOf(127L);
        System.out.println("Long 127 cached: " + (la == lb));
        Long lc = Long.valueOf(-128L), ld = Long.valueOf(-128L);
        System.out.println("Long -128 cached: " + (lc == ld));
        Short sa = (short) 127, sb = Short.valueOf((short) 127);
        System.out.println("Short 127 cached: " + (sa == sb));
        Byte ba = (byte) -1, bb = Byte.valueOf((byte) -1);
        System.out.println("Byte always cached: " + (ba == bb));
        Byte bmax = Byte.MAX_VALUE, bmax2 = Byte.valueOf(Byte.MAX_VALUE);
        System.out.println("Byte max cached: " + (bmax == bmax2));
        Character ca = 'a', cb = Character.valueOf('a');
        System.out.println("Character 'a' cached: " + (ca == cb));
        Character c127 = (char) 127, c127b = (char) 127;
        System.out.println("Character 127 cached: " + (c127 == c127b));
        Boolean t1 = true, t2 = Boolean.valueOf(true), t3 = Boolean.valueOf("TRUE");
        System.out.println("Boolean cached: " + (t1 == t2) + " " + (t2 == t3) + " " + (t1 == Boolean.TRUE));
        Integer n1 = new Integer(5), n2 = new Integer(5);
        System.out.println("new Integer distinct: " + (n1 == n2) + " equals: " + n1.equals(n2) + " vs valueOf: " + (n1 == Integer.valueOf(5)));
        int cachedCount = 0;
        for (int i = -130; i <= 130; i++) {
            if (Integer.valueOf(i) == Integer.valueOf(i)) cachedCount++;
        }
        System.out.println("cached values in [-130,130]: " + cachedCount);
        Integer big1 = 1000, big2 = 1000;
        System.out.println("1000 equals: " + big1.equals(big2) + " compareTo: " + big1.compareTo(big2) + " unboxed ==: " + (big1 == (int) big2));
        Integer m = 128;
        int prim = 128;
        System.out.println("mixed boxed/primitive == unboxes: " + (m == prim));
        Long lbig = 128L;
        System.out.println("Long.equals(Integer) false: " + lbig.equals(128) + " Long.equals(128L): " + lbig.equals(128L));
    }
}
