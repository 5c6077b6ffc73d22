public class MultiPrecision {
    // little-endian base 10^9 big numbers using int arrays and long intermediates
    static final int BASE = 1000000000;

    static int[] mulSmall(int[] a, int m) {
        int[] r = new int[a.length + 2];
        long carry = 0;
        int i = 0;
        for (; i < a.length; i++) {
            long cur = (long) a[i] * m + carry;
            r[i] = (int) (cur % BASE);
            carry = cur / BASE;
        }
        while (carry != 0) {
            r[i++] = (int) (carry % BASE);
            carry /= BASE;
        }
        return trim(r);
    }

    static int[] add(int[] a, int[] b) {
        int n = Math.max(a.length, b.length) + 1;
        int[] r = new int[n];
        int carry = 0;
        for (int i = 0; i < n; i++) {
            int s = carry + (i < a.length ? a[i] : 0) + (i < b.length ? b[i] : 0);
            if (s >= BASE) { s -= BASE; carry = 1; } else carry = 0;
            r[i] = s;
        }
        return trim(r);
    }

    static int[] mul(int[] a, int[] b) {
        long[] acc = new long[a.length + b.length + 1];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < b.length; j++) {
                acc[i + j] += (long) a[i] * b[j];
                if (acc[i + j] >= 8000000000000000000L) {
                    acc[i + j + 1] += acc[i + j] / BASE;
                    acc[i + j] %= BASE;
                }
            }
        }
        int[] r = new int[acc.length + 1];
        long carry = 0;
        for (int i = 0; i < acc.length; i++) {
            long cur = acc[i] + carry;
            r[i] = (int) (cur % BASE);
            carry = cur / BASE;
        }
        r[acc.length] = (int) carry;
        return trim(r);
    }

    static int[] trim(int[] r) {
        int n = r.length;
        while (n > 1 && r[n - 1] == 0) n--;
        if (n == r.length) return r;
        int[] t = new int[n];
        System.arraycopy(r, 0, t, 0, n);
        return t;
    }

    static String str(int[] a) {
        StringBuilder sb = new StringBuilder();
        sb.append(a[a.length - 1]);
        for (int i = a.length - 2; i >= 0; i--) {
            String part = Integer.toString(a[i]);
            for (int k = part.length(); k < 9; k++) sb.append('0');
            sb.append(part);
        }
        return sb.toString();
    }

    static int digitSum(String s) {
        int d = 0;
        for (int i = 0; i < s.length(); i++) d += s.charAt(i) - '0';
        return d;
    }

    public static void main(String[] args) {
        int[] f = {1};
        for (int i = 1; i <= 60; i++) {
            f = mulSmall(f, i);
            if (i % 5 == 0 || i == 21) System.out.println(i + "! = " + str(f));
        }
        int[] a = {0}, b = {1};
        for (int i = 0; i < 300; i++) {
            int[] t = add(a, b);
            a = b;
            b = t;
        }
        String fib = str(a);
        System.out.println("fib(300) = " + fib + " (digits " + fib.length() + ", digit sum " + digitSum(fib) + ")");
        int[] p = {1};
        int[] two64 = mulSmall(mulSmall(new int[]{65536}, 65536), 65536);
        two64 = mulSmall(two64, 65536);
        System.out.println("2^64 = " + str(two64));
        for (int i = 0; i < 4; i++) p = mul(p, two64);
        System.out.println("2^256 = " + str(p));
        int[] sq = mul(p, p);
        String s = str(sq);
        System.out.println("2^512 = " + s);
        System.out.println("2^512 digit sum = " + digitSum(s));
        int[] f100 = {1};
        for (int i = 2; i <= 100; i++) f100 = mulSmall(f100, i);
        String fs = str(f100);
        System.out.println("100! digits = " + fs.length() + ", digit sum = " + digitSum(fs));
        // compare against long arithmetic for a small value
        long lf = 1;
        for (int i = 1; i <= 20; i++) lf *= i;
        int[] f20 = {1};
        for (int i = 1; i <= 20; i++) f20 = mulSmall(f20, i);
        System.out.println("20! long = " + lf + ", big = " + str(f20) + ", same = " + str(f20).equals(Long.toString(lf)));
    }
}
