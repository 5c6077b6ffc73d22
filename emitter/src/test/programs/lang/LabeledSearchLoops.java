public class LabeledSearchLoops {
    public static void main(String[] args) {
        int[][] grid = new int[8][8];
        for (int r = 0; r < 8; r++) for (int c = 0; c < 8; c++) grid[r][c] = (r * 13 + c * 7) % 23;
        int foundR = -1, foundC = -1;
        search:
        for (int r = 0; r < 8; r++) {
            for (int c = 0; c < 8; c++) {
                if (grid[r][c] == 22) { foundR = r; foundC = c; break search; }
            }
        }
        System.out.println("first 22 at " + foundR + "," + foundC);
        int rowsWithSmall = 0;
        rows:
        for (int[] row : grid) {
            for (int v : row) if (v < 2) { rowsWithSmall++; continue rows; }
        }
        System.out.println("rows containing a value < 2: " + rowsWithSmall);
        StringBuilder primes = new StringBuilder();
        outer:
        for (int n = 2; primes.length() < 60; n++) {
            for (int d = 2; d * d <= n; d++) if (n % d == 0) continue outer;
            primes.append(n).append(' ');
        }
        System.out.println(primes.toString().trim());
        int steps = 0;
        block: {
            for (int i = 0; i < 100; i++) {
                steps++;
                if (i * i > 50) break block;
            }
            System.out.println("never printed");
        }
        System.out.println("labeled block exited after " + steps);
        int count = 0;
        loop:
        while (true) {
            switch (count++ % 4) {
                case 0: continue loop;
                case 3: if (count > 10) break loop;
                default: break;
            }
        }
        System.out.println("switch in labeled while count " + count);
        String text = "find the needle in this haystack with needles";
        int idx = -1;
        scan:
        for (int i = 0; i + 6 <= text.length(); i++) {
            for (int j = 0; j < 6; j++) if (text.charAt(i + j) != "needle".charAt(j)) continue scan;
            idx = i;
            break;
        }
        System.out.println("needle at " + idx + " (" + text.indexOf("needle") + ")");
    }
}
