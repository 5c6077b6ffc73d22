public class LongArithmeticWork {
    static long mulMod(long a, long b, long m) { return Math.floorMod(Math.multiplyHigh(a, b) == 0 && a * b >= 0 ? a * b % m : slowMulMod(a, b, m), m); }
    static long slowMulMod(long a, long b, long m) { long r = 0; a %= m; while (b > 0) { if ((b & 1) == 1) r = (r + a) % m; a = (a << 1) % m; b >>= 1; } return r; }
    static boolean millerRabin(long n) {
        if (n < 2) return false;
        for (long p : new long[] {2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37}) { if (n % p == 0) return n == p; }
        long d = n - 1; int s = 0;
        while ((d & 1) == 0) { d >>= 1; s++; }
        for (long a : new long[] {2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37}) {
            long x = 1, base = a % n, e = d;
            while (e > 0) { if ((e & 1) == 1) x = slowMulMod(x, base, n); base = slowMulMod(base, base, n); e >>= 1; }
            if (x == 1 || x == n - 1) continue;
            boolean composite = true;
            for (int r = 1; r < s; r++) { x = slowMulMod(x, x, n); if (x == n - 1) { composite = false; break; } }
            if (composite) return false;
        }
        return true;
    }
    static long isqrt(long n) { long x = (long) Math.sqrt((double) n); while (x > n / Math.max(1, x)) x--; while (x + 1 <= n / (x + 1)) x++; return x; }

    public static void main(String[] args) {
        long[] candidates = {1, 2, 97, 561, 7919, 1_000_000_007L, 999_999_999_989L, 4_294_967_297L, 9_223_372_036_854_775_783L, 3_215_031_751L};
        for (long c : candidates) System.out.println(c + " prime " + millerRabin(c) + " isqrt " + isqrt(c));
        long h = 1469598103934665603L;
        for (char ch : "The quick brown fox".toCharArray()) { h ^= ch; h *= 1099511628211L; }
        System.out.println("fnv1a64 " + Long.toHexString(h) + " unsigned " + Long.toUnsignedString(h) + " mod 1000 " + Long.remainderUnsigned(h, 1000));
        long x = 0x9E3779B97F4A7C15L;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            x += 0x9E3779B97F4A7C15L;
            long z = x;
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            sb.append(Long.toHexString(z ^ (z >>> 31))).append(' ');
        }
        System.out.println("splitmix " + sb.toString().trim());
        System.out.println("overflow wrap " + (Long.MAX_VALUE + 1) + " " + (Long.MIN_VALUE - 1) + " " + (Long.MIN_VALUE / -1) + " " + (Long.MIN_VALUE % -1) + " " + Math.abs(Long.MIN_VALUE));
        System.out.println("shifts " + (1L << 63) + " " + (-1L >>> 1) + " " + (-1L >> 63) + " " + (1L << 64) + " " + (5L >> -1) + " mixed " + (1 << 35) + " " + (1L << 35));
        System.out.println("conversions " + (int) 3_000_000_000L + " " + (long) 1e19 + " " + (long) -1e19 + " " + (long) Double.NaN + " " + (double) Long.MAX_VALUE + " " + (float) (1L << 40));
        long collatzMax = 0, best = 0;
        for (long n = 1; n < 30000; n++) { long k = n, steps = 0; while (k != 1) { k = (k & 1) == 0 ? k >> 1 : 3 * k + 1; steps++; } if (steps > collatzMax) { collatzMax = steps; best = n; } }
        System.out.println("collatz longest below 30000: " + best + " steps " + collatzMax);
        System.out.println("mulMod " + mulMod(123456789012L, 987654321098L, 1_000_000_007L) + " " + slowMulMod(Long.MAX_VALUE - 5, Long.MAX_VALUE - 7, 1_000_000_007L));
    }
}
