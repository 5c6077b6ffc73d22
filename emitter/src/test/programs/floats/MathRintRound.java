// Found by the fuzzer (issue 7): teavm-classlib rint was (double) round(x), round rounded -x.5 away from zero.
public class MathRintRound {
    static double nan = Double.NaN, inf = Double.POSITIVE_INFINITY, big = 0x1.0000000000001p52d;
    static double[] vals = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, 0.0, -0.4, 0.5, -0.5, 1.5, 2.5, -2.5, 0.49999999999999994, 0x1.0000000000001p52d, 1e300, -1e300, 4503599627370497.0, 9.3e18};
    static float[] fvals = {Float.NaN, -0.0f, -0.4f, 0.5f, -0.5f, 1.5f, 2.5f, -2.5f, 0.49999997f, 8388609f, 3e9f, -3e9f, 1e20f};
    public static void main(String[] args) {
        for (double v : vals) {
            System.out.println(Double.doubleToLongBits(v) + " rint " + Double.doubleToLongBits(Math.rint(v)) + " round " + Math.round(v));
        }
        for (float v : fvals) {
            System.out.println(Float.floatToIntBits(v) + " round " + Math.round(v));
        }
    }
}
