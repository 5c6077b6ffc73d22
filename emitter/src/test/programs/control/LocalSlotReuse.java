public class LocalSlotReuse {
    // javac reuses local variable slots across disjoint scopes, even for different types
    static String reuse(int n) {
        StringBuilder sb = new StringBuilder();
        {
            int a = n * 3;
            long b = a * 1000000007L;
            sb.append(a).append(',').append(b).append(';');
        }
        {
            double c = n / 4.0;
            float d = (float) c * 3;
            sb.append(c).append(',').append(d).append(';');
        }
        {
            String s = "s" + n;
            Object o = s.length() > 2 ? s : null;
            sb.append(s).append(',').append(o).append(';');
        }
        {
            long big = Long.MAX_VALUE - n;
            int small = (int) big;
            sb.append(big).append(',').append(small).append(';');
        }
        for (int i = 0; i < 2; i++) {
            double t = i + 0.5;
            sb.append(t).append(' ');
        }
        for (long i = 10; i < 12; i++) {
            int u = (int) i * 2;
            sb.append(u).append(' ');
        }
        if (n > 0) {
            char ch = (char) ('a' + n);
            sb.append(ch);
        } else {
            boolean flag = n == 0;
            sb.append(flag);
        }
        return sb.toString();
    }

    // many locals of mixed widths
    static double manyLocals(int seed) {
        int i0 = seed, i1 = seed + 1, i2 = seed * 2, i3 = seed ^ 0x55;
        long l0 = seed * 3L, l1 = l0 << 20, l2 = l1 - i3;
        double d0 = seed / 3.0, d1 = d0 * d0, d2 = d1 - l0;
        float f0 = seed * 0.25f, f1 = f0 + i1;
        short s0 = (short) (seed * 1000);
        byte b0 = (byte) seed;
        char c0 = (char) (seed + 64);
        boolean z0 = (seed & 1) == 0;
        long acc = i0 + i1 + i2 + i3 + l0 + l1 + l2 + s0 + b0 + c0 + (z0 ? 1 : 0);
        double dacc = d0 + d1 + d2 + f0 + f1;
        for (int k = 0; k < 3; k++) {
            long tmp = l2 + k;
            double dt = d2 * k;
            acc += tmp;
            dacc += dt;
        }
        return acc + dacc;
    }

    // locals live across loops and branches with same slot reused after scope ends
    static int swapDance(int[] a) {
        int moves = 0;
        for (int i = 0; i < a.length; i++) {
            for (int j = a.length - 1; j > i; j--) {
                if (a[j - 1] > a[j]) {
                    int t = a[j];
                    a[j] = a[j - 1];
                    a[j - 1] = t;
                    moves++;
                }
            }
            long check = 0;
            for (int v : a) check = check * 31 + v;
            if (check == 0) moves += 1000;
        }
        return moves;
    }

    public static void main(String[] args) {
        for (int n = -1; n <= 3; n++) System.out.println("reuse(" + n + ") = " + reuse(n));
        for (int s = 0; s < 6; s++) System.out.println("manyLocals(" + s + ") = " + manyLocals(s));
        int[] arr = {9, 4, 7, 1, 8, 2, 6, 3, 5, 0};
        int moves = swapDance(arr);
        StringBuilder sb = new StringBuilder();
        for (int v : arr) sb.append(v);
        System.out.println("sorted " + sb + " with " + moves + " swaps");
        // variables declared in switch cases share scope
        for (int k = 0; k < 3; k++) {
            switch (k) {
                case 0:
                    int x = 10;
                    double y = 1.5;
                    System.out.println("case 0: x=" + x + " y=" + y);
                    break;
                case 1:
                    x = 20; // same variable, declared in case 0's scope
                    y = 2.5;
                    System.out.println("case 1: x=" + x + " y=" + y);
                    break;
                default:
                    long z = 30L;
                    System.out.println("default: z=" + z);
            }
        }
        // parameters reassigned
        System.out.println("reassign(5, 2.5) = " + reassign(5, 2.5, 7L));
    }

    static String reassign(int a, double b, long c) {
        a += 10;
        b *= 2;
        c = c * c;
        int d = a;
        a = (int) c;
        c = d;
        return a + " " + b + " " + c + " " + d;
    }
}
