public class UnsignedOps {
    static int[] ints = {0, 1, -1, 2, -2, Integer.MAX_VALUE, Integer.MIN_VALUE, 0x80000001, 1000000007};
    static long[] longs = {0L, 1L, -1L, Long.MAX_VALUE, Long.MIN_VALUE, 0xFFFFFFFFL, -1000000007L};

    public static void main(String[] args) {
        for (int a : ints) {
            StringBuilder sb = new StringBuilder();
            sb.append(a).append(" unsigned=").append(Integer.toUnsignedString(a))
              .append(" asLong=").append(Integer.toUnsignedLong(a)).append(" cmp:");
            for (int b : ints) {
                int c = Integer.compareUnsigned(a, b);
                sb.append(c < 0 ? '<' : c > 0 ? '>' : '=');
            }
            sb.append(" signed:");
            for (int b : ints) {
                int c = Integer.compare(a, b);
                sb.append(c < 0 ? '<' : c > 0 ? '>' : '=');
            }
            System.out.println(sb);
        }
        int[] divs = {1, 2, 7, -1, Integer.MIN_VALUE, 0x7fffffff};
        for (int a : ints) {
            StringBuilder sb = new StringBuilder();
            sb.append(a).append(':');
            for (int d : divs) sb.append(' ').append(Integer.divideUnsigned(a, d)).append('r').append(Integer.remainderUnsigned(a, d));
            System.out.println(sb);
        }
        try {
            System.out.println(Integer.divideUnsigned(5, 0));
        } catch (ArithmeticException e) {
            System.out.println("divideUnsigned by 0: " + e.getMessage());
        }
        for (long a : longs) {
            StringBuilder sb = new StringBuilder();
            sb.append(a).append(" unsigned=").append(Long.toUnsignedString(a)).append(" cmp:");
            for (long b : longs) {
                int c = Long.compareUnsigned(a, b);
                sb.append(c < 0 ? '<' : c > 0 ? '>' : '=');
            }
            sb.append(" div10=").append(Long.divideUnsigned(a, 10)).append(" rem10=").append(Long.remainderUnsigned(a, 10));
            sb.append(" divMIN=").append(Long.divideUnsigned(a, Long.MIN_VALUE));
            System.out.println(sb);
        }
        System.out.println("parseUnsignedInt(4294967295) = " + Integer.parseUnsignedInt("4294967295"));
        System.out.println("parseUnsignedInt(2147483648) = " + Integer.parseUnsignedInt("2147483648"));
        System.out.println("parseUnsignedLong(18446744073709551615) = " + Long.parseUnsignedLong("18446744073709551615"));
        System.out.println("toUnsignedString(-1, 16) = " + Integer.toUnsignedString(-1, 16));
        System.out.println("Long.toUnsignedString(-1, 2) length = " + Long.toUnsignedString(-1L, 2).length());
        // manual unsigned compare via flipping sign bit
        int x = -5, y = 3;
        System.out.println("manual unsigned -5 > 3: " + ((x ^ Integer.MIN_VALUE) > (y ^ Integer.MIN_VALUE)));
        System.out.println("manual unsigned via long: " + ((x & 0xFFFFFFFFL) > (y & 0xFFFFFFFFL)));
        // unsigned loop bound
        int count = 0;
        for (int i = -3; Integer.compareUnsigned(i, 2) != 0; i++) count++;
        System.out.println("unsigned loop count: " + count);
        System.out.println("Byte.toUnsignedInt((byte)-1) = " + Byte.toUnsignedInt((byte) -1));
        System.out.println("Short.toUnsignedInt((short)-1) = " + Short.toUnsignedInt((short) -1));
        System.out.println("Byte.toUnsignedLong((byte)-128) = " + Byte.toUnsignedLong((byte) -128));
    }
}
