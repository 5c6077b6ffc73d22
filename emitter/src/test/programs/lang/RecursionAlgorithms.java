import java.util.*;

public class RecursionAlgorithms {
    static long gcd(long a, long b) { return b == 0 ? a : gcd(b, a % b); }
    static void permute(String prefix, String rest, List<String> out) {
        if (rest.isEmpty()) { out.add(prefix); return; }
        for (int i = 0; i < rest.length(); i++) permute(prefix + rest.charAt(i), rest.substring(0, i) + rest.substring(i + 1), out);
    }
    static void subsets(int[] a, int i, Deque<Integer> cur, List<String> out) {
        if (i == a.length) { out.add(cur.toString()); return; }
        subsets(a, i + 1, cur, out);
        cur.addLast(a[i]);
        subsets(a, i + 1, cur, out);
        cur.removeLast();
    }
    static int partitions(int n, int max) { if (n == 0) return 1; int c = 0; for (int k = Math.min(n, max); k >= 1; k--) c += partitions(n - k, k); return c; }
    static long power(long b, int e, long mod) { if (e == 0) return 1 % mod; long h = power(b, e / 2, mod); h = h * h % mod; return e % 2 == 1 ? h * b % mod : h; }
    static int floodFill(char[][] g, int r, int c) {
        if (r < 0 || c < 0 || r >= g.length || c >= g[0].length || g[r][c] != '.') return 0;
        g[r][c] = '~';
        return 1 + floodFill(g, r + 1, c) + floodFill(g, r - 1, c) + floodFill(g, r, c + 1) + floodFill(g, r, c - 1);
    }
    static String hanoi(int n, char from, char to, char via) { return n == 0 ? "" : hanoi(n - 1, from, via, to) + from + to + " " + hanoi(n - 1, via, to, from); }
    static boolean solveQueens(int row, int[] cols, int n) {
        if (row == n) return true;
        for (int c = 0; c < n; c++) {
            boolean ok = true;
            for (int r = 0; r < row; r++) if (cols[r] == c || Math.abs(cols[r] - c) == row - r) { ok = false; break; }
            if (ok) { cols[row] = c; if (solveQueens(row + 1, cols, n)) return true; }
        }
        return false;
    }
    static int ackermann(int m, int n) { return m == 0 ? n + 1 : n == 0 ? ackermann(m - 1, 1) : ackermann(m - 1, ackermann(m, n - 1)); }

    public static void main(String[] args) {
        System.out.println("gcd " + gcd(1071, 462) + " " + gcd(1L << 40, 6L << 20));
        List<String> perms = new ArrayList<>();
        permute("", "abcd", perms);
        System.out.println("perms " + perms.size() + " " + perms.subList(0, 8) + " last " + perms.get(perms.size() - 1));
        List<String> subs = new ArrayList<>();
        subsets(new int[] {1, 2, 3}, 0, new ArrayDeque<>(), subs);
        System.out.println("subsets " + subs);
        StringBuilder p = new StringBuilder();
        for (int n = 1; n <= 15; n++) p.append(partitions(n, n)).append(' ');
        System.out.println("partitions " + p.toString().trim());
        System.out.println("modpow " + power(3, 200, 1_000_000_007) + " " + power(2, 62, Long.MAX_VALUE));
        char[][] grid = {"..#.....".toCharArray(), ".##.###.".toCharArray(), "....#...".toCharArray(), "###.#.##".toCharArray(), "....#...".toCharArray()};
        System.out.println("flood " + floodFill(grid, 0, 0) + " then " + floodFill(grid, 0, 7));
        for (char[] row : grid) System.out.println(new String(row));
        System.out.println("hanoi(4) " + hanoi(4, 'A', 'C', 'B').trim().split(" ").length + " moves: " + hanoi(3, 'A', 'C', 'B').trim());
        for (int n = 4; n <= 8; n++) {
            int[] cols = new int[n];
            System.out.println("queens " + n + " " + solveQueens(0, cols, n) + " " + Arrays.toString(cols));
        }
        System.out.println("ackermann(2,3) " + ackermann(2, 3) + " (3,3) " + ackermann(3, 3));
    }
}
