// javac-flags: -XDstringConcat=inline
public class ConstantFolding {
    static final int FA = 1000000;
    static final int FB = 3000;
    static final long FL = 1L << 62;
    static final char FC = 'q';
    static final byte FBY = (byte) 200;
    static final String FS = "const" + FA + FC;

    static int va = 1000000;
    static int vb = 3000;
    static long vl = 1L << 62;
    static char vc = 'q';
    static byte vby = (byte) 200;

    public static void main(String[] args) {
        System.out.println("folded FA*FB = " + (FA * FB) + "  runtime = " + (va * vb));
        System.out.println("folded FA*FB/7 = " + (FA * FB / 7) + "  runtime = " + (va * vb / 7));
        System.out.println("folded FA%FB = " + (FA % FB) + "  runtime = " + (va % vb));
        System.out.println("folded FL*4 = " + (FL * 4) + "  runtime = " + (vl * 4));
        System.out.println("folded FL+FL = " + (FL + FL) + "  runtime = " + (vl + vl));
        System.out.println("folded FC+1 = " + (FC + 1) + "  runtime = " + (vc + 1));
        System.out.println("folded (char)(FC+1) = " + (char) (FC + 1) + "  runtime = " + (char) (vc + 1));
        System.out.println("folded FBY = " + FBY + "  runtime = " + vby);
        System.out.println("folded FBY*FBY = " + (FBY * FBY) + "  runtime = " + (vby * vby));
        System.out.println("folded (byte)(FBY*2) = " + (byte) (FBY * 2) + "  runtime = " + (byte) (vby * 2));
        System.out.println("folded -FA>>>28 = " + (-FA >>> 28) + "  runtime = " + (-va >>> 28));
        System.out.println("folded ~FL = " + (~FL) + "  runtime = " + (~vl));
        System.out.println("folded FA*1.5 = " + (FA * 1.5) + "  runtime = " + (va * 1.5));
        System.out.println("folded (int)(FL*1.0) = " + (int) (FL * 1.0) + "  runtime = " + (int) (vl * 1.0));
        System.out.println("folded (int)1e10 = " + (int) 1e10 + "  runtime = " + (int) (va * 1e4));
        System.out.println("folded (long)-1e30 = " + (long) -1e30 + "  runtime = " + (long) (-va * 1e24));
        System.out.println("folded (int)(0.0/0.0) = " + (int) (0.0 / 0.0) + "  runtime = " + (int) (va * 0.0 / 0.0));
        System.out.println("folded FS = " + FS + "  runtime = " + ("const" + va + vc));
        System.out.println("folded FS == literal: " + (FS == "const1000000q"));
        System.out.println("folded (FA > FB) = " + (FA > FB) + "  runtime = " + (va > vb));
        System.out.println("folded 7/2*2.0 = " + (7 / 2 * 2.0) + "  runtime = " + ((vb / 1000 + 4) / 2 * 2.0));
        System.out.println("folded 1/3f = " + (1 / 3f) + "  runtime = " + (va / 3000000f));
        System.out.println("folded (short)70000 = " + (short) 70000 + "  runtime = " + (short) (va / 1000 * 70));
        System.out.println("folded 'a'+'b'+\"c\" = " + ('a' + 'b' + "c") + "  runtime = " + (vc + vc + "c"));
        System.out.println("folded 0x7fffffff+0x7fffffff = " + (0x7fffffff + 0x7fffffff));
        System.out.println("folded 1e308*10 = " + (1e308 * 10) + "  runtime = " + (va * 1e303 * 10));
        System.out.println("folded Integer.MIN_VALUE/-1 = " + (Integer.MIN_VALUE / -1));
        System.out.println("folded 5 % -3 = " + (5 % -3) + ", -5 % 3 = " + (-5 % 3));
        System.out.println("folded -5.5 % 2 = " + (-5.5 % 2) + "  runtime = " + (-va / 200000.0 - 0.5) % 2);
        System.out.println("folded (float)0.1 = " + (float) 0.1 + "  runtime = " + (float) (va / 1e7));
        System.out.println("folded (double)0.1f = " + (double) 0.1f + "  runtime = " + (double) (float) (va / 1e7));
        final int local = 40;
        final int local2 = local + 2;
        switch (va / 25000 + 2) {
            case local2: System.out.println("matched final local constant case 42"); break;
            default: System.out.println("no match");
        }
        long product = 1;
        for (int i = 0; i < 5; i++) product *= FA;
        System.out.println("FA^5 as long = " + product);
        System.out.println("boolean folding: " + (true ^ false) + " " + (FA == 1000000 && FB < 0));
    }
}
