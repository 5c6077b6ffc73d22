public class FormatFloats {
    public static void main(String[] args) {
        double[] vs = {0, -0.0, 1, 0.1, 0.5, 1.5, 2.5, 1e-5, 123456.789, 1e20, 1.0/3, 2.0/3, 9.995, 0.125, 1e-300, 4.9e-324, Double.MAX_VALUE, Double.NaN, Double.POSITIVE_INFINITY, -1234.5678, 0.05, 0.15, 0.25, 0.35};
        for (double v : vs) {
            System.out.println(String.format("%f|%.2f|%.0f|%e|%.3e|%10.4f|%-12.1e|%g|%.3g|%+.1f|%,.2f|%a", v, v, v, v, v, v, v, v, v, v, v, v));
        }
        float f = 1.1f;
        System.out.println(String.format("%f %e %.10f", f, f, f));
        System.out.println(String.format("%08.3f|%(.2f|% .2f", -3.14159, -2.5, 2.5));
        System.out.println(String.format("%.15f %.17e %.20f", 0.1, 0.1, 0.1));
        System.out.println(String.format("%s %s", 1e7, 1.0E-4f));
        System.out.printf("%.3f %.3e %g%n", Math.PI, Math.E, 1.0 / 7);
        System.out.printf("%1$.2f %1$.4e %<g%n", 2.0 / 3);
        System.out.println(String.format("%10.3E|%-10.2G|%A", 12345.6789, 0.000123, 255.5));
        System.out.println(String.format("%.2f %.3g %e", new java.math.BigDecimal("2.345"), new java.math.BigDecimal("0.0001234"), new java.math.BigDecimal("-98765.4321")));
        String[] bad = {"%,e", "%#g", "%-e", "%+ f", "%-0f", "%e"};
        Object[] values = {1.5, 1.5, 1.5, 1.5, 1.5, "text"};
        for (int i = 0; i < bad.length; i++) {
            try {
                System.out.println(String.format(bad[i], values[i]));
            } catch (RuntimeException e) {
                System.out.println(bad[i] + " -> " + e.getClass().getName() + ": " + e.getMessage());
            }
        }
        java.util.Random r = new java.util.Random(7);
        double sum = 0;
        for (int i = 0; i < 200; i++) {
            double v = (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(30) - 15);
            String s = String.format("%.4f|%.6e|%.5g|%12.3f", v, v, v, v);
            sum += s.length();
            if (i % 20 == 0) System.out.println(s);
        }
        System.out.println("total length " + sum);
    }
}
