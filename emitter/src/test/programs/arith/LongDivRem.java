public class LongDivRem {
    static long zero = 0L;
    static long div(long a, long b) { return a / b; }
    static long rem(long a, long b) { return a % b; }

    public static void main(String[] args) {
        long[] vals = {0L, 1L, -1L, 13L, -13L, 1000000007L, -1000000007L, 1L << 40, -(1L << 40),
                Long.MAX_VALUE, Long.MIN_VALUE, Integer.MAX_VALUE, Integer.MIN_VALUE};
        long[] divisors = {1L, -1L, 3L, -3L, 10L, 1L << 33, -(1L << 33) + 7, Long.MAX_VALUE, Long.MIN_VALUE};
        for (long a : vals) {
            StringBuilder sb = new StringBuilder();
            sb.append(a).append(':');
            for (long b : divisors) sb.append(' ').append(a / b).append('r').append(a % b);
            System.out.println(sb);
        }
        System.out.println("MIN / -1 = " + div(Long.MIN_VALUE, -1));
        System.out.println("MIN % -1 = " + rem(Long.MIN_VALUE, -1));
        System.out.println("folded MIN / -1 = " + (Long.MIN_VALUE / -1L));
        System.out.println("folded MIN % -1 = " + (Long.MIN_VALUE % -1L));
        System.out.println("MIN / MIN = " + div(Long.MIN_VALUE, Long.MIN_VALUE));
        System.out.println("MAX / MIN = " + div(Long.MAX_VALUE, Long.MIN_VALUE));
        System.out.println("MAX % MIN = " + rem(Long.MAX_VALUE, Long.MIN_VALUE));
        for (long a : new long[]{9L, -9L, 0L, Long.MIN_VALUE}) {
            try {
                System.out.println("div " + a + " / 0 = " + div(a, 0));
            } catch (ArithmeticException e) {
                System.out.println("div " + a + " / 0L: " + e.getMessage());
            }
            try {
                System.out.println("rem " + a + " % 0 = " + rem(a, zero));
            } catch (ArithmeticException e) {
                System.out.println("rem " + a + " % 0L: " + e.getMessage());
            }
        }
        // mixed int/long division
        int i = -7;
        long l = 2L;
        System.out.println("int/long: " + (i / l) + " " + (i % l));
        System.out.println("long/int: " + (l / i) + " " + (l % i));
        try {
            int iz = 0;
            System.out.println(l / iz);
        } catch (ArithmeticException e) {
            System.out.println("long / int zero: " + e.getMessage());
        }
        // decimal digit extraction
        long v = div(Long.MIN_VALUE, 1);
        StringBuilder digits = new StringBuilder();
        while (v != 0) {
            digits.append((char) ('0' + Math.abs(v % 10)));
            v /= 10;
        }
        System.out.println("reversed digits of MIN = " + digits);
        long g1 = 1071L * 1000000000L, g2 = 462L * 1000000000L;
        while (g2 != 0) { long t = g1 % g2; g1 = g2; g2 = t; }
        System.out.println("gcd = " + g1);
        for (long a : new long[]{-17, -16, -1, 0, 1, 15, 16, 17, Long.MIN_VALUE}) {
            System.out.println(a + " /16=" + (a / 16) + " %16=" + (a % 16) + " >>4=" + (a >> 4) + " /-16=" + (a / -16));
        }
    }
}
