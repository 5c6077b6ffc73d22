/**
 * Formatter's %f/%e round the shortest decimal form of a double HALF_UP (JDK 17), so "%.4f" of
 * 0.29925 is 0.2993 and "%.1f" of 0.25 is 0.3; DecimalFormat (HALF_EVEN) gives 0.2992 and 0.2.
 * Infinities print as "Infinity" and negative zero keeps its sign.
 */
public class FormatHalfUp {
    public static void main(String[] args) {
        double[] values = {0.29925, 0.25, 0.35, 0.45, 1.005, 2.5, -0.125, 1.0E-5, 123.4545, 0.5};
        for (double v : values) {
            System.out.println(v + " -> " + String.format("%.4f|%.2f|%.1f|%.0f", v, v, v, v));
        }
        for (double v : new double[] {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, -0.0, -1e-9}) {
            System.out.println(v + " -> " + String.format("%f|%.2f|%10.1f", v, v, v));
        }
        float f = 0.125f;
        System.out.println(String.format("%.2f %.1f", f, 2.25f));
    }
}
