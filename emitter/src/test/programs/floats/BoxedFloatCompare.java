public class BoxedFloatCompare {
    static double[] ds = {Double.NEGATIVE_INFINITY, -1.5, -0.0, 0.0, Double.MIN_VALUE, 1.5, Double.POSITIVE_INFINITY, Double.NaN};

    public static void main(String[] args) {
        for (double a : ds) {
            StringBuilder sb = new StringBuilder();
            sb.append(a).append(": compare");
            for (double b : ds) sb.append(' ').append(Double.compare(a, b));
            sb.append(" | equals");
            for (double b : ds) sb.append(' ').append(Double.valueOf(a).equals(Double.valueOf(b)) ? 'T' : 'F');
            sb.append(" | ==");
            for (double b : ds) sb.append(' ').append(a == b ? 'T' : 'F');
            System.out.println(sb);
        }
        for (double a : ds) {
            StringBuilder sb = new StringBuilder();
            sb.append(a).append(": min");
            for (double b : ds) sb.append(' ').append(Math.min(a, b));
            sb.append(" | max");
            for (double b : ds) sb.append(' ').append(Math.max(a, b));
            System.out.println(sb);
        }
        float[] fs = {Float.NEGATIVE_INFINITY, -0.0f, 0.0f, 2.5f, Float.NaN};
        for (float a : fs) {
            StringBuilder sb = new StringBuilder();
            sb.append(a).append(": fcompare");
            for (float b : fs) sb.append(' ').append(Float.compare(a, b));
            sb.append(" | fmin");
            for (float b : fs) sb.append(' ').append(Math.min(a, b));
            sb.append(" | fmax");
            for (float b : fs) sb.append(' ').append(Math.max(a, b));
            sb.append(" | equals");
            for (float b : fs) sb.append(' ').append(Float.valueOf(a).equals(b) ? 'T' : 'F');
            System.out.println(sb);
        }
        Double nan1 = Double.NaN, nan2 = 0.0 / 0.0;
        System.out.println("Double NaN equals NaN: " + nan1.equals(nan2) + ", compareTo: " + nan1.compareTo(nan2) + ", unboxed ==: " + (nan1.doubleValue() == nan2.doubleValue()));
        System.out.println("Double(1.0).compareTo(NaN) = " + Double.valueOf(1.0).compareTo(Double.NaN) + ", NaN.compareTo(+Inf) = " + nan1.compareTo(Double.POSITIVE_INFINITY));
        Float f1 = 1.0f;
        Double d1 = 1.0;
        System.out.println("Float(1).equals(Double(1)) = " + f1.equals(d1) + ", d1.equals(1) = " + d1.equals(1) + ", f1 == d1 unboxed = " + (f1 == d1.doubleValue()));
        System.out.println("Float(0.1f) vs Double(0.1) unboxed ==: " + (Float.valueOf(0.1f).doubleValue() == 0.1));
        System.out.println("Double.isNaN(nan2) = " + Double.isNaN(nan2) + ", nan1.isNaN() = " + nan1.isNaN() + ", Double.valueOf(1e400).isInfinite() = " + Double.valueOf(1e300 * 1e100).isInfinite());
        // sorting with Double.compare: NaN goes last, -0.0 before 0.0
        double[] arr = {3.0, Double.NaN, -0.0, -2.0, Double.POSITIVE_INFINITY, 0.0, Double.NaN, -Double.MAX_VALUE, 1e-320};
        for (int i = 1; i < arr.length; i++) {
            double key = arr[i];
            int j = i - 1;
            while (j >= 0 && Double.compare(arr[j], key) > 0) { arr[j + 1] = arr[j]; j--; }
            arr[j + 1] = key;
        }
        StringBuilder sb = new StringBuilder();
        for (double d : arr) sb.append(d).append(' ');
        System.out.println("sorted by Double.compare: " + sb);
        java.util.Arrays.sort(arr = new double[]{3.0, Double.NaN, -0.0, -2.0, 0.0, Double.NEGATIVE_INFINITY});
        sb.setLength(0);
        for (double d : arr) sb.append(d).append(' ');
        System.out.println("Arrays.sort: " + sb);
        // Math.max used as a reduction with NaN poisons the result
        double m = Double.NEGATIVE_INFINITY;
        for (double d : new double[]{1, 5, Double.NaN, 3}) m = Math.max(m, d);
        System.out.println("reduction max with NaN: " + m);
        double mn = Double.POSITIVE_INFINITY;
        for (double d : new double[]{1, 5, -0.0, 0.0, 3}) mn = Math.min(mn, d);
        System.out.println("reduction min over zeros: " + mn);
        System.out.println("Double.max/min/sum: " + Double.max(-0.0, 0.0) + " " + Double.min(-0.0, 0.0) + " " + Double.sum(0.1, 0.2));
        System.out.println("Float.max/min/sum: " + Float.max(Float.NaN, 1f) + " " + Float.min(-1f, 1f) + " " + Float.sum(0.1f, 0.2f));
    }
}
