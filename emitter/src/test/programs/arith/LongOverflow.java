public class LongOverflow {
    static long max = Long.MAX_VALUE;
    static long min = Long.MIN_VALUE;
    static long one = 1L;

    static long id(long x) { return x; }

    public static void main(String[] args) {
        System.out.println("folded MAX+1 = " + (Long.MAX_VALUE + 1));
        System.out.println("folded MIN-1 = " + (Long.MIN_VALUE - 1));
        System.out.println("folded MIN*-1 = " + (Long.MIN_VALUE * -1));
        System.out.println("folded -MIN = " + (-Long.MIN_VALUE));
        System.out.println("runtime MAX+1 = " + (max + one));
        System.out.println("runtime MIN-1 = " + (min - one));
        System.out.println("runtime MAX*2 = " + (max * id(2)));
        System.out.println("runtime MIN*-1 = " + (min * id(-1)));
        System.out.println("runtime -MIN = " + (-min));
        System.out.println("runtime MAX*MAX = " + (max * max));
        System.out.println("runtime MIN*MIN = " + (min * min));
        System.out.println("runtime MAX+MAX = " + (max + max));
        System.out.println("runtime 2^32*2^32 = " + (id(1L << 32) * id(1L << 32)));
        System.out.println("runtime (2^32+1)^2 = " + (id((1L << 32) + 1) * id((1L << 32) + 1)));
        System.out.println("runtime 123456789012*987654321098 = " + (id(123456789012L) * id(987654321098L)));
        System.out.println("runtime -3037000500^2 = " + (id(-3037000500L) * id(3037000500L)));
        System.out.println("runtime 3037000499^2 = " + (id(3037000499L) * id(3037000499L)));
        // int overflow vs long promotion
        int a = (int) id(2000000000L);
        System.out.println("int a+a = " + (a + a));
        System.out.println("long a+a = " + ((long) a + a));
        System.out.println("a*a as int then long = " + (long) (a * a));
        System.out.println("a*(long)a = " + (a * (long) a));
        System.out.println("a*a + 0L = " + (a * a + 0L));
        long fact = 1;
        for (int i = 1; i <= 25; i++) {
            fact *= i;
            System.out.println("fact " + i + " = " + fact);
        }
        long fib0 = 0, fib1 = 1;
        for (int i = 0; i < 100; i++) {
            long t = fib0 + fib1;
            fib0 = fib1;
            fib1 = t;
            if (i >= 88 && i % 2 == 0) System.out.println("fib step " + i + " = " + fib1);
        }
        long h = 1125899906842597L;
        String s = "The quick brown fox jumps over the lazy dog";
        for (int i = 0; i < s.length(); i++) {
            h = 31 * h + s.charAt(i);
        }
        System.out.println("string hash64 = " + h);
        System.out.println("Long.MAX_VALUE = " + Long.MAX_VALUE);
        System.out.println("Long.MIN_VALUE = " + Long.MIN_VALUE);
        System.out.println("Long.SIZE = " + Long.SIZE + ", BYTES = " + Long.BYTES);
        System.out.println("MAX+1 == MIN: " + (max + 1 == min));
        System.out.println("MIN < MAX: " + (min < max));
        System.out.println("MIN-1 > 0: " + (min - 1 > 0));
        System.out.println("int MIN as long = " + (long) Integer.MIN_VALUE);
        System.out.println("int MAX as long + 1 = " + ((long) Integer.MAX_VALUE + 1));
        System.out.println("0xFFFFFFFFL = " + 0xFFFFFFFFL);
        System.out.println("0xFFFFFFFF (int->long) = " + (long) 0xFFFFFFFF);
        long x = id(0x0123456789ABCDEFL);
        System.out.println("x = " + x + ", x*x = " + (x * x) + ", x*31 = " + (x * 31) + ", -x = " + (-x));
    }
}
