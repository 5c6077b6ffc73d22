public class MatrixOps {
    static long[][] mul(long[][] a, long[][] b) {
        int n = a.length, m = b[0].length, k = b.length;
        long[][] r = new long[n][m];
        for (int i = 0; i < n; i++)
            for (int t = 0; t < k; t++) {
                long av = a[i][t];
                for (int j = 0; j < m; j++) r[i][j] += av * b[t][j];
            }
        return r;
    }

    static long[][] identity(int n) {
        long[][] r = new long[n][n];
        for (int i = 0; i < n; i++) r[i][i] = 1;
        return r;
    }

    static long[][] pow(long[][] m, int e) {
        long[][] r = identity(m.length);
        while (e > 0) {
            if ((e & 1) != 0) r = mul(r, m);
            m = mul(m, m);
            e >>= 1;
        }
        return r;
    }

    static int[][] transpose(int[][] a) {
        int[][] t = new int[a[0].length][a.length];
        for (int i = 0; i < a.length; i++) for (int j = 0; j < a[0].length; j++) t[j][i] = a[i][j];
        return t;
    }

    static long det(long[][] m) {
        int n = m.length;
        if (n == 1) return m[0][0];
        if (n == 2) return m[0][0] * m[1][1] - m[0][1] * m[1][0];
        long d = 0;
        for (int c = 0; c < n; c++) {
            long[][] sub = new long[n - 1][n - 1];
            for (int i = 1; i < n; i++) {
                int cc = 0;
                for (int j = 0; j < n; j++) {
                    if (j == c) continue;
                    sub[i - 1][cc++] = m[i][j];
                }
            }
            d += (c % 2 == 0 ? 1 : -1) * m[0][c] * det(sub);
        }
        return d;
    }

    static void print(String label, long[][] m) {
        System.out.println(label + ":");
        for (long[] row : m) {
            StringBuilder sb = new StringBuilder(" ");
            for (long v : row) sb.append(' ').append(v);
            System.out.println(sb);
        }
    }

    public static void main(String[] args) {
        long[][] a = {{1, 2, 3}, {4, 5, 6}};
        long[][] b = {{7, 8}, {9, 10}, {11, 12}};
        print("a*b", mul(a, b));
        print("b*a", mul(b, a));
        long[][] fib = {{1, 1}, {1, 0}};
        print("fib^10", pow(fib, 10));
        print("fib^90", pow(fib, 90));
        print("fib^100 (wraps)", pow(fib, 100));
        int[][] r = {{1, 2, 3, 4}, {5, 6, 7, 8}};
        int[][] t = transpose(r);
        StringBuilder sb = new StringBuilder();
        for (int[] row : t) { for (int v : row) sb.append(v).append(' '); sb.append("| "); }
        System.out.println("transpose: " + sb);
        long[][] m3 = {{2, -3, 1}, {2, 0, -1}, {1, 4, 5}};
        System.out.println("det(m3) = " + det(m3));
        long[][] m5 = new long[5][5];
        for (int i = 0; i < 5; i++) for (int j = 0; j < 5; j++) m5[i][j] = (i * 7 + j * 3) % 11 - 5;
        System.out.println("det(m5) = " + det(m5));
        System.out.println("det(identity 6) = " + det(identity(6)));
        // double matrices
        double[][] rot = {{0, -1}, {1, 0}};
        double[][] v = {{1}, {0}};
        for (int i = 0; i < 4; i++) {
            double[][] nv = new double[2][1];
            for (int row = 0; row < 2; row++) for (int k = 0; k < 2; k++) nv[row][0] += rot[row][k] * v[k][0];
            v = nv;
            System.out.println("rotation " + (i + 1) + ": (" + v[0][0] + ", " + v[1][0] + ")");
        }
        // element-wise ops on a large matrix
        int n = 60;
        int[][] big = new int[n][n];
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) big[i][j] = (i * 31 + j * 17) % 100;
        long trace = 0, total = 0;
        int maxRow = -1, maxRowSum = Integer.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            trace += big[i][i];
            int rs = 0;
            for (int j = 0; j < n; j++) rs += big[i][j];
            total += rs;
            if (rs > maxRowSum) { maxRowSum = rs; maxRow = i; }
        }
        System.out.println("big: trace=" + trace + " total=" + total + " maxRow=" + maxRow + " (" + maxRowSum + ")");
        // symmetric check and in-place transpose of square matrix
        int[][] sq = new int[4][4];
        for (int i = 0; i < 4; i++) for (int j = 0; j < 4; j++) sq[i][j] = i * 4 + j;
        for (int i = 0; i < 4; i++) for (int j = i + 1; j < 4; j++) { int tmp = sq[i][j]; sq[i][j] = sq[j][i]; sq[j][i] = tmp; }
        sb.setLength(0);
        for (int[] row : sq) { for (int val : row) sb.append(val).append(' '); sb.append("| "); }
        System.out.println("in-place transpose: " + sb);
        // spiral traversal
        int[][] sp = new int[4][5];
        int c = 0;
        for (int i = 0; i < 4; i++) for (int j = 0; j < 5; j++) sp[i][j] = c++;
        sb.setLength(0);
        int top = 0, bottom = 3, left = 0, right = 4;
        while (top <= bottom && left <= right) {
            for (int j = left; j <= right; j++) sb.append(sp[top][j]).append(' ');
            top++;
            for (int i = top; i <= bottom; i++) sb.append(sp[i][right]).append(' ');
            right--;
            if (top <= bottom) { for (int j = right; j >= left; j--) sb.append(sp[bottom][j]).append(' '); bottom--; }
            if (left <= right) { for (int i = bottom; i >= top; i--) sb.append(sp[i][left]).append(' '); left++; }
        }
        System.out.println("spiral: " + sb);
    }
}
