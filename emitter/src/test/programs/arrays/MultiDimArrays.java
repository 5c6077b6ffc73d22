public class MultiDimArrays {
    static int rows = 3, cols = 4;

    public static void main(String[] args) {
        int[][] rect = new int[rows][cols];
        System.out.println("rect: " + rect.length + "x" + rect[0].length + ", class " + rect.getClass().getName() + ", row class " + rect[0].getClass().getName());
        for (int r = 0; r < rows; r++) for (int c = 0; c < cols; c++) rect[r][c] = r * 10 + c;
        for (int[] row : rect) {
            StringBuilder sb = new StringBuilder();
            for (int v : row) sb.append(v).append(' ');
            System.out.println("  " + sb);
        }
        System.out.println("rows distinct: " + (rect[0] != rect[1]));
        int[][][] cube = new int[2][3][4];
        int counter = 0;
        for (int a = 0; a < 2; a++) for (int b = 0; b < 3; b++) for (int c = 0; c < 4; c++) cube[a][b][c] = counter++;
        System.out.println("cube[1][2][3] = " + cube[1][2][3] + ", cube[0][1][2] = " + cube[0][1][2] + ", class " + cube.getClass().getName());
        long sum = 0;
        for (int[][] plane : cube) for (int[] line : plane) for (int v : line) sum += v;
        System.out.println("cube sum = " + sum);
        // partially allocated
        int[][] partial = new int[3][];
        System.out.println("partial rows null: " + (partial[0] == null) + " " + (partial[2] == null));
        partial[0] = new int[1];
        partial[1] = new int[]{1, 2, 3};
        partial[2] = new int[0];
        for (int r = 0; r < partial.length; r++) System.out.println("partial[" + r + "].length = " + partial[r].length);
        double[][][] partial3 = new double[2][2][];
        System.out.println("double[2][2][] inner null: " + (partial3[1][1] == null) + ", class " + partial3.getClass().getName());
        partial3[1][1] = new double[]{1.5, 2.5};
        System.out.println("partial3[1][1][1] = " + partial3[1][1][1]);
        // jagged pascal triangle
        long[][] pascal = new long[15][];
        for (int r = 0; r < pascal.length; r++) {
            pascal[r] = new long[r + 1];
            pascal[r][0] = pascal[r][r] = 1;
            for (int c = 1; c < r; c++) pascal[r][c] = pascal[r - 1][c - 1] + pascal[r - 1][c];
        }
        for (int r = 0; r < pascal.length; r += 3) {
            StringBuilder sb = new StringBuilder();
            for (long v : pascal[r]) sb.append(v).append(' ');
            System.out.println("pascal " + r + ": " + sb);
        }
        // row swapping and sharing
        int[][] m = {{1, 2}, {3, 4}, {5, 6}};
        int[] tmp = m[0];
        m[0] = m[2];
        m[2] = tmp;
        m[1] = m[0];
        m[1][0] = 99;
        System.out.println("after swap/share: " + m[0][0] + " " + m[1][0] + " " + m[2][0] + ", shared: " + (m[0] == m[1]));
        // initializer syntax
        char[][] board = {
                "X.O".toCharArray(),
                ".X.".toCharArray(),
                "O.X".toCharArray()};
        boolean diag = true;
        for (int k = 0; k < 3; k++) diag &= board[k][k] == 'X';
        System.out.println("diagonal X: " + diag);
        String[][][] names = {{{"a"}, {"b", "c"}}, {{}}};
        System.out.println("names dims: " + names.length + " " + names[0].length + " " + names[0][1].length + " " + names[1][0].length + " -> " + names[0][1][1]);
        // 2D array of booleans (game of life step)
        boolean[][] life = new boolean[6][6];
        life[1][2] = life[2][3] = life[3][1] = life[3][2] = life[3][3] = true; // glider
        for (int gen = 0; gen < 4; gen++) {
            boolean[][] next = new boolean[6][6];
            for (int r = 0; r < 6; r++)
                for (int c = 0; c < 6; c++) {
                    int nb = 0;
                    for (int dr = -1; dr <= 1; dr++)
                        for (int dc = -1; dc <= 1; dc++) {
                            if (dr == 0 && dc == 0) continue;
                            int rr = (r + dr + 6) % 6, cc = (c + dc + 6) % 6;
                            if (life[rr][cc]) nb++;
                        }
                    next[r][c] = life[r][c] ? (nb == 2 || nb == 3) : nb == 3;
                }
            life = next;
        }
        for (boolean[] row : life) {
            StringBuilder sb = new StringBuilder();
            for (boolean v : row) sb.append(v ? '#' : '.');
            System.out.println("life " + sb);
        }
        // 4-D array
        byte[][][][] hyper = new byte[2][2][2][2];
        hyper[1][0][1][0] = 7;
        int nonzero = 0;
        for (byte[][][] a : hyper) for (byte[][] b : a) for (byte[] c : b) for (byte v : c) if (v != 0) nonzero++;
        System.out.println("hyper nonzero = " + nonzero + ", class " + hyper.getClass().getName());
        // zero-sized dimensions
        int[][] zero = new int[0][5];
        int[][] zero2 = new int[5][0];
        System.out.println("new int[0][5].length = " + zero.length + ", new int[5][0] row 4 length = " + zero2[4].length);
        // Object[] holding multi-dim
        Object o = new int[2][3];
        System.out.println("Object instanceof int[][]: " + (o instanceof int[][]) + ", instanceof Object[]: " + (o instanceof Object[])
                + ", ((Object[]) o)[1] class " + ((Object[]) o)[1].getClass().getName());
    }
}
