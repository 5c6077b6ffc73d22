public class ComplexCfg {
    // loop-and-a-half with several continue targets
    static int loopAndAHalf(int[] xs) {
        int i = 0, acc = 0;
        while (true) {
            if (i == xs.length) break;
            int v = xs[i++];
            if (v < 0) continue;
            acc += v;
            if (acc > 50) {
                acc -= 50;
                continue;
            }
            acc *= 2;
        }
        return acc;
    }

    // switch inside do-while with continue, break, and fallthrough into loop control
    static String vm(int[] code) {
        StringBuilder out = new StringBuilder();
        int pc = 0, a = 0, steps = 0;
        run:
        do {
            steps++;
            if (steps > 200) { out.append("timeout "); break; }
            int op = code[pc];
            switch (op) {
                case 0: // halt
                    break run;
                case 1: // inc
                    a++;
                    pc++;
                    continue;
                case 2: // dec, jump back 2 if nonzero
                    a--;
                    if (a != 0) { pc -= 2; continue run; }
                    pc++;
                    break;
                case 3: // print
                    out.append(a).append(' ');
                case 4: // nop (fallthrough from print)
                    pc++;
                    break;
                case 5: // double
                    a <<= 1;
                    pc++;
                    continue;
                default:
                    out.append("bad-op ");
                    break run;
            }
            out.append('.');
        } while (pc < code.length);
        return out + "a=" + a + " steps=" + steps;
    }

    // nested loops with conditions depending on outer state and multiple labeled targets
    static int grid(int n) {
        int hits = 0;
        a:
        for (int i = 0; i < n; i++) {
            int j = 0;
            b:
            while (j < n) {
                j++;
                int k = 0;
                do {
                    k++;
                    if ((i + j + k) % 13 == 0) continue a;
                    if ((i * j * k) % 17 == 16) continue b;
                    if (k * j > 3 * n) break b;
                    hits++;
                } while (k < j);
            }
            hits += 100;
        }
        return hits;
    }

    // conditional expression control flow inside loop headers
    static int ternaryHeaders(int n) {
        int total = 0;
        for (int i = (n > 5 ? 1 : 0); (i & 1) == 0 ? i < n * 2 : i < n; i += (i % 3 == 0 ? 2 : 1)) {
            total += (i % 2 == 0) ? i : -i;
        }
        return total;
    }

    // irregular exits from try-free nested blocks
    static String blocks(int v) {
        String r = "";
        out:
        {
            in1:
            {
                in2:
                {
                    if (v == 0) break in2;
                    if (v == 1) break in1;
                    if (v == 2) break out;
                    r += "body;";
                }
                r += "after-in2;";
                if (v == 3) break out;
            }
            r += "after-in1;";
        }
        return r + "end";
    }

    public static void main(String[] args) {
        System.out.println("loopAndAHalf = " + loopAndAHalf(new int[]{5, -3, 10, 20, -1, 7, 30, 2, 9}));
        System.out.println("loopAndAHalf(empty) = " + loopAndAHalf(new int[0]));
        System.out.println("vm1: " + vm(new int[]{1, 1, 1, 3, 5, 3, 0}));
        System.out.println("vm2: " + vm(new int[]{1, 1, 1, 1, 3, 4, 2, 3, 0}));
        System.out.println("vm3: " + vm(new int[]{1, 4, 3, 9, 3}));
        System.out.println("vm4: " + vm(new int[]{1, 3, 4, 5, 3}));
        System.out.println("vm5: " + vm(new int[]{1, 1, 2, 2}));
        for (int n = 1; n <= 12; n++) System.out.println("grid(" + n + ") = " + grid(n) + ", ternaryHeaders(" + n + ") = " + ternaryHeaders(n));
        for (int v = 0; v <= 4; v++) System.out.println("blocks(" + v + ") = " + blocks(v));
        // a while loop whose condition has side effects and short circuits
        int p = 0, q = 0, iters = 0;
        while ((p++ < 10 || q++ < 3) && iters < 100) iters++;
        System.out.println("side-effect condition: p=" + p + " q=" + q + " iters=" + iters);
        // counting down with two nested conditional breaks
        StringBuilder sb = new StringBuilder();
        for (int i = 20; i > 0; i -= 3) {
            if (i % 4 == 0) { sb.append('[').append(i).append(']'); continue; }
            for (int j = i; j > 0; j /= 2) {
                if (j == 1) break;
                if (j % 5 == 0) { sb.append('!'); break; }
                sb.append(j % 10);
            }
            sb.append(' ');
        }
        System.out.println("countdown: " + sb);
    }
}
