public class FloatExitCode {
    static double root(double a, double b, double c) {
        double disc = b * b - 4 * a * c;
        return (-b + Math.sqrt(disc)) / (2 * a);
    }

    public static void main(String[] args) {
        double[][] eqs = {{1, -3, 2}, {1, 2, 1}, {2, 4, -6}, {1, 0, -2}, {1, 1, 1}, {0, 1, 1}};
        int nanCount = 0, infCount = 0;
        for (double[] e : eqs) {
            double r = root(e[0], e[1], e[2]);
            System.out.println("root(" + e[0] + ", " + e[1] + ", " + e[2] + ") = " + r);
            if (Double.isNaN(r)) nanCount++;
            if (Double.isInfinite(r)) infCount++;
        }
        System.out.println("NaN roots: " + nanCount + ", infinite roots: " + infCount);
        if (nanCount > 0) {
            System.out.println("exiting with status " + (10 + nanCount));
            System.exit(10 + nanCount);
        }
        System.out.println("not reached");
    }
}
