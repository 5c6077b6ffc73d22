public class Sieve {
    static boolean[] sieve(int n) {
        boolean[] composite = new boolean[n + 1];
        composite[0] = composite[1] = true;
        for (int i = 2; (long) i * i <= n; i++)
            if (!composite[i])
                for (int j = i * i; j <= n; j += i) composite[j] = true;
        return composite;
    }

    static long[] bitSieve(int n) {
        long[] bits = new long[(n >> 6) + 1]; // bit set = composite
        bits[0] |= 3L;
        for (int i = 2; (long) i * i <= n; i++) {
            if ((bits[i >> 6] & (1L << i)) != 0) continue;
            for (int j = i * i; j <= n; j += i) bits[j >> 6] |= 1L << j;
        }
        return bits;
    }

    public static void main(String[] args) {
        int n = 200000;
        boolean[] comp = sieve(n);
        int count = 0;
        long sum = 0;
        int last = 0;
        StringBuilder first = new StringBuilder();
        for (int i = 0; i <= n; i++) {
            if (!comp[i]) {
                count++;
                sum += i;
                last = i;
                if (count <= 30) first.append(i).append(' ');
            }
        }
        System.out.println("first primes: " + first);
        System.out.println("primes <= " + n + ": " + count + ", sum " + sum + ", largest " + last);
        long[] bits = bitSieve(n);
        int bitCount = 0;
        for (int i = 0; i <= n; i++) if ((bits[i >> 6] & (1L << i)) == 0) bitCount++;
        System.out.println("bit sieve count: " + bitCount + ", words " + bits.length);
        int popComposite = 0;
        for (long w : bits) popComposite += Long.bitCount(w);
        System.out.println("composite bits set (incl. padding) = " + popComposite);
        // twin primes and gaps
        int twins = 0, maxGap = 0, gapAt = 0, prev = 2;
        for (int i = 3; i <= n; i++) {
            if (comp[i]) continue;
            if (i - prev == 2) twins++;
            if (i - prev > maxGap) { maxGap = i - prev; gapAt = prev; }
            prev = i;
        }
        System.out.println("twin prime pairs: " + twins + ", max gap " + maxGap + " after " + gapAt);
        // segmented counting per 10000 block
        StringBuilder blocks = new StringBuilder();
        for (int b = 0; b < 10; b++) {
            int c = 0;
            for (int i = b * 10000; i < (b + 1) * 10000; i++) if (!comp[i]) c++;
            blocks.append(c).append(' ');
        }
        System.out.println("primes per 10000 block: " + blocks);
        // smallest prime factor table and factorization
        int m = 1000;
        int[] spf = new int[m + 1];
        for (int i = 2; i <= m; i++) {
            if (spf[i] == 0) for (int j = i; j <= m; j += i) if (spf[j] == 0) spf[j] = i;
        }
        for (int v : new int[]{360, 997, 1000, 512, 999, 2}) {
            StringBuilder f = new StringBuilder();
            int x = v;
            while (x > 1) { f.append(spf[x]).append(x / spf[x] > 1 ? "*" : ""); x /= spf[x]; }
            System.out.println(v + " = " + f);
        }
        // Euler phi via sieve
        int[] phi = new int[101];
        for (int i = 0; i <= 100; i++) phi[i] = i;
        for (int i = 2; i <= 100; i++) if (phi[i] == i) for (int j = i; j <= 100; j += i) phi[j] -= phi[j] / i;
        StringBuilder ph = new StringBuilder();
        for (int i = 1; i <= 30; i++) ph.append(phi[i]).append(' ');
        System.out.println("phi(1..30): " + ph);
    }
}
