public class Ternaries {
    static int pick(int a) { return a > 0 ? 1 : a < 0 ? -1 : 0; }

    static String classify(int n) {
        return n % 15 == 0 ? "FizzBuzz" : n % 5 == 0 ? "Buzz" : n % 3 == 0 ? "Fizz" : String.valueOf(n);
    }

    static int sideA = 0, sideB = 0;
    static int a() { sideA++; return 1; }
    static int b() { sideB++; return 2; }

    public static void main(String[] args) {
        int n = args.length;
        for (int v : new int[]{-5, 0, 5, Integer.MIN_VALUE}) System.out.println("pick(" + v + ") = " + pick(v));
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= 30; i++) sb.append(classify(i)).append(i < 30 ? "," : "");
        System.out.println(sb);
        // only one branch evaluated
        int r = n == 0 ? a() : b();
        System.out.println("r=" + r + " sideA=" + sideA + " sideB=" + sideB);
        r = n != 0 ? a() : b();
        System.out.println("r=" + r + " sideA=" + sideA + " sideB=" + sideB);
        // numeric promotion in ternaries
        boolean t = n == 0;
        System.out.println("t ? 1 : 2.0 = " + (t ? 1 : 2.0));
        System.out.println("t ? 1 : 2L = " + (t ? 1 : 2L));
        System.out.println("t ? 'a' : 1 = " + (t ? 'a' : 1));
        System.out.println("t ? 'a' : 100000 = " + (t ? 'a' : 100000));
        byte by = 5;
        short sh = 300;
        System.out.println("t ? by : sh = " + (t ? by : sh));
        System.out.println("t ? 1.5f : 2L = " + (t ? 1.5f : 2L));
        Integer boxed = 42;
        Double bd = 1.5;
        System.out.println("t ? boxed : bd = " + (t ? boxed : bd));
        Object o = t ? boxed : "str";
        System.out.println("t ? boxed : \"str\" -> " + o + " (" + o.getClass().getName() + ")");
        Object o2 = t ? (Object) 'c' : 1;
        System.out.println("t ? (Object)'c' : 1 -> " + o2.getClass().getName());
        Object o3 = t ? 'c' : 1;
        System.out.println("t ? 'c' : 1 as Object -> " + o3 + " " + o3.getClass().getName());
        Object o4 = t ? 1 : 2.0;
        System.out.println("t ? 1 : 2.0 as Object -> " + o4 + " " + o4.getClass().getName());
        // unboxing NPE in ternary
        Integer nul = null;
        try {
            int bad = t ? nul : 0;
            System.out.println("bad = " + bad);
        } catch (NullPointerException e) {
            System.out.println("unboxing null in ternary -> NPE");
        }
        Integer ok = t ? nul : Integer.valueOf(0);
        System.out.println("t ? nul : Integer.valueOf(0) = " + ok);
        // nested ternaries as lvalues-ish
        int[] x = {0, 0};
        x[t ? 0 : 1] = t ? 10 : 20;
        System.out.println("x = " + x[0] + "," + x[1]);
        // max/min via ternary with long/int mix
        long big = 5000000000L;
        int small = 7;
        long mx = big > small ? big : small;
        System.out.println("max = " + mx);
        // ternaries in loops
        int evens = 0, odds = 0;
        for (int i = 0; i < 11; i++) {
            int dummy = (i & 1) == 0 ? evens++ : odds++;
        }
        System.out.println("evens=" + evens + " odds=" + odds);
        // condition with assignment
        int y;
        String msg = (y = n + 3) > 2 ? "big " + y : "small " + y;
        System.out.println(msg);
        // boolean ternaries
        boolean bb = t ? !t : t;
        System.out.println("t ? !t : t = " + bb);
        System.out.println("abs via ternary: " + abs(-9) + " " + abs(9) + " " + abs(Integer.MIN_VALUE));
        System.out.println("sign chain: " + sign(-0L) + " " + sign(-3L) + " " + sign(Long.MAX_VALUE));
    }

    static int abs(int v) { return v < 0 ? -v : v; }
    static String sign(long v) { return v < 0 ? "neg" : v == 0 ? "zero" : "pos"; }
}
