public class IntOverflow {
    static int max = Integer.MAX_VALUE;
    static int min = Integer.MIN_VALUE;
    static int one = 1;

    static int id(int x) { return x; }

    public static void main(String[] args) {
        int n = args.length; // 0
        // folded by javac
        System.out.println("folded MAX+1 = " + (Integer.MAX_VALUE + 1));
        System.out.println("folded MIN-1 = " + (Integer.MIN_VALUE - 1));
        System.out.println("folded MAX*2 = " + (Integer.MAX_VALUE * 2));
        System.out.println("folded MIN*-1 = " + (Integer.MIN_VALUE * -1));
        System.out.println("folded -MIN = " + (-Integer.MIN_VALUE));
        // runtime
        System.out.println("runtime MAX+1 = " + (max + one));
        System.out.println("runtime MIN-1 = " + (min - one));
        System.out.println("runtime MAX*2 = " + (max * id(2)));
        System.out.println("runtime MIN*-1 = " + (min * id(-1)));
        System.out.println("runtime -MIN = " + (-min));
        System.out.println("runtime -MAX = " + (-max));
        System.out.println("runtime MAX+MAX = " + (max + max));
        System.out.println("runtime MIN+MIN = " + (min + min));
        System.out.println("runtime MIN+MAX = " + (min + max));
        System.out.println("runtime MAX*MAX = " + (max * max));
        System.out.println("runtime MIN*MIN = " + (min * min));
        System.out.println("runtime MIN*MAX = " + (min * max));
        System.out.println("runtime 65536*65536 = " + (id(65536) * id(65536)));
        System.out.println("runtime 65537*65537 = " + (id(65537) * id(65537)));
        System.out.println("runtime 46341*46341 = " + (id(46341) * id(46341)));
        System.out.println("runtime 46340*46340 = " + (id(46340) * id(46340)));
        System.out.println("runtime 123456789*987654321 = " + (id(123456789) * id(987654321)));
        System.out.println("runtime -123456789*987654321 = " + (id(-123456789) * id(987654321)));
        System.out.println("runtime 0x7fffffff*0x7ffffffe = " + (id(0x7fffffff) * id(0x7ffffffe)));
        System.out.println("runtime 0x80000000-1 = " + (id(0x80000000) - 1));
        System.out.println("n = " + n + ", MAX+n+1 = " + (max + n + 1));
        // accumulation overflow
        int acc = 1;
        for (int i = 0; i < 40; i++) {
            acc = acc * 3 + i;
            if (i % 4 == 3) System.out.println("acc[" + i + "] = " + acc);
        }
        int fact = 1;
        for (int i = 1; i <= 20; i++) {
            fact *= i;
            System.out.println("fact " + i + " = " + fact);
        }
        int sum = 0;
        for (int i = 0; i < 100000; i++) sum += i * i;
        System.out.println("sum of squares < 100000 = " + sum);
        int neg = id(0);
        neg -= max;
        neg -= 2;
        System.out.println("0 - MAX - 2 = " + neg);
        System.out.println("Integer.MAX_VALUE = " + Integer.MAX_VALUE);
        System.out.println("Integer.MIN_VALUE = " + Integer.MIN_VALUE);
        System.out.println("Integer.SIZE = " + Integer.SIZE + ", BYTES = " + Integer.BYTES);
        System.out.println("MAX+1 == MIN: " + (max + 1 == min));
        System.out.println("MIN-1 == MAX: " + (min - 1 == max));
        System.out.println("MAX+1 < MAX: " + (max + 1 < max));
    }
}
