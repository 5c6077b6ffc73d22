public class DynamicProgramming {
    static int lcs(String a, String b) {
        int[][] dp = new int[a.length() + 1][b.length() + 1];
        for (int i = 1; i <= a.length(); i++)
            for (int j = 1; j <= b.length(); j++)
                dp[i][j] = a.charAt(i - 1) == b.charAt(j - 1) ? dp[i - 1][j - 1] + 1 : Math.max(dp[i - 1][j], dp[i][j - 1]);
        return dp[a.length()][b.length()];
    }

    static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1], cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev; prev = cur; cur = t;
        }
        return prev[b.length()];
    }

    static int knapsack(int[] w, int[] v, int cap) {
        int[] dp = new int[cap + 1];
        for (int i = 0; i < w.length; i++)
            for (int c = cap; c >= w[i]; c--)
                dp[c] = Math.max(dp[c], dp[c - w[i]] + v[i]);
        return dp[cap];
    }

    static long coinWays(int[] coins, int amount) {
        long[] ways = new long[amount + 1];
        ways[0] = 1;
        for (int c : coins) for (int a = c; a <= amount; a++) ways[a] += ways[a - c];
        return ways[amount];
    }

    static int minCoins(int[] coins, int amount) {
        int[] dp = new int[amount + 1];
        java.util.Arrays.fill(dp, Integer.MAX_VALUE);
        dp[0] = 0;
        for (int a = 1; a <= amount; a++)
            for (int c : coins)
                if (c <= a && dp[a - c] != Integer.MAX_VALUE) dp[a] = Math.min(dp[a], dp[a - c] + 1);
        return dp[amount] == Integer.MAX_VALUE ? -1 : dp[amount];
    }

    static int lis(int[] a) {
        int[] tails = new int[a.length];
        int size = 0;
        for (int x : a) {
            int lo = 0, hi = size;
            while (lo < hi) { int mid = (lo + hi) >>> 1; if (tails[mid] < x) lo = mid + 1; else hi = mid; }
            tails[lo] = x;
            if (lo == size) size++;
        }
        return size;
    }

    static long matrixChain(int[] dims) {
        int n = dims.length - 1;
        long[][] dp = new long[n][n];
        for (int len = 2; len <= n; len++)
            for (int i = 0; i + len - 1 < n; i++) {
                int j = i + len - 1;
                dp[i][j] = Long.MAX_VALUE;
                for (int k = i; k < j; k++) {
                    long cost = dp[i][k] + dp[k + 1][j] + (long) dims[i] * dims[k + 1] * dims[j + 1];
                    if (cost < dp[i][j]) dp[i][j] = cost;
                }
            }
        return dp[0][n - 1];
    }

    public static void main(String[] args) {
        String[][] pairs = {{"ABCBDAB", "BDCABA"}, {"kitten", "sitting"}, {"", "abc"}, {"intention", "execution"}, {"same", "same"}};
        for (String[] p : pairs) System.out.println("lcs/edit(" + p[0] + ", " + p[1] + ") = " + lcs(p[0], p[1]) + " / " + editDistance(p[0], p[1]));
        int[] w = {1, 3, 4, 5, 9, 12}, v = {1, 4, 5, 7, 11, 15};
        for (int cap : new int[]{0, 7, 13, 20, 34}) System.out.println("knapsack cap " + cap + " = " + knapsack(w, v, cap));
        int[] coins = {1, 2, 5, 10, 20, 50, 100, 200};
        System.out.println("ways to make 200 = " + coinWays(coins, 200) + ", 1000 = " + coinWays(coins, 1000));
        System.out.println("min coins {3,7} for 1..15: ");
        StringBuilder sb = new StringBuilder();
        for (int a = 1; a <= 15; a++) sb.append(minCoins(new int[]{3, 7}, a)).append(' ');
        System.out.println("  " + sb);
        System.out.println("lis = " + lis(new int[]{10, 9, 2, 5, 3, 7, 101, 18, 4, 8, 6, 12, 11}) + ", lis(sorted 50) = " + lis(range(50)) + ", lis(empty) = " + lis(new int[0]));
        System.out.println("matrix chain = " + matrixChain(new int[]{40, 20, 30, 10, 30}) + ", " + matrixChain(new int[]{10, 20, 30, 40, 30, 5, 60, 7}));
        // Pascal mod and triangle path max
        int[][] tri = {{3}, {7, 4}, {2, 4, 6}, {8, 5, 9, 3}, {1, 9, 2, 7, 5}};
        int[] best = tri[tri.length - 1].clone();
        for (int r = tri.length - 2; r >= 0; r--)
            for (int c = 0; c <= r; c++) best[c] = tri[r][c] + Math.max(best[c], best[c + 1]);
        System.out.println("max triangle path = " + best[0]);
        // partitions count via DP table
        long[] part = new long[101];
        part[0] = 1;
        for (int k = 1; k <= 100; k++) for (int n = k; n <= 100; n++) part[n] += part[n - k];
        System.out.println("p(50) = " + part[50] + ", p(100) = " + part[100]);
    }

    static int[] range(int n) {
        int[] r = new int[n];
        for (int i = 0; i < n; i++) r[i] = i;
        return r;
    }
}
