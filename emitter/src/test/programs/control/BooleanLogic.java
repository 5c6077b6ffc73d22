public class BooleanLogic {
    static boolean imp(boolean a, boolean b) { return !a || b; }
    static boolean maj(boolean a, boolean b, boolean c) { return (a && b) || (a && c) || (b && c); }
    static int toInt(boolean b) { return b ? 1 : 0; }

    public static void main(String[] args) {
        System.out.println(" a b c | and or xor imp maj nand eq");
        for (int m = 0; m < 8; m++) {
            boolean a = (m & 4) != 0, b = (m & 2) != 0, c = (m & 1) != 0;
            System.out.println(" " + toInt(a) + " " + toInt(b) + " " + toInt(c) + " |  " + toInt(a && b && c) + "   " + toInt(a || b || c)
                    + "   " + toInt(a ^ b ^ c) + "   " + toInt(imp(a, b)) + "   " + toInt(maj(a, b, c)) + "    " + toInt(!(a && b))
                    + "   " + toInt(a == b));
        }
        // boolean arrays and counting
        boolean[] flags = new boolean[20];
        for (int i = 0; i < flags.length; i++) flags[i] = (i % 3 == 0) ^ (i % 4 == 0);
        int trues = 0;
        StringBuilder sb = new StringBuilder();
        for (boolean f : flags) { if (f) trues++; sb.append(f ? '1' : '0'); }
        System.out.println("flags " + sb + " trues=" + trues);
        // boolean fields/locals in complex conditions
        boolean x = args.length == 0, y = !x, z = x;
        if (x && !y && z) System.out.println("x && !y && z");
        if (!(x || y) || z && !y) System.out.println("!(x || y) || z && !y");
        if (x ? y : z) System.out.println("x ? y : z is true");
        else System.out.println("x ? y : z is false");
        if (x == z != y) System.out.println("x == z != y");
        // boolean returned from comparisons of all types
        int i = 5; long l = 5L; float f = 5f; double d = 5.0; char c = 5; byte bb = 5; short s = 5;
        System.out.println("cross-type equality: " + (i == l) + " " + (l == f) + " " + (f == d) + " " + (c == i) + " " + (bb == s) + " " + (s == d));
        System.out.println("cross-type ordering: " + (i < l + 1) + " " + (f > d - 1) + " " + (c <= bb) + " " + (l >= Long.MIN_VALUE));
        // Boolean objects and logic
        Boolean B1 = Boolean.TRUE, B2 = Boolean.valueOf("false");
        System.out.println("Boolean logic: " + (B1 && !B2) + " " + Boolean.logicalXor(B1, B2) + " " + Boolean.logicalAnd(B1, B2) + " " + Boolean.logicalOr(B1, B2)
                + " " + B1.compareTo(B2) + " " + Boolean.compare(false, true) + " " + B1.equals(true));
        // satisfiability by brute force
        int sat = 0;
        for (int m = 0; m < 32; m++) {
            boolean p = (m & 1) != 0, q = (m & 2) != 0, r = (m & 4) != 0, u = (m & 8) != 0, v = (m & 16) != 0;
            boolean formula = (p || !q || r) && (!p || q || !u) && (q || v) && (!r || !v || u) && (p ^ v || q);
            if (formula) sat++;
        }
        System.out.println("satisfying assignments: " + sat + " of 32");
        // bit-packed booleans
        int packed = 0;
        for (int k = 0; k < 32; k++) if (flags[k % 20] != (k > 15)) packed |= 1 << k;
        System.out.println("packed = " + Integer.toBinaryString(packed) + " (" + packed + ")");
    }
}
