import java.util.*;

/** Dynamic programming classics: 0/1 knapsack with item reconstruction, LCS diff, edit distance, coin change and weighted interval scheduling. */
public class KnapsackAndScheduling {
    record Item(String name, int weight, int value) { }
    record Job(String name, int start, int end, int profit) { }

    public static void main(String[] args) {
        List<Item> items = List.of(new Item("tent", 5, 60), new Item("stove", 3, 50), new Item("food", 4, 70), new Item("camera", 2, 30),
                new Item("book", 1, 10), new Item("rope", 2, 15), new Item("lamp", 3, 40));
        int cap = 10;
        int[][] dp = new int[items.size() + 1][cap + 1];
        for (int i = 1; i <= items.size(); i++) {
            Item it = items.get(i - 1);
            for (int w = 0; w <= cap; w++) {
                dp[i][w] = dp[i - 1][w];
                if (it.weight() <= w) dp[i][w] = Math.max(dp[i][w], dp[i - 1][w - it.weight()] + it.value());
            }
        }
        List<String> chosen = new ArrayList<>();
        for (int i = items.size(), w = cap; i > 0; i--) if (dp[i][w] != dp[i - 1][w]) { chosen.add(items.get(i - 1).name()); w -= items.get(i - 1).weight(); }
        Collections.reverse(chosen);
        System.out.println("knapsack best " + dp[items.size()][cap] + " with " + chosen);
        String a = "the quick brown fox jumps", b = "the quack brown box jumped";
        String[] x = a.split(" "), y = b.split(" ");
        int[][] l = new int[x.length + 1][y.length + 1];
        for (int i = x.length - 1; i >= 0; i--) for (int j = y.length - 1; j >= 0; j--) l[i][j] = x[i].equals(y[j]) ? l[i + 1][j + 1] + 1 : Math.max(l[i + 1][j], l[i][j + 1]);
        StringBuilder diff = new StringBuilder();
        int i = 0, j = 0;
        while (i < x.length && j < y.length) {
            if (x[i].equals(y[j])) { diff.append("  ").append(x[i]).append('\n'); i++; j++; }
            else if (l[i + 1][j] >= l[i][j + 1]) diff.append("- ").append(x[i++]).append('\n');
            else diff.append("+ ").append(y[j++]).append('\n');
        }
        while (i < x.length) diff.append("- ").append(x[i++]).append('\n');
        while (j < y.length) diff.append("+ ").append(y[j++]).append('\n');
        System.out.print("word diff (lcs " + l[0][0] + "):\n" + diff);
        for (String[] pair : new String[][] {{"kitten", "sitting"}, {"flaw", "lawn"}, {"", "abc"}, {"intention", "execution"}}) {
            int[][] e = new int[pair[0].length() + 1][pair[1].length() + 1];
            for (int p = 0; p <= pair[0].length(); p++) e[p][0] = p;
            for (int q = 0; q <= pair[1].length(); q++) e[0][q] = q;
            for (int p = 1; p <= pair[0].length(); p++)
                for (int q = 1; q <= pair[1].length(); q++)
                    e[p][q] = Math.min(Math.min(e[p - 1][q] + 1, e[p][q - 1] + 1), e[p - 1][q - 1] + (pair[0].charAt(p - 1) == pair[1].charAt(q - 1) ? 0 : 1));
            System.out.println("edit distance " + pair[0] + " -> " + pair[1] + " = " + e[pair[0].length()][pair[1].length()]);
        }
        int[] coins = {1, 5, 10, 25, 50};
        long[] ways = new long[301];
        ways[0] = 1;
        for (int c : coins) for (int v = c; v <= 300; v++) ways[v] += ways[v - c];
        int[] fewest = new int[301];
        Arrays.fill(fewest, Integer.MAX_VALUE);
        fewest[0] = 0;
        for (int v = 1; v <= 300; v++) for (int c : coins) if (c <= v && fewest[v - c] != Integer.MAX_VALUE) fewest[v] = Math.min(fewest[v], fewest[v - c] + 1);
        System.out.println("coin change ways(100) " + ways[100] + " ways(300) " + ways[300] + " fewest(289) " + fewest[289]);
        List<Job> jobs = new ArrayList<>(List.of(new Job("a", 1, 4, 5), new Job("b", 3, 5, 1), new Job("c", 0, 6, 8), new Job("d", 4, 7, 4),
                new Job("e", 3, 9, 6), new Job("f", 5, 9, 3), new Job("g", 6, 10, 2), new Job("h", 8, 11, 4)));
        jobs.sort(Comparator.comparingInt(Job::end));
        int[] best = new int[jobs.size() + 1];
        for (int k = 1; k <= jobs.size(); k++) {
            Job jb = jobs.get(k - 1);
            int prev = 0;
            for (int m = k - 1; m >= 1; m--) if (jobs.get(m - 1).end() <= jb.start()) { prev = m; break; }
            best[k] = Math.max(best[k - 1], best[prev] + jb.profit());
        }
        System.out.println("weighted interval scheduling best profit " + best[jobs.size()] + " table " + Arrays.toString(best));
    }
}
