import java.util.*;

/** Dijkstra and A* on a weighted grid, BFS/DFS and topological sort on a small DAG, with path reconstruction. */
public class GraphSearch {
    record Edge(int to, int w) { }

    static final class Graph {
        final List<List<Edge>> adj = new ArrayList<>();
        Graph(int n) { for (int i = 0; i < n; i++) adj.add(new ArrayList<>()); }
        void add(int a, int b, int w) { adj.get(a).add(new Edge(b, w)); adj.get(b).add(new Edge(a, w)); }
    }

    static int[] dijkstra(Graph g, int src, int[] prev) {
        int[] dist = new int[g.adj.size()];
        Arrays.fill(dist, Integer.MAX_VALUE);
        Arrays.fill(prev, -1);
        dist[src] = 0;
        PriorityQueue<int[]> pq = new PriorityQueue<>((x, y) -> x[1] != y[1] ? Integer.compare(x[1], y[1]) : Integer.compare(x[0], y[0]));
        pq.add(new int[] {src, 0});
        while (!pq.isEmpty()) {
            int[] cur = pq.poll();
            if (cur[1] > dist[cur[0]]) continue;
            for (Edge e : g.adj.get(cur[0])) {
                int nd = cur[1] + e.w();
                if (nd < dist[e.to()]) {
                    dist[e.to()] = nd;
                    prev[e.to()] = cur[0];
                    pq.add(new int[] {e.to(), nd});
                }
            }
        }
        return dist;
    }

    static List<Integer> path(int[] prev, int target) {
        LinkedList<Integer> p = new LinkedList<>();
        for (int v = target; v != -1; v = prev[v]) p.addFirst(v);
        return p;
    }

    static final String[] MAZE = {
        "S....#........",
        ".###.#.######.",
        ".#...#......#.",
        ".#.#####.##.#.",
        ".#.....#..#...",
        ".#####.##.###.",
        "...#...#....#.",
        "##.#.###.##.#.",
        "...#.....#...G",
    };

    static int astar(char[][] grid, int[] start, int[] goal, List<int[]> outPath, int[] expanded) {
        int h = grid.length, w = grid[0].length;
        int[][] g = new int[h][w];
        for (int[] row : g) Arrays.fill(row, Integer.MAX_VALUE);
        int[][] from = new int[h * w][];
        PriorityQueue<int[]> open = new PriorityQueue<>(Comparator.<int[]>comparingInt(a -> a[2]).thenComparingInt(a -> a[3]).thenComparingInt(a -> a[0] * w + a[1]));
        g[start[0]][start[1]] = 0;
        open.add(new int[] {start[0], start[1], manhattan(start, goal), 0});
        int[][] dirs = {{0, 1}, {1, 0}, {0, -1}, {-1, 0}};
        while (!open.isEmpty()) {
            int[] cur = open.poll();
            expanded[0]++;
            if (cur[0] == goal[0] && cur[1] == goal[1]) {
                for (int[] c = goal; c != null; c = from[c[0] * w + c[1]]) outPath.add(0, c);
                return g[goal[0]][goal[1]];
            }
            if (cur[3] > g[cur[0]][cur[1]]) continue;
            for (int[] d : dirs) {
                int r = cur[0] + d[0], c = cur[1] + d[1];
                if (r < 0 || c < 0 || r >= h || c >= w || grid[r][c] == '#') continue;
                int ng = g[cur[0]][cur[1]] + 1;
                if (ng < g[r][c]) {
                    g[r][c] = ng;
                    from[r * w + c] = new int[] {cur[0], cur[1]};
                    open.add(new int[] {r, c, ng + manhattan(new int[] {r, c}, goal), ng});
                }
            }
        }
        return -1;
    }

    static int manhattan(int[] a, int[] b) { return Math.abs(a[0] - b[0]) + Math.abs(a[1] - b[1]); }

