public class ExceptionsInLoops {
    static int parse(String s) {
        int v = 0;
        if (s.isEmpty()) throw new IllegalArgumentException("empty");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') throw new IllegalArgumentException("bad char '" + c + "' in " + s);
            v = v * 10 + (c - '0');
        }
        return v;
    }

    public static void main(String[] args) {
        String[] inputs = { "12", "x3", "", "007", "9a9", "100", "-1", "42" };
        int sum = 0, bad = 0;
        for (String s : inputs) {
            int v;
            try {
                v = parse(s);
            } catch (IllegalArgumentException e) {
                bad++;
                System.out.println("skipping: " + e.getMessage());
                continue;
            }
            sum += v;
            System.out.println("parsed " + s + " -> " + v);
        }
        System.out.println("sum=" + sum + " bad=" + bad);

        int i = 0, attempts = 0;
        while (true) {
            attempts++;
            try {
                if (attempts < 4) throw new RuntimeException("retry " + attempts);
                System.out.println("succeeded after " + attempts + " attempts");
                break;
            } catch (RuntimeException e) {
                System.out.println("failed: " + e.getMessage());
            } finally {
                i++;
            }
        }
        System.out.println("finally count=" + i);

        int found = -1;
        int[][] grid = { { 1, 2 }, { 3 }, {}, { 4, 5, 6 } };
        outer:
        for (int r = 0; r < 5; r++) {
            for (int c = 0; c < 3; c++) {
                try {
                    if (grid[r][c] == 5) { found = r * 10 + c; break outer; }
                } catch (ArrayIndexOutOfBoundsException e) {
                    System.out.println("r=" + r + " c=" + c + " oob");
                    continue outer;
                }
            }
        }
        System.out.println("found=" + found);

        int doWhileCount = 0;
        int k = 0;
        do {
            try {
                k++;
                if (k % 2 == 0) throw new Exception("even " + k);
                doWhileCount += k;
            } catch (Exception e) {
                doWhileCount -= 1;
                if (k > 6) break;
            }
        } while (k < 10);
        System.out.println("doWhile k=" + k + " count=" + doWhileCount);

        long total = 0;
        for (int n = 0; n < 2000; n++) {
            try {
                try {
                    if (n % 3 == 0) throw new IllegalStateException();
                    total += n;
                } finally {
                    total += 1;
                }
            } catch (IllegalStateException e) {
                total -= 2;
            }
        }
        System.out.println("stress total=" + total);

        StringBuilder sb = new StringBuilder();
        for (int n = 0; n < 6; n++) {
            try {
                switch (n % 3) {
                    case 0: throw new IllegalArgumentException();
                    case 1: throw new IllegalStateException();
                    default: sb.append("ok");
                }
            } catch (IllegalArgumentException e) {
                sb.append("A");
                continue;
            } catch (IllegalStateException e) {
                sb.append("S");
            } finally {
                sb.append('.');
            }
            sb.append('|');
        }
        System.out.println("pattern=" + sb);
    }
}
