public class IntDivRem {
    static int[] vals = {0, 1, -1, 2, -2, 3, -3, 7, -7, 10, -10, 100, Integer.MAX_VALUE, Integer.MIN_VALUE};
    static int zero = 0;

    static int div(int a, int b) { return a / b; }
    static int rem(int a, int b) { return a % b; }

    public static void main(String[] args) {
        int[] divisors = {1, -1, 2, -2, 3, -3, 7, -7, Integer.MAX_VALUE, Integer.MIN_VALUE};
        for (int a : vals) {
            StringBuilder sb = new StringBuilder();
            sb.append(a).append(':');
            for (int b : divisors) {
                sb.append(' ').append(a / b).append('r').append(a % b);
            }
            System.out.println(sb);
        }
        System.out.println("MIN / -1 = " + div(Integer.MIN_VALUE, -1));
        System.out.println("MIN % -1 = " + rem(Integer.MIN_VALUE, -1));
        System.out.println("folded MIN / -1 = " + (Integer.MIN_VALUE / -1));
        System.out.println("folded MIN % -1 = " + (Integer.MIN_VALUE % -1));
        System.out.println("-7 / 2 = " + div(-7, 2) + ", -7 % 2 = " + rem(-7, 2));
        System.out.println("7 / -2 = " + div(7, -2) + ", 7 % -2 = " + rem(7, -2));
        System.out.println("-7 / -2 = " + div(-7, -2) + ", -7 % -2 = " + rem(-7, -2));
        for (int a : new int[]{5, 0, -5, Integer.MIN_VALUE}) {
            try {
                System.out.println("div " + a + " / 0 = " + div(a, 0));
            } catch (ArithmeticException e) {
                System.out.println("div " + a + " / 0 threw " + e.getClass().getName() + ": " + e.getMessage());
            }
            try {
                System.out.println("rem " + a + " % 0 = " + rem(a, 0));
            } catch (ArithmeticException e) {
                System.out.println("rem " + a + " % 0 threw " + e.getMessage());
            }
        }
        try {
            int r = 10;
            r /= zero;
            System.out.println("r = " + r);
        } catch (ArithmeticException e) {
            System.out.println("compound /= 0: " + e.getMessage());
        }
        try {
            int r = 10;
            r %= zero;
            System.out.println("r = " + r);
        } catch (ArithmeticException e) {
            System.out.println("compound %= 0: " + e.getMessage());
        }
        int side = 0;
        try {
            int q = (side = 5) / zero;
            System.out.println("q = " + q);
        } catch (ArithmeticException e) {
            System.out.println("side effect before div by zero: side = " + side);
        }
        // identity: (a/b)*b + a%b == a
        boolean ok = true;
        for (int a : vals) for (int b : divisors) {
            if ((a / b) * b + a % b != a) { ok = false; System.out.println("identity fails " + a + " " + b); }
        }
        System.out.println("identity holds: " + ok);
        // division by powers of two (may be strength-reduced by compilers)
        for (int a : new int[]{-9, -8, -1, 0, 1, 7, 8, 9, Integer.MIN_VALUE, Integer.MAX_VALUE}) {
            System.out.println(a + " /2=" + (a / 2) + " /4=" + (a / 4) + " /8=" + (a / 8) + " %2=" + (a % 2) + " %8=" + (a % 8) + " >>3=" + (a >> 3));
        }
    }
}
