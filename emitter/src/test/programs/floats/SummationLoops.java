public class SummationLoops {
    static double kahan(double[] xs) {
        double sum = 0, comp = 0;
        for (double x : xs) {
            double y = x - comp;
            double t = sum + y;
            comp = (t - sum) - y;
            sum = t;
        }
        return sum;
    }

    static double naive(double[] xs) {
        double s = 0;
        for (double x : xs) s += x;
        return s;
    }

    static double pairwise(double[] xs, int lo, int hi) {
        if (hi - lo <= 4) {
            double s = 0;
            for (int i = lo; i < hi; i++) s += xs[i];
            return s;
        }
        int mid = (lo + hi) >>> 1;
        return pairwise(xs, lo, mid) + pairwise(xs, mid, hi);
    }

    public static void main(String[] args) {
        double[] tenths = new double[1000];
        for (int i = 0; i < tenths.length; i++) tenths[i] = 0.1;
        System.out.println("naive sum of 1000 x 0.1 = " + naive(tenths));
        System.out.println("kahan sum of 1000 x 0.1 = " + kahan(tenths));
        System.out.println("pairwise sum of 1000 x 0.1 = " + pairwise(tenths, 0, tenths.length));
        double[] mixed = new double[2001];
        mixed[0] = 1e16;
        for (int i = 1; i < mixed.length; i++) mixed[i] = 1.0;
        System.out.println("naive 1e16 + 2000 ones = " + naive(mixed));
        System.out.println("kahan 1e16 + 2000 ones = " + kahan(mixed));
        double[] alt = new double[10000];
        for (int i = 0; i < alt.length; i++) alt[i] = ((i & 1) == 0 ? 1.0 : -1.0) / (2 * i + 1);
        System.out.println("Leibniz pi/4 naive*4 = " + naive(alt) * 4);
        System.out.println("Leibniz pi/4 kahan*4 = " + kahan(alt) * 4);
        double forward = 0, backward = 0;
        for (int i = 1; i <= 100000; i++) forward += 1.0 / ((double) i * i);
        for (int i = 100000; i >= 1; i--) backward += 1.0 / ((double) i * i);
        System.out.println("basel forward = " + forward);
        System.out.println("basel backward = " + backward);
        System.out.println("forward == backward: " + (forward == backward));
        double h = 0;
        for (int i = 1; i <= 1000000; i++) h += 1.0 / i;
        System.out.println("harmonic(10^6) = " + h);
        // step accumulation in loop variable
        int count = 0;
        for (double x = 0; x < 1.0; x += 0.1) count++;
        System.out.println("for (x = 0; x < 1; x += 0.1) iterations = " + count);
        count = 0;
        for (float x = 0; x < 1.0f; x += 0.1f) count++;
        System.out.println("float loop iterations = " + count);
        double x = 0;
        for (int i = 0; i < 10; i++) x += 0.1;
        System.out.println("0.1 added 10 times = " + x + ", == 1.0: " + (x == 1.0));
        // compound interest
        double balance = 1000;
        for (int year = 1; year <= 30; year++) {
            balance *= 1.05;
            if (year % 10 == 0) System.out.println("balance after " + year + " years = " + balance);
        }
        double[] data = {2, 4, 4, 4, 5, 5, 7, 9};
        double mean = naive(data) / data.length;
        double var = 0;
        for (double dd : data) var += (dd - mean) * (dd - mean);
        var /= data.length;
        System.out.println("mean = " + mean + ", variance = " + var + ", stddev = " + Math.sqrt(var));
        // geometric series
        double g = 0, term = 1;
        for (int i = 0; i < 60; i++) { g += term; term /= 2; }
        System.out.println("sum 2^-i for i<60 = " + g + ", 2 - g = " + (2 - g));
        double e = 0, fact = 1;
        for (int i = 0; i < 20; i++) { e += 1 / fact; fact *= (i + 1); }
        System.out.println("e by series = " + e + ", Math.E = " + Math.E + ", diff = " + (e - Math.E));
    }
}
