public class MathIntOps {
    static int imax = Integer.MAX_VALUE, imin = Integer.MIN_VALUE;
    static long lmax = Long.MAX_VALUE, lmin = Long.MIN_VALUE;

    public static void main(String[] args) {
        System.out.println("abs(-5) = " + Math.abs(-5) + ", abs(MIN) = " + Math.abs(imin) + ", abs(MAX) = " + Math.abs(imax));
        System.out.println("abs(-5L) = " + Math.abs(-5L) + ", abs(LMIN) = " + Math.abs(lmin));
        System.out.println("max(3, -3) = " + Math.max(3, -3) + ", min(3, -3) = " + Math.min(3, -3));
        System.out.println("max(MIN, MAX) = " + Math.max(imin, imax) + ", min(LMIN, 0L) = " + Math.min(lmin, 0L));
        int[][] pairs = {{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {0, 3}, {-1, 3}, {Integer.MIN_VALUE, -1}, {Integer.MIN_VALUE, 3}};
        for (int[] p : pairs) {
            System.out.println("floorDiv(" + p[0] + ", " + p[1] + ") = " + Math.floorDiv(p[0], p[1])
                    + ", floorMod = " + Math.floorMod(p[0], p[1]) + ", / = " + (p[0] / p[1]) + ", % = " + (p[0] % p[1]));
        }
        System.out.println("floorDiv(-7L, 2L) = " + Math.floorDiv(-7L, 2L) + ", floorMod(-7L, 2L) = " + Math.floorMod(-7L, 2L));
        System.out.println("floorMod(LMIN, 10L) = " + Math.floorMod(lmin, 10L));
        try {
            System.out.println(Math.floorDiv(1, 0));
        } catch (ArithmeticException e) {
            System.out.println("floorDiv by 0: " + e.getMessage());
        }
        // exact ops
        try {
            System.out.println("addExact(MAX, 1) = " + Math.addExact(imax, 1));
        } catch (ArithmeticException e) {
            System.out.println("addExact(MAX, 1) -> " + e.getMessage());
        }
        System.out.println("addExact(MAX-1, 1) = " + Math.addExact(imax - 1, 1));
        System.out.println("subtractExact(MIN+1, 1) = " + Math.subtractExact(imin + 1, 1));
        System.out.println("multiplyExact(46340, 46340) = " + Math.multiplyExact(46340, 46340));
        System.out.println("negateExact(MAX) = " + Math.negateExact(imax));
        System.out.println("toIntExact(123L) = " + Math.toIntExact(123L));
        String[] names = {"subtractExact(MIN, 1)", "multiplyExact(46341, 46341)", "multiplyExact(MIN, -1)",
                "negateExact(MIN)", "incrementExact(MAX)", "decrementExact(MIN)", "toIntExact(2^31)"};
        for (int k = 0; k < names.length; k++) {
            try {
                int r;
                switch (k) {
                    case 0: r = Math.subtractExact(imin, 1); break;
                    case 1: r = Math.multiplyExact(46341, 46341); break;
                    case 2: r = Math.multiplyExact(imin, -1); break;
                    case 3: r = Math.negateExact(imin); break;
                    case 4: r = Math.incrementExact(imax); break;
                    case 5: r = Math.decrementExact(imin); break;
                    default: r = Math.toIntExact(1L << 31); break;
                }
                System.out.println(names[k] + " = " + r);
            } catch (ArithmeticException e) {
                System.out.println(names[k] + " -> " + e.getMessage());
            }
        }
        String[] lnames = {"addExact(LMAX, 1)", "subtractExact(LMIN, 1)", "multiplyExact(2^32, 2^31)", "multiplyExact(LMIN, -1)",
                "negateExact(LMIN)", "multiplyExact(3037000499, 3037000499)", "multiplyExact(LMAX, -1)"};
        for (int k = 0; k < lnames.length; k++) {
            try {
                long r;
                switch (k) {
                    case 0: r = Math.addExact(lmax, 1L); break;
                    case 1: r = Math.subtractExact(lmin, 1L); break;
                    case 2: r = Math.multiplyExact(1L << 32, 1L << 31); break;
                    case 3: r = Math.multiplyExact(lmin, -1L); break;
                    case 4: r = Math.negateExact(lmin); break;
                    case 5: r = Math.multiplyExact(3037000499L, 3037000499L); break;
                    default: r = Math.multiplyExact(lmax, -1L); break;
                }
                System.out.println(lnames[k] + " = " + r);
            } catch (ArithmeticException e) {
                System.out.println(lnames[k] + " -> " + e.getMessage());
            }
        }
        System.out.println("Integer.sum/max/min = " + Integer.sum(imax, 1) + " " + Integer.max(-1, -2) + " " + Integer.min(-1, -2));
        System.out.println("Long.sum = " + Long.sum(lmax, 1L));
        System.out.println("Integer.compare(MIN, MAX) = " + Integer.compare(imin, imax) + ", Long.compare(5, 5) = " + Long.compare(5L, 5L));
        System.out.println("Integer.signum(MIN) = " + Integer.signum(imin) + ", Long.signum(LMAX) = " + Long.signum(lmax));
        // integer sqrt / pow by repeated multiply
        long p = 1;
        for (int i = 0; i < 70; i++) {
            p *= 3;
            if (i % 10 == 9) System.out.println("3^" + (i + 1) + " (wrapping) = " + p);
        }
        System.out.println("isqrt(2^62) = " + isqrt(1L << 62) + ", isqrt(10^18) = " + isqrt(1000000000000000000L) + ", isqrt(99) = " + isqrt(99));
        System.out.println("modpow(2, 1000000, 1e9+7) = " + modpow(2, 1000000, 1000000007L));
        System.out.println("modpow(3, 10^18, 998244353) = " + modpow(3, 1000000000000000000L, 998244353L));
    }

    static long isqrt(long n) {
        long lo = 0, hi = 3037000499L;
        while (lo < hi) {
            long mid = (lo + hi + 1) >>> 1;
            if (mid * mid <= n) lo = mid; else hi = mid - 1;
        }
        return lo;
    }

    static long modpow(long b, long e, long m) {
        long r = 1;
        b %= m;
        while (e > 0) {
            if ((e & 1) == 1) r = r * b % m;
            b = b * b % m;
            e >>= 1;
        }
        return r;
    }
}
