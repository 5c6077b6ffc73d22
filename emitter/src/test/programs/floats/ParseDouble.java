public class ParseDouble {
    static void pd(String s) {
        try {
            double d = Double.parseDouble(s);
            System.out.println("parseDouble(\"" + s + "\") = " + d + " bits " + Long.toHexString(Double.doubleToLongBits(d)));
        } catch (NumberFormatException e) {
            System.out.println("parseDouble(\"" + s + "\") -> NumberFormatException");
        }
    }

    static void pf(String s) {
        try {
            float f = Float.parseFloat(s);
            System.out.println("parseFloat(\"" + s + "\") = " + f + " bits " + Integer.toHexString(Float.floatToIntBits(f)));
        } catch (NumberFormatException e) {
            System.out.println("parseFloat(\"" + s + "\") -> NumberFormatException");
        }
    }

    public static void main(String[] args) {
        String[] ds = {"0", "-0", "1", "-1.5", "0.1", "3.141592653589793", "1e10", "1E-5", "-2.5e+3", ".5", "5.", "+7.25",
                "1.7976931348623157E308", "4.9E-324", "1e309", "-1e309", "1e-400", "Infinity", "-Infinity", "NaN", "+NaN",
                "123456789012345678901234567890", "0.30000000000000004", "2.2250738585072014E-308", "  42.5  ", "1d", "2.5f", "0x1p4", "0x1.8p1",
                "9007199254740993", "abc", "", "1e", "--1", "1.2.3", "e5", "0.000001", "100.0"};
        for (String s : ds) pd(s);
        String[] fs = {"0.1", "1.4E-45", "3.4028235E38", "3.5e38", "1e-46", "16777217", "-0.0", "2.5", "1.1", "NaN", "x"};
        for (String s : fs) pf(s);
        // round trip of computed values
        int failures = 0;
        double v = 0.123;
        for (int i = 0; i < 300; i++) {
            v = v * 7.3 + 0.01;
            if (v > 1e6) v /= 1e6;
            double back = Double.parseDouble(Double.toString(v));
            if (back != v) failures++;
            float fv = (float) v;
            if (Float.parseFloat(Float.toString(fv)) != fv) failures++;
        }
        System.out.println("toString/parse round trip failures: " + failures);
        System.out.println("Double.valueOf(\"2.5\") = " + Double.valueOf("2.5") + ", Float.valueOf(\"-1.25\") = " + Float.valueOf("-1.25"));
        try {
            Double.parseDouble(null);
        } catch (NullPointerException e) {
            System.out.println("parseDouble(null) -> NullPointerException");
        }
        // parse pieces of a CSV-ish string
        String csv = "1.5,2.25,-3.125,4e2,0.0625";
        double sum = 0;
        int start = 0;
        for (int i = 0; i <= csv.length(); i++) {
            if (i == csv.length() || csv.charAt(i) == ',') {
                sum += Double.parseDouble(csv.substring(start, i));
                start = i + 1;
            }
        }
        System.out.println("csv sum = " + sum);
    }
}
