public class NumericAlgorithms {
    static double newtonSqrt(double a) {
        if (a == 0) return 0;
        double x = a;
        for (int i = 0; i < 100; i++) {
            double nx = 0.5 * (x + a / x);
            if (nx == x) break;
            x = nx;
        }
        return x;
    }

    static double f(double x) { return x * x * x - 2 * x - 5; }

    static double bisect(double lo, double hi) {
        for (int i = 0; i < 200; i++) {
            double mid = (lo + hi) / 2;
            if (mid == lo || mid == hi) break;
            if (f(lo) * f(mid) <= 0) hi = mid; else lo = mid;
        }
        return lo;
    }

    static double simpson(int n) {
        double h = 1.0 / n;
        double s = 1.0 / (1 + 0) + 1.0 / (1 + 1);
        for (int i = 1; i < n; i++) {
            double x = i * h;
            s += (i % 2 == 1 ? 4 : 2) / (1 + x * x);
        }
        return s * h / 3 * 4;
    }

    static double[][] matmul(double[][] a, double[][] b) {
        int n = a.length, m = b[0].length, k = b.length;
        double[][] r = new double[n][m];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < m; j++) {
                double s = 0;
                for (int t = 0; t < k; t++) s += a[i][t] * b[t][j];
                r[i][j] = s;
            }
        return r;
    }

    static double[] gauss(double[][] a, double[] b) {
        int n = b.length;
        for (int p = 0; p < n; p++) {
            int max = p;
            for (int i = p + 1; i < n; i++) if (Math.abs(a[i][p]) > Math.abs(a[max][p])) max = i;
            double[] t = a[p]; a[p] = a[max]; a[max] = t;
            double tt = b[p]; b[p] = b[max]; b[max] = tt;
            for (int i = p + 1; i < n; i++) {
                double alpha = a[i][p] / a[p][p];
                b[i] -= alpha * b[p];
                for (int j = p; j < n; j++) a[i][j] -= alpha * a[p][j];
            }
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double s = 0;
            for (int j = i + 1; j < n; j++) s += a[i][j] * x[j];
            x[i] = (b[i] - s) / a[i][i];
        }
        return x;
    }

    public static void main(String[] args) {
        for (double a : new double[]{2, 3, 10, 0.01, 1e10, 12345.678}) {
            double s = newtonSqrt(a);
            System.out.println("newtonSqrt(" + a + ") = " + s + ", Math.sqrt = " + Math.sqrt(a) + ", same = " + (s == Math.sqrt(a)));
        }
        System.out.println("root of x^3-2x-5 by bisection = " + bisect(2, 3));
        for (int n : new int[]{2, 10, 100, 1000}) System.out.println("simpson pi (n=" + n + ") = " + simpson(n));
        double[][] m = {{1, 2}, {3, 4}};
        double[][] p = m;
        for (int i = 0; i < 5; i++) p = matmul(p, m);
        System.out.println("m^6 = [[" + p[0][0] + ", " + p[0][1] + "], [" + p[1][0] + ", " + p[1][1] + "]]");
        double[][] rot = {{0.6, -0.8}, {0.8, 0.6}};
        double[][] r = rot;
        for (int i = 0; i < 9; i++) r = matmul(r, rot);
        System.out.println("rot^10 = [[" + r[0][0] + ", " + r[0][1] + "], [" + r[1][0] + ", " + r[1][1] + "]]");
        double[][] A = {{2, 1, -1}, {-3, -1, 2}, {-2, 1, 2}};
        double[] B = {8, -11, -3};
        double[] x = gauss(A, B);
        System.out.println("gauss solution = " + x[0] + ", " + x[1] + ", " + x[2]);
        double[][] H = new double[5][5];
        double[] hb = new double[5];
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) { H[i][j] = 1.0 / (i + j + 1); hb[i] += H[i][j]; }
        }
        double[] hx = gauss(H, hb);
        for (int i = 0; i < 5; i++) System.out.println("hilbert x[" + i + "] = " + hx[i]);
        // logistic map: chaotic, sensitive to every rounding
        double lx = 0.2;
        for (int i = 1; i <= 60; i++) {
            lx = 3.9 * lx * (1 - lx);
            if (i % 10 == 0) System.out.println("logistic x" + i + " = " + lx);
        }
        float lf = 0.2f;
        for (int i = 1; i <= 60; i++) {
            lf = 3.9f * lf * (1 - lf);
            if (i % 20 == 0) System.out.println("logistic float x" + i + " = " + lf);
        }
        // Euler integration of a spring
        double pos = 1, vel = 0, dt = 0.01;
        for (int i = 0; i < 1000; i++) {
            double acc = -pos;
            vel += acc * dt;
            pos += vel * dt;
        }
        System.out.println("spring after 10s: pos = " + pos + ", vel = " + vel);
        // distance computations
        double[][] pts = {{0, 0}, {3, 4}, {-1.5, 2.25}, {1e-3, -7}};
        for (int i = 0; i < pts.length; i++)
            for (int j = i + 1; j < pts.length; j++) {
                double dx = pts[i][0] - pts[j][0], dy = pts[i][1] - pts[j][1];
                System.out.println("dist " + i + "-" + j + " = " + Math.sqrt(dx * dx + dy * dy));
            }
    }
}
