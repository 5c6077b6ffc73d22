/** Formatter's %e, %g and %a conversions of doubles and floats. */
public class FormatScientific {
    public static void main(String[] args) {
        double[] values = {0.0, 1.0, -2.5, 123456.789, 1.0E-10, 6.02214076E23, Double.MAX_VALUE, Double.MIN_VALUE, Double.NaN, Double.NEGATIVE_INFINITY};
        for (double v : values) {
            System.out.println(String.format("%e|%.2e|%12.4E|%g|%.3g|%a", v, v, v, v, v, v));
        }
        System.out.println(String.format("%e %g", 1.5f, 0.0001f));
    }
}
