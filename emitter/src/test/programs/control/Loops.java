public class Loops {
    static int limit = 10;

    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < limit; i++) sb.append(i).append(' ');
        System.out.println("for up: " + sb);
        sb.setLength(0);
        for (int i = limit; i-- > 0; ) sb.append(i).append(' ');
        System.out.println("for down (i-- > 0): " + sb);
        sb.setLength(0);
        for (int i = 0, j = limit; i < j; i += 2, j--) sb.append(i).append('/').append(j).append(' ');
        System.out.println("two vars: " + sb);
        sb.setLength(0);
        int w = 1;
        while (w < 1000) { sb.append(w).append(' '); w *= 3; }
        System.out.println("while *3: " + sb + "-> " + w);
        sb.setLength(0);
        int d = 100;
        do { sb.append(d).append(' '); d /= 2; } while (d > 0);
        System.out.println("do-while /2: " + sb);
        int once = 0;
        do { once++; } while (false);
        System.out.println("do-while(false) ran " + once + " time(s)");
        int never = 0;
        while (limit < 0) never++;
        for (; limit < 0; ) never++;
        System.out.println("never = " + never);
        // infinite loop with break
        int k = 0;
        for (;;) {
            k += 7;
            if (k % 5 == 3) break;
        }
        System.out.println("for(;;) broke at k = " + k);
        k = 0;
        while (true) {
            if (++k * k > 200) break;
        }
        System.out.println("while(true) broke at k = " + k);
        // continue in each loop kind
        sb.setLength(0);
        for (int i = 0; i < 20; i++) {
            if (i % 3 != 0) continue;
            sb.append(i).append(' ');
        }
        System.out.println("for continue: " + sb);
        sb.setLength(0);
        int i2 = 0;
        while (i2 < 20) {
            i2++;
            if ((i2 & 1) == 1) continue;
            sb.append(i2).append(' ');
        }
        System.out.println("while continue: " + sb);
        sb.setLength(0);
        int i3 = 0;
        do {
            i3++;
            if (i3 % 4 != 0) continue; // continue in do-while jumps to the condition
            sb.append(i3).append(' ');
        } while (i3 < 20);
        System.out.println("do-while continue: " + sb);
        // nested loops
        int count = 0;
        for (int a = 0; a < 10; a++)
            for (int b = a; b < 10; b++)
                for (int c = b; c < 10; c++)
                    if (a + b + c == 12) count++;
        System.out.println("triples summing to 12: " + count);
        // multiplication table
        for (int r = 1; r <= 9; r++) {
            sb.setLength(0);
            for (int c = 1; c <= 9; c++) {
                int p = r * c;
                if (p < 10) sb.append(' ');
                sb.append(p).append(' ');
            }
            System.out.println(sb);
        }
        // long and char loop counters
        long lsum = 0;
        for (long L = 4000000000L; L < 4000000010L; L++) lsum += L;
        System.out.println("long loop sum = " + lsum);
        sb.setLength(0);
        for (char c = 'a'; c <= 'z'; c += 5) sb.append(c);
        System.out.println("char loop: " + sb);
        // loop whose counter overflows: byte wraps
        int iterations = 0;
        for (byte b = 120; b > 0; b++) iterations++;
        System.out.println("byte loop iterations until wrap: " + iterations);
        // loop variable modified inside body
        sb.setLength(0);
        for (int i = 0; i < 30; i++) {
            if (i % 7 == 6) i += 3;
            sb.append(i).append(' ');
        }
        System.out.println("modified counter: " + sb);
        // enhanced for over arrays
        int[] arr = {5, 3, 8, 1};
        int total = 0;
        for (int v : arr) total += v;
        System.out.println("enhanced for total = " + total);
        String[] words = {"alpha", "beta", "gamma"};
        sb.setLength(0);
        for (String s : words) sb.append(s.charAt(0));
        System.out.println("initials: " + sb);
        // collatz lengths
        int best = 0, bestN = 0;
        for (int n = 1; n < 10000; n++) {
            long x = n;
            int len = 1;
            while (x != 1) {
                x = (x & 1) == 0 ? x / 2 : 3 * x + 1;
                len++;
            }
            if (len > best) { best = len; bestN = n; }
        }
        System.out.println("longest collatz below 10000: n = " + bestN + ", length = " + best);
    }
}
