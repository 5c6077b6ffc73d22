public class Backtracking {
    static int solutions;

    static boolean safe(int[] cols, int row, int col) {
        for (int r = 0; r < row; r++) {
            int c = cols[r];
            if (c == col || Math.abs(c - col) == row - r) return false;
        }
        return true;
    }

    static void queens(int[] cols, int row, int n, StringBuilder first) {
        if (row == n) {
            if (solutions == 0) for (int c : cols) first.append(c);
            solutions++;
            return;
        }
        for (int col = 0; col < n; col++) {
            if (!safe(cols, row, col)) continue;
            cols[row] = col;
            queens(cols, row + 1, n, first);
        }
    }

    static boolean solveSudoku(int[][] g) {
        for (int r = 0; r < 9; r++) {
            for (int c = 0; c < 9; c++) {
                if (g[r][c] != 0) continue;
                for (int v = 1; v <= 9; v++) {
                    if (ok(g, r, c, v)) {
                        g[r][c] = v;
                        if (solveSudoku(g)) return true;
                        g[r][c] = 0;
                    }
                }
                return false;
            }
        }
        return true;
    }

    static boolean ok(int[][] g, int r, int c, int v) {
        for (int i = 0; i < 9; i++) {
            if (g[r][i] == v || g[i][c] == v) return false;
            if (g[r / 3 * 3 + i / 3][c / 3 * 3 + i % 3] == v) return false;
        }
        return true;
    }

    static int subsetSums(int[] items, int idx, int target) {
        if (target == 0) return 1;
        if (idx == items.length || target < 0) return 0;
        return subsetSums(items, idx + 1, target - items[idx]) + subsetSums(items, idx + 1, target);
    }

    static int paths(char[][] maze, int r, int c) {
        if (r < 0 || c < 0 || r >= maze.length || c >= maze[0].length) return 0;
        if (maze[r][c] == '#' || maze[r][c] == '*') return 0;
        if (r == maze.length - 1 && c == maze[0].length - 1) return 1;
        maze[r][c] = '*';
        int n = paths(maze, r + 1, c) + paths(maze, r - 1, c) + paths(maze, r, c + 1) + paths(maze, r, c - 1);
        maze[r][c] = '.';
        return n;
    }

    public static void main(String[] args) {
        for (int n = 1; n <= 8; n++) {
            solutions = 0;
            StringBuilder first = new StringBuilder();
            queens(new int[n], 0, n, first);
            System.out.println(n + "-queens: " + solutions + " solutions, first " + (first.length() == 0 ? "none" : first.toString()));
        }
        int[][] grid = {
                {5, 3, 0, 0, 7, 0, 0, 0, 0},
                {6, 0, 0, 1, 9, 5, 0, 0, 0},
                {0, 9, 8, 0, 0, 0, 0, 6, 0},
                {8, 0, 0, 0, 6, 0, 0, 0, 3},
                {4, 0, 0, 8, 0, 3, 0, 0, 1},
                {7, 0, 0, 0, 2, 0, 0, 0, 6},
                {0, 6, 0, 0, 0, 0, 2, 8, 0},
                {0, 0, 0, 4, 1, 9, 0, 0, 5},
                {0, 0, 0, 0, 8, 0, 0, 7, 9}};
        System.out.println("sudoku solved: " + solveSudoku(grid));
        for (int[] row : grid) {
            StringBuilder sb = new StringBuilder();
            for (int v : row) sb.append(v);
            System.out.println(sb);
        }
        int[] items = {3, 34, 4, 12, 5, 2, 7, 8, 1, 9};
        for (int t : new int[]{9, 15, 30, 100}) System.out.println("subsets summing to " + t + ": " + subsetSums(items, 0, t));
        char[][] maze = {
                "..#.".toCharArray(),
                "....".toCharArray(),
                ".#..".toCharArray(),
                "....".toCharArray()};
        System.out.println("simple paths through maze: " + paths(maze, 0, 0));
    }
}
