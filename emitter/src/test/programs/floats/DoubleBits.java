public class DoubleBits {
    public static void main(String[] args) {
        double[] ds = {0.0, -0.0, 1.0, -1.0, 2.0, 0.5, 0.1, Math.PI, Double.MAX_VALUE, Double.MIN_VALUE, Double.MIN_NORMAL,
                Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, 1e300, -1e-300, 123456.789};
        for (double d : ds) {
            long bits = Double.doubleToLongBits(d);
            long raw = Double.doubleToRawLongBits(d);
            double back = Double.longBitsToDouble(bits);
            System.out.println(d + ": bits " + Long.toHexString(bits) + " raw " + Long.toHexString(raw) + " dec " + bits
                    + " back " + back + " same " + (Double.compare(back, d) == 0)
                    + " sign " + (bits >>> 63) + " exp " + ((bits >>> 52) & 0x7FF) + " mant " + Long.toHexString(bits & 0xFFFFFFFFFFFFFL));
        }
        float[] fs = {0f, -0f, 1f, -1f, 0.1f, 3.4028235E38f, Float.MIN_VALUE, Float.POSITIVE_INFINITY, Float.NaN, 1e-40f, 65504f};
        for (float f : fs) {
            int bits = Float.floatToIntBits(f);
            int raw = Float.floatToRawIntBits(f);
            float back = Float.intBitsToFloat(bits);
            System.out.println("f " + f + ": bits " + Integer.toHexString(bits) + " raw " + Integer.toHexString(raw) + " dec " + bits
                    + " back " + back + " sign " + (bits >>> 31) + " exp " + ((bits >>> 23) & 0xFF) + " mant " + Integer.toHexString(bits & 0x7FFFFF));
        }
        // constructing values from bits
        System.out.println("longBitsToDouble(0x3ff8000000000000) = " + Double.longBitsToDouble(0x3ff8000000000000L));
        System.out.println("longBitsToDouble(0x4000000000000001) = " + Double.longBitsToDouble(0x4000000000000001L));
        System.out.println("longBitsToDouble(0x7fefffffffffffff) = " + Double.longBitsToDouble(0x7fefffffffffffffL));
        System.out.println("longBitsToDouble(0x0000000000000002) = " + Double.longBitsToDouble(2L));
        System.out.println("longBitsToDouble(0x8000000000000001) = " + Double.longBitsToDouble(0x8000000000000001L));
        System.out.println("longBitsToDouble(0x7ff0000000000000) = " + Double.longBitsToDouble(0x7ff0000000000000L));
        System.out.println("intBitsToFloat(0x3f800001) = " + Float.intBitsToFloat(0x3f800001));
        System.out.println("intBitsToFloat(0xc0490fdb) = " + Float.intBitsToFloat(0xc0490fdb));
        System.out.println("intBitsToFloat(0x00000001) = " + Float.intBitsToFloat(1));
        // NaN with payloads (quiet NaNs): doubleToLongBits canonicalises, raw keeps the payload
        long[] nanBits = {0x7ff8000000000001L, 0x7ff8000000abcdefL, 0xfff8000000000000L, 0x7fffffffffffffffL};
        for (long nb : nanBits) {
            double n = Double.longBitsToDouble(nb);
            System.out.println("NaN payload " + Long.toHexString(nb) + ": isNaN " + Double.isNaN(n) + " canonical " + Long.toHexString(Double.doubleToLongBits(n))
                    + " raw " + Long.toHexString(Double.doubleToRawLongBits(n)) + " == itself " + (n == n));
        }
        int[] fnanBits = {0x7fc00001, 0xffc00000, 0x7fffffff};
        for (int nb : fnanBits) {
            float n = Float.intBitsToFloat(nb);
            System.out.println("float NaN payload " + Integer.toHexString(nb) + ": isNaN " + Float.isNaN(n) + " canonical "
                    + Integer.toHexString(Float.floatToIntBits(n)) + " raw " + Integer.toHexString(Float.floatToRawIntBits(n)));
        }
        // Double.equals uses doubleToLongBits: all NaNs equal
        Double a = Double.longBitsToDouble(0x7ff8000000000001L);
        Double b = Double.NaN;
        System.out.println("Double NaN payloads equals: " + a.equals(b) + ", hashCode equal: " + (a.hashCode() == b.hashCode()) + ", hash " + b.hashCode());
        System.out.println("Double.hashCode(1.0) = " + Double.hashCode(1.0) + ", Double.hashCode(-1.5) = " + Double.hashCode(-1.5)
                + ", Float.hashCode(1f) = " + Float.hashCode(1f) + ", Float.hashCode(NaN) = " + Float.hashCode(Float.NaN));
        // walking adjacent doubles via bits
        double x = 1.0;
        for (int i = 0; i < 4; i++) {
            x = Double.longBitsToDouble(Double.doubleToLongBits(x) + 1);
            System.out.println("1.0 + " + (i + 1) + " ulps = " + x);
        }
        double y = 0.0;
        for (int i = 0; i < 3; i++) {
            y = Double.longBitsToDouble(Double.doubleToLongBits(y) + 1);
            System.out.println("0.0 + " + (i + 1) + " ulps = " + y);
        }
        float z = 1f;
        for (int i = 0; i < 3; i++) {
            z = Float.intBitsToFloat(Float.floatToIntBits(z) - 1);
            System.out.println("1f - " + (i + 1) + " ulps = " + z);
        }
        // ordering by bits for positive doubles matches numeric ordering
        double[] pos = {0.0, Double.MIN_VALUE, 1e-300, 0.5, 1.0, 1e10, Double.MAX_VALUE, Double.POSITIVE_INFINITY};
        boolean ordered = true;
        for (int i = 1; i < pos.length; i++) if (Double.doubleToLongBits(pos[i - 1]) >= Double.doubleToLongBits(pos[i])) ordered = false;
        System.out.println("bit ordering of positives: " + ordered);
        // float <-> int bits for denormals
        System.out.println("Float.MIN_NORMAL / 2 bits = " + Integer.toHexString(Float.floatToIntBits(Float.MIN_NORMAL / 2)));
        System.out.println("Double.MIN_NORMAL / 4 bits = " + Long.toHexString(Double.doubleToLongBits(Double.MIN_NORMAL / 4)));
    }
}
