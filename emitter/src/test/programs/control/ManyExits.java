public class ManyExits {
    // a loop with several different exits; returns a code describing which one fired
    static String scan(int[] data) {
        int sum = 0;
        int i = 0;
        int negatives = 0;
        while (true) {
            if (i >= data.length) return "end sum=" + sum;
            int v = data[i++];
            if (v == 0) continue;
            if (v < 0) {
                if (++negatives >= 2) return "two-negatives at " + (i - 1);
                continue;
            }
            sum += v;
            if (sum > 100) break;
            if (v == 42) return "found 42 at " + (i - 1);
        }
        return "overflow sum=" + sum + " at " + (i - 1);
    }

    static int nestedExits(int n) {
        int result = 0;
        outer:
        for (int i = 0; i < n; i++) {
            inner:
            for (int j = 0; j < n; j++) {
                if (j > i) continue outer;
                if ((i * j) % 37 == 36) break outer;
                if ((i + j) % 7 == 6) break inner;
                if (i * j > 200) return -result;
                result += i ^ j;
            }
            result += 1000;
        }
        return result;
    }

    static int doWhileExits(int seed) {
        int x = seed;
        int steps = 0;
        do {
            steps++;
            if (x % 17 == 0) break;
            if (x > 10000) return -steps;
            x = (x % 2 == 0) ? x / 2 + 7 : x * 3 - 1;
        } while (x != 1 && steps < 100);
        return steps * 100000 + x;
    }

    public static void main(String[] args) {
        int[][] inputs = {
                {1, 2, 3},
                {10, 0, 42, 5},
                {-1, 5, -2, 7},
                {60, 30, 20, 1},
                {},
                {0, 0, -5, 0, 99, 2},
                {42}};
        for (int[] in : inputs) {
            StringBuilder sb = new StringBuilder("[");
            for (int k = 0; k < in.length; k++) sb.append(k == 0 ? "" : ",").append(in[k]);
            System.out.println("scan" + sb + "] -> " + scan(in));
        }
        for (int n = 1; n <= 30; n += 3) System.out.println("nestedExits(" + n + ") = " + nestedExits(n));
        StringBuilder sb = new StringBuilder();
        for (int s = 1; s <= 40; s++) sb.append(doWhileExits(s)).append(' ');
        System.out.println("doWhileExits: " + sb);
        // break from within a switch inside a loop only leaves the switch
        int count = 0;
        for (int i = 0; i < 10; i++) {
            switch (i) {
                case 5:
                    break;
                default:
                    count++;
            }
        }
        System.out.println("switch break only leaves switch: count = " + count);
        // loops that exit by exhausting vs by breaking: for/else emulation
        for (int target : new int[]{7, 8}) {
            boolean found = false;
            for (int v : new int[]{1, 3, 5, 7}) {
                if (v == target) { found = true; break; }
            }
            System.out.println(target + (found ? " found" : " not found (loop exhausted)"));
        }
    }
}
