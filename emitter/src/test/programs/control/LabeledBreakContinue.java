public class LabeledBreakContinue {
    static int[][] grid = {
            {1, 2, 3, 4},
            {5, 6, -7, 8},
            {9, 10, 11, 12},
            {13, -14, 15, 16}};

    public static void main(String[] args) {
        // find first negative
        int fr = -1, fc = -1;
        search:
        for (int r = 0; r < grid.length; r++) {
            for (int c = 0; c < grid[r].length; c++) {
                if (grid[r][c] < 0) {
                    fr = r;
                    fc = c;
                    break search;
                }
            }
        }
        System.out.println("first negative at " + fr + "," + fc);
        // continue outer: sum rows until a negative entry, skipping rest of row
        StringBuilder sb = new StringBuilder();
        rows:
        for (int r = 0; r < grid.length; r++) {
            int sum = 0;
            for (int c = 0; c < grid[r].length; c++) {
                if (grid[r][c] < 0) {
                    sb.append("row").append(r).append(":skip@").append(c).append(' ');
                    continue rows;
                }
                sum += grid[r][c];
            }
            sb.append("row").append(r).append(":").append(sum).append(' ');
        }
        System.out.println(sb);
        // three levels with break to middle
        sb.setLength(0);
        outer:
        for (int i = 0; i < 3; i++) {
            middle:
            for (int j = 0; j < 3; j++) {
                for (int k = 0; k < 3; k++) {
                    if (k == 1 && j == 1) break middle;
                    if (k == 2) continue middle;
                    if (i == 2 && j == 0 && k == 1) break outer;
                    sb.append(i).append(j).append(k).append(' ');
                }
            }
        }
        System.out.println("3-level: " + sb);
        // labeled block (not a loop) used as goto forward
        for (int v = -2; v <= 2; v++) {
            String result;
            check:
            {
                if (v < 0) { result = "negative"; break check; }
                if (v == 0) { result = "zero"; break check; }
                result = "positive";
            }
            System.out.println("classify " + v + " = " + result);
        }
        // labeled while and do-while
        int n = 0;
        sb.setLength(0);
        loop:
        while (true) {
            n++;
            int m = 0;
            do {
                m++;
                if (m == n) continue loop;
                if (n * m > 12) break loop;
                sb.append(n).append('x').append(m).append(' ');
            } while (m < 10);
        }
        System.out.println("while/do labeled: " + sb + "(n=" + n + ")");
        // prime search with labeled continue
        sb.setLength(0);
        int found = 0;
        candidates:
        for (int c = 2; found < 25; c++) {
            for (int d = 2; d * d <= c; d++) {
                if (c % d == 0) continue candidates;
            }
            sb.append(c).append(' ');
            found++;
        }
        System.out.println("primes: " + sb);
        // nested labeled blocks
        int x = 5;
        String path = "";
        a:
        {
            path += "a";
            b:
            {
                path += "b";
                if (x > 3) break b;
                path += "B";
                break a;
            }
            path += "-after-b";
            c:
            {
                if (x > 4) break a;
                path += "c";
            }
            path += "-after-c";
        }
        System.out.println("nested blocks path: " + path);
        // label on a switch
        sb.setLength(0);
        for (int i = 0; i < 6; i++) {
            sw:
            switch (i % 3) {
                case 0:
                    if (i > 2) break sw;
                    sb.append("zero").append(i).append(' ');
                    break;
                case 1:
                    for (int j = 0; j < 5; j++) {
                        if (j == 2) break sw;
                        sb.append("one").append(i).append(j).append(' ');
                    }
                    sb.append("unreached ");
                    break;
                default:
                    sb.append("other").append(i).append(' ');
            }
        }
        System.out.println("labeled switch: " + sb);
        // matrix search returning via labeled break and flag
        int target = 11;
        boolean hit = false;
        int steps = 0;
        scan:
        for (int[] row : grid) {
            for (int v : row) {
                steps++;
                if (v == target) { hit = true; break scan; }
            }
        }
        System.out.println("found " + target + ": " + hit + " after " + steps + " steps");
    }
}
