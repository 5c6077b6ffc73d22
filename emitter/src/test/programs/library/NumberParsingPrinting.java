public class NumberParsingPrinting {
    public static void main(String[] args) {
        String[] ints = {"0", "-0", "+42", "2147483647", "-2147483648", "2147483648", "12a", "", " 5", "0x10", "٣"};
        for (String s : ints) {
            try {
                System.out.println("parseInt(" + s + ") = " + Integer.parseInt(s));
            } catch (NumberFormatException e) {
                System.out.println("parseInt(" + s + "): " + e.getMessage());
            }
        }
        String[] doubles = {"1", "-1.5", "1e10", "1E-10", ".5", "5.", "0x1p3", "NaN", "-Infinity", "1_000", "abc", "  2.5  ", "1e400", "4.9e-324", "2.2250738585072014E-308", "0.1f", "3d"};
        for (String s : doubles) {
            try {
                double d = Double.parseDouble(s);
                System.out.println("parseDouble(" + s + ") = " + d + " float " + Float.parseFloat(s));
            } catch (NumberFormatException e) {
                System.out.println("parseDouble(" + s + "): " + e.getMessage());
            }
        }
        double[] vals = {0.1, 0.2, 0.1 + 0.2, 1.0 / 3, 2.0 / 3, 100.0, 1e7, 1.0E-3, 1.0E-4, 123456789.125, 1e21, 1e-5, Math.PI * 1e10, -0.0, Float.MAX_VALUE, 5e-324};
        for (double v : vals) System.out.println(v + " | " + (float) v + " | " + Double.toHexString(v) + " | " + String.valueOf(v).length());
        System.out.println("Long " + Long.parseLong("-9223372036854775808") + " " + Long.valueOf("123") + " radix " + Long.parseLong("zz", 36) + " " + Integer.parseInt("-1010", 2));
        System.out.println("Short/Byte " + Short.parseShort("-32768") + " " + Byte.parseByte("7f", 16));
        try {
            Byte.parseByte("128");
        } catch (NumberFormatException e) {
            System.out.println(e.getMessage());
        }
        System.out.println("valueOf compare " + Double.compare(0.0, -0.0) + " " + Double.valueOf(1.5).equals(1.5) + " " + Float.compare(Float.NaN, 1f) + " isNaN " + Double.isNaN(0.0 / 0) + " isInfinite " + Double.isInfinite(1 / 0.0) + " isFinite " + Double.isFinite(1e308));
        System.out.println("toString " + Integer.toString(-0) + " " + Double.toString(1e-7) + " " + Float.toString(1.0e10f) + " " + Double.MIN_NORMAL + " " + Float.MIN_VALUE);
    }
}
