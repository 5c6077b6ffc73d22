public class NegativeZero {
    static double pz = 0.0;
    static double nz = -0.0;
    static float fpz = 0.0f;
    static float fnz = -0.0f;

    static String bits(double d) { return Long.toHexString(Double.doubleToRawLongBits(d)); }
    static String bits(float f) { return Integer.toHexString(Float.floatToRawIntBits(f)); }

    public static void main(String[] args) {
        System.out.println("nz = " + nz + " bits " + bits(nz));
        System.out.println("pz = " + pz + " bits " + bits(pz));
        System.out.println("fnz = " + fnz + " bits " + bits(fnz));
        System.out.println("nz == pz: " + (nz == pz) + ", nz < pz: " + (nz < pz) + ", nz > pz: " + (nz > pz));
        System.out.println("fnz == fpz: " + (fnz == fpz));
        System.out.println("1/nz = " + (1 / nz) + ", 1/pz = " + (1 / pz));
        System.out.println("1/fnz = " + (1 / fnz) + ", 1/fpz = " + (1 / fpz));
        System.out.println("Double.compare(nz, pz) = " + Double.compare(nz, pz) + ", Double.compare(pz, nz) = " + Double.compare(pz, nz));
        System.out.println("Float.compare(fnz, fpz) = " + Float.compare(fnz, fpz));
        System.out.println("Double.valueOf(nz).equals(pz) = " + Double.valueOf(nz).equals(pz));
        System.out.println("Double.valueOf(nz).equals(-0.0) = " + Double.valueOf(nz).equals(-0.0));
        System.out.println("Float.valueOf(fnz).equals(fpz) = " + Float.valueOf(fnz).equals(fpz));
        System.out.println("hashCode nz = " + Double.hashCode(nz) + ", pz = " + Double.hashCode(pz) + ", fnz = " + Float.hashCode(fnz));
        System.out.println("Math.min(pz, nz) = " + Math.min(pz, nz) + ", Math.min(nz, pz) = " + Math.min(nz, pz));
        System.out.println("Math.max(pz, nz) = " + Math.max(pz, nz) + ", Math.max(nz, pz) = " + Math.max(nz, pz));
        System.out.println("Math.min(fpz, fnz) = " + Math.min(fpz, fnz) + ", Math.max(fnz, fpz) = " + Math.max(fnz, fpz));
        System.out.println("Math.abs(nz) = " + Math.abs(nz) + " bits " + bits(Math.abs(nz)));
        System.out.println("Math.abs(fnz) = " + Math.abs(fnz));
        System.out.println("-pz = " + (-pz) + ", -nz = " + (-nz) + ", 0 - pz = " + (0 - pz) + ", 0 - nz = " + (0 - nz));
        System.out.println("nz + nz = " + (nz + nz) + ", nz + pz = " + (nz + pz) + ", pz + nz = " + (pz + nz) + ", nz - pz = " + (nz - pz));
        System.out.println("nz * 5 = " + (nz * 5) + ", nz * -5 = " + (nz * -5) + ", pz * -5 = " + (pz * -5));
        System.out.println("nz / 5 = " + (nz / 5) + ", -1e-320 / 1e10 = " + (-1e-320 / 1e10));
        System.out.println("(int) nz = " + (int) nz + ", (long) nz = " + (long) nz);
        System.out.println("(float) nz = " + (float) nz + ", (double) fnz = " + (double) fnz);
        System.out.println("Math.sqrt(nz) = " + Math.sqrt(nz));
        System.out.println("Math.ceil(-0.5) = " + Math.ceil(-0.5) + ", Math.round(-0.5) = " + Math.round(-0.5) + ", Math.rint(-0.5) = " + Math.rint(-0.5));
        System.out.println("Math.floor(nz) = " + Math.floor(nz) + ", Math.ceil(nz) = " + Math.ceil(nz));
        System.out.println("Math.signum(nz) = " + Math.signum(nz) + ", Math.copySign(3.0, nz) = " + Math.copySign(3.0, nz));
        System.out.println("nz % 3 = " + (nz % 3) + ", -3.0 % 3 = " + (-3.0 % 3) + ", 3.0 % -3 = " + (3.0 % -3));
        System.out.println("String.valueOf(-0.0f) = " + String.valueOf(-0.0f) + ", Double.toString(-0.0) = " + Double.toString(-0.0));
        System.out.println("nz == 0: " + (nz == 0) + ", nz != 0: " + (nz != 0));
        // Distinguishing -0.0 in code
        double[] zs = {pz, nz, -pz, 0.0 * -1, -1e-200 * 1e-200};
        for (double z : zs) {
            boolean negative = Double.doubleToRawLongBits(z) < 0;
            System.out.println("zero " + z + " negative=" + negative + " 1/z=" + (1 / z) + " equalsBoxed0=" + Double.valueOf(z).equals(0.0));
        }
        // sorting with compare puts -0.0 before 0.0
        double[] arr = {0.0, -0.0, 0.0, -0.0};
        for (int i = 0; i < arr.length; i++)
            for (int j = 0; j + 1 < arr.length - i; j++)
                if (Double.compare(arr[j], arr[j + 1]) > 0) { double t = arr[j]; arr[j] = arr[j + 1]; arr[j + 1] = t; }
        System.out.println("sorted: " + arr[0] + " " + arr[1] + " " + arr[2] + " " + arr[3]);
        System.out.println("Double.valueOf(nz).compareTo(0.0) = " + Double.valueOf(nz).compareTo(0.0));
        System.out.println("Math.min(-0.0f, 0.0f) bits " + bits(Math.min(-0.0f, 0.0f)) + ", max bits " + bits(Math.max(-0.0f, 0.0f)));
    }
}
