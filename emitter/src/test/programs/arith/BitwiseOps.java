public class BitwiseOps {
    static int a = 0x5A5A5A5A;
    static int b = 0x0FF00FF0;
    static long la = 0x5A5A5A5A5A5A5A5AL;
    static long lb = 0x00FF00FF00FF00FFL;

    public static void main(String[] args) {
        System.out.println("a & b = " + (a & b));
        System.out.println("a | b = " + (a | b));
        System.out.println("a ^ b = " + (a ^ b));
        System.out.println("~a = " + (~a));
        System.out.println("~0 = " + (~0) + ", ~-1 = " + (~-1));
        System.out.println("a & ~b = " + (a & ~b));
        System.out.println("la & lb = " + (la & lb));
        System.out.println("la | lb = " + (la | lb));
        System.out.println("la ^ lb = " + (la ^ lb));
        System.out.println("~la = " + (~la));
        System.out.println("int & long = " + (a & lb));
        System.out.println("neg int | long = " + (-2 | 0x100000000L));
        int[] xs = {0, 1, -1, 7, 8, 0x7fffffff, 0x80000000, 0x12345678, 0xF0F0F0F0, 96};
        for (int x : xs) {
            System.out.println(x + ": bitCount=" + Integer.bitCount(x)
                    + " nlz=" + Integer.numberOfLeadingZeros(x)
                    + " ntz=" + Integer.numberOfTrailingZeros(x)
                    + " highest=" + Integer.highestOneBit(x)
                    + " lowest=" + Integer.lowestOneBit(x)
                    + " reverse=" + Integer.reverse(x)
                    + " reverseBytes=" + Integer.reverseBytes(x)
                    + " signum=" + Integer.signum(x)
                    + " x&-x=" + (x & -x)
                    + " x&(x-1)=" + (x & (x - 1)));
        }
        long[] ls = {0L, 1L, -1L, Long.MIN_VALUE, 0x00000000FFFFFFFFL, 0x0F0F0F0F0F0F0F0FL, 1L << 40};
        for (long x : ls) {
            System.out.println(x + ": bitCount=" + Long.bitCount(x)
                    + " nlz=" + Long.numberOfLeadingZeros(x)
                    + " ntz=" + Long.numberOfTrailingZeros(x)
                    + " highest=" + Long.highestOneBit(x)
                    + " lowest=" + Long.lowestOneBit(x)
                    + " reverse=" + Long.reverse(x)
                    + " reverseBytes=" + Long.reverseBytes(x)
                    + " signum=" + Long.signum(x));
        }
        // manual popcount vs library
        int mismatches = 0;
        int seed = 12345;
        for (int i = 0; i < 1000; i++) {
            seed = seed * 1103515245 + 12345;
            int v = seed;
            int c = 0;
            for (int t = v; t != 0; t &= t - 1) c++;
            if (c != Integer.bitCount(v)) mismatches++;
        }
        System.out.println("popcount mismatches: " + mismatches);
        // boolean bitwise (non short-circuit)
        boolean t = true, f = false;
        System.out.println("t & f = " + (t & f) + ", t | f = " + (t | f) + ", t ^ t = " + (t ^ t) + ", !t ^ f = " + (!t ^ f));
        boolean bb = f;
        bb |= t;
        System.out.println("bb |= t -> " + bb);
        bb &= f;
        System.out.println("bb &= f -> " + bb);
        bb ^= true;
        System.out.println("bb ^= true -> " + bb);
        // byte masks
        byte by = (byte) 0xA5;
        System.out.println("byte 0xA5 = " + by + ", & 0xff = " + (by & 0xff) + ", ~by = " + (~by) + ", by ^ 0xff = " + (by ^ 0xff));
        by ^= 0xff;
        System.out.println("by ^= 0xff -> " + by);
        by |= 0x80;
        System.out.println("by |= 0x80 -> " + by);
        char ch = 'a';
        ch &= ~0x20;
        System.out.println("'a' & ~0x20 -> " + ch);
        ch |= 0x20;
        System.out.println("then | 0x20 -> " + ch);
        // gray codes
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 16; i++) sb.append(i ^ (i >> 1)).append(' ');
        System.out.println("gray: " + sb);
    }
}