    static List<String> topo(Map<String, List<String>> deps) {
        Map<String, Integer> indeg = new TreeMap<>();
        deps.forEach((k, vs) -> { indeg.putIfAbsent(k, 0); for (String v : vs) indeg.merge(v, 1, Integer::sum); });
        Deque<String> ready = new ArrayDeque<>();
        indeg.forEach((k, d) -> { if (d == 0) ready.add(k); });
        List<String> order = new ArrayList<>();
        while (!ready.isEmpty()) {
            String n = ready.poll();
            order.add(n);
            for (String m : deps.getOrDefault(n, List.of())) if (indeg.merge(m, -1, Integer::sum) == 0) ready.add(m);
        }
        if (order.size() != indeg.size()) throw new IllegalStateException("cycle among " + indeg.keySet().stream().filter(k -> !order.contains(k)).toList());
        return order;
    }

    public static void main(String[] args) {
        Graph g = new Graph(8);
        int[][] edges = {{0, 1, 4}, {0, 2, 1}, {2, 1, 2}, {1, 3, 5}, {2, 3, 8}, {3, 4, 3}, {4, 5, 1}, {3, 5, 6}, {5, 6, 2}, {4, 6, 7}};
        for (int[] e : edges) g.add(e[0], e[1], e[2]);
        int[] prev = new int[8];
        int[] dist = dijkstra(g, 0, prev);
        for (int v = 0; v < 8; v++) {
            System.out.println("to " + v + ": " + (dist[v] == Integer.MAX_VALUE ? "unreachable" : dist[v] + " via " + path(prev, v)));
        }
        char[][] grid = new char[MAZE.length][];
        int[] start = null, goal = null;
        for (int r = 0; r < MAZE.length; r++) {
            grid[r] = MAZE[r].toCharArray();
            for (int c = 0; c < grid[r].length; c++) {
                if (grid[r][c] == 'S') start = new int[] {r, c};
                if (grid[r][c] == 'G') goal = new int[] {r, c};
            }
        }
        List<int[]> p = new ArrayList<>();
        int[] expanded = {0};
        int len = astar(grid, start, goal, p, expanded);
        System.out.println("A* length " + len + " expanded " + expanded[0] + " path cells " + p.size());
        for (int[] cell : p) if (grid[cell[0]][cell[1]] == '.') grid[cell[0]][cell[1]] = '*';
        for (char[] row : grid) System.out.println(new String(row));
        grid[4][2] = '#';
        grid[6][2] = '#';
        Map<String, List<String>> deps = new TreeMap<>();
        deps.put("app", List.of("lib", "log"));
        deps.put("lib", List.of("core", "util"));
        deps.put("log", List.of("util"));
        deps.put("util", List.of("core"));
        deps.put("test", List.of("app", "mock"));
        System.out.println("topological " + topo(deps));
        deps.put("core", List.of("app"));
        try {
            topo(deps);
        } catch (IllegalStateException e) {
            System.out.println(e.getMessage());
        }
        int n = 30;
        List<Set<Integer>> adj = new ArrayList<>();
        for (int i = 0; i < n; i++) adj.add(new TreeSet<>());
        Random rnd = new Random(11);
        for (int i = 0; i < 45; i++) {
            int a = rnd.nextInt(n), b = rnd.nextInt(n);
            if (a != b) { adj.get(a).add(b); adj.get(b).add(a); }
        }
        int[] comp = new int[n];
        Arrays.fill(comp, -1);
        int comps = 0;
        for (int s = 0; s < n; s++) {
            if (comp[s] >= 0) continue;
            Deque<Integer> q = new ArrayDeque<>(List.of(s));
            comp[s] = comps;
            while (!q.isEmpty()) for (int v : adj.get(q.poll())) if (comp[v] < 0) { comp[v] = comps; q.add(v); }
            comps++;
        }
        System.out.println("components " + comps + " labels " + Arrays.toString(comp));
    }
}
