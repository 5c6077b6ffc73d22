// javac-flags: --release 8
public class NaNComparisons {
    static double dnan = Double.NaN;
    static float fnan = Float.NaN;
    static double one = 1.0;
    static float fone = 1.0f;

    static String cmpD(double a, double b) {
        return "==" + (a == b) + " !=" + (a != b) + " <" + (a < b) + " <=" + (a <= b) + " >" + (a > b) + " >=" + (a >= b);
    }

    static String cmpF(float a, float b) {
        return "==" + (a == b) + " !=" + (a != b) + " <" + (a < b) + " <=" + (a <= b) + " >" + (a > b) + " >=" + (a >= b);
    }

    // branch forms (javac emits dcmpl/dcmpg + if<cond>, with inverted conditions)
    static String branchesD(double a, double b) {
        StringBuilder sb = new StringBuilder();
        if (a < b) sb.append("lt "); else sb.append("!lt ");
        if (a <= b) sb.append("le "); else sb.append("!le ");
        if (a > b) sb.append("gt "); else sb.append("!gt ");
        if (a >= b) sb.append("ge "); else sb.append("!ge ");
        if (a == b) sb.append("eq "); else sb.append("!eq ");
        if (a != b) sb.append("ne "); else sb.append("!ne ");
        if (!(a < b)) sb.append("not-lt "); 
        if (!(a >= b)) sb.append("not-ge ");
        return sb.toString();
    }

    static String branchesF(float a, float b) {
        StringBuilder sb = new StringBuilder();
        if (a < b) sb.append("lt "); else sb.append("!lt ");
        if (a <= b) sb.append("le "); else sb.append("!le ");
        if (a > b) sb.append("gt "); else sb.append("!gt ");
        if (a >= b) sb.append("ge "); else sb.append("!ge ");
        if (a == b) sb.append("eq "); else sb.append("!eq ");
        if (a != b) sb.append("ne "); else sb.append("!ne ");
        if (!(a > b)) sb.append("not-gt ");
        if (!(a <= b)) sb.append("not-le ");
        return sb.toString();
    }

    public static void main(String[] args) {
        System.out.println("NaN vs 1.0: " + cmpD(dnan, one));
        System.out.println("1.0 vs NaN: " + cmpD(one, dnan));
        System.out.println("NaN vs NaN: " + cmpD(dnan, dnan));
        System.out.println("1.0 vs 1.0: " + cmpD(one, one));
        System.out.println("fNaN vs 1: " + cmpF(fnan, fone));
        System.out.println("1 vs fNaN: " + cmpF(fone, fnan));
        System.out.println("fNaN vs fNaN: " + cmpF(fnan, fnan));
        System.out.println("branches NaN,1: " + branchesD(dnan, one));
        System.out.println("branches 1,NaN: " + branchesD(one, dnan));
        System.out.println("branches 1,2: " + branchesD(one, 2.0));
        System.out.println("branches 2,1: " + branchesD(2.0, one));
        System.out.println("branches 1,1: " + branchesD(one, one));
        System.out.println("fbranches NaN,1: " + branchesF(fnan, fone));
        System.out.println("fbranches 1,NaN: " + branchesF(fone, fnan));
        System.out.println("fbranches 1,2: " + branchesF(fone, 2f));
        System.out.println("fbranches 2,1: " + branchesF(2f, fone));
        // self-comparison detects NaN
        double[] vals = {0.0, -0.0, 1.5, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.0 / 0.0};
        for (double v : vals) {
            System.out.println(v + ": v != v -> " + (v != v) + ", isNaN -> " + Double.isNaN(v) + ", isInfinite -> " + Double.isInfinite(v)
                    + ", isFinite -> " + Double.isFinite(v));
        }
        // NaN in loops: loop condition false immediately
        int count = 0;
        for (double d = dnan; d < 10; d += 1) count++;
        System.out.println("loop with NaN start iterations: " + count);
        count = 0;
        for (double d = 0; !(d >= 5); d += 1) count++;
        System.out.println("loop until !(d >= 5): " + count);
        // max-finding with NaN present, naive
        double[] data = {3.0, Double.NaN, 7.0, 1.0};
        double mx = Double.NEGATIVE_INFINITY;
        for (double d : data) if (d > mx) mx = d;
        System.out.println("naive max ignoring NaN: " + mx);
        double mx2 = data[0];
        for (double d : data) if (!(d <= mx2)) mx2 = d;
        System.out.println("max with !(d <= m): " + mx2);
        // ternaries
        System.out.println("NaN > 0 ? a : b -> " + (dnan > 0 ? "a" : "b"));
        System.out.println("NaN < 0 ? a : b -> " + (dnan < 0 ? "a" : "b"));
        System.out.println("fNaN >= 0 ? a : b -> " + (fnan >= 0 ? "a" : "b"));
        // comparison with infinities
        double inf = Double.POSITIVE_INFINITY;
        System.out.println("inf vs inf: " + cmpD(inf, inf));
        System.out.println("-inf vs inf: " + cmpD(-inf, inf));
        System.out.println("inf vs MAX: " + cmpD(inf, Double.MAX_VALUE));
        System.out.println("inf vs NaN: " + cmpD(inf, dnan));
        // NaN produced in different ways compare unequal
        double n1 = 0.0 / zero(), n2 = Math.sqrt(-1), n3 = inf - inf, n4 = inf * 0;
        System.out.println("NaNs: " + n1 + " " + n2 + " " + n3 + " " + n4 + " eq " + (n1 == n2) + " " + (n3 == n3));
        System.out.println("mixed float/double NaN compare: " + (fnan == dnan) + " " + ((double) fnan != dnan));
        // int comparisons with NaN after conversion
        System.out.println("(int)NaN = " + (int) dnan + ", 0 == NaN: " + (0 == dnan) + ", 0 < NaN: " + (0 < dnan));
        long lz = 0;
        System.out.println("long 0 >= NaN: " + (lz >= dnan) + ", long 0 <= fNaN: " + (lz <= fnan));
    }

    static double zero() { return 0.0; }
}
