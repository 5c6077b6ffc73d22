public class ConstantsDoNotInit {
    static class Consts {
        static final int INT_CONST = 10;
        static final long LONG_CONST = 1L << 40;
        static final String STR_CONST = "constant-" + "string";
        static final boolean BOOL_CONST = true;
        static final char CHAR_CONST = 'Z';
        static final double DOUBLE_CONST = 2.5;
        static final int EXPR_CONST = INT_CONST * 3 + 1;
        static { System.out.println("  [Consts.<clinit>]"); }
        static int nonConst = 3;
    }
    static class NonConsts {
        static final int FROM_METHOD = Integer.parseInt("77");
        static final String NULL_STR = null;
        static final Object OBJ = "object";
        static { System.out.println("  [NonConsts.<clinit>]"); }
    }
    static class NotFinal {
        static int plain = 1;
        static { System.out.println("  [NotFinal.<clinit>]"); }
    }
    interface IfaceConsts {
        int A = 5;
        String S = "iface";
        Object OBJ = log("IfaceConsts.OBJ");
    }
    static Object log(String s) { System.out.println("  [" + s + "]"); return s; }

    public static void main(String[] args) {
        System.out.println("INT_CONST=" + Consts.INT_CONST);
        System.out.println("LONG_CONST=" + Consts.LONG_CONST);
        System.out.println("STR_CONST=" + Consts.STR_CONST);
        System.out.println("BOOL_CONST=" + Consts.BOOL_CONST);
        System.out.println("CHAR_CONST=" + Consts.CHAR_CONST);
        System.out.println("DOUBLE_CONST=" + Consts.DOUBLE_CONST);
        System.out.println("EXPR_CONST=" + Consts.EXPR_CONST);
        int local = Consts.INT_CONST + Consts.EXPR_CONST;
        System.out.println("sum of constants=" + local + " (Consts not initialized yet)");
        switch (local) {
            case Consts.INT_CONST: System.out.println("switch matched INT_CONST"); break;
            case Consts.INT_CONST + Consts.EXPR_CONST: System.out.println("switch matched sum"); break;
            default: System.out.println("switch default");
        }
        System.out.println("iface A=" + IfaceConsts.A + " S=" + IfaceConsts.S + " (no interface init)");
        System.out.println("now reading nonConst:");
        System.out.println("nonConst=" + Consts.nonConst);
        System.out.println("INT_CONST again=" + Consts.INT_CONST);
        System.out.println("now reading FROM_METHOD:");
        System.out.println("FROM_METHOD=" + NonConsts.FROM_METHOD);
        System.out.println("NULL_STR=" + NonConsts.NULL_STR + " OBJ=" + NonConsts.OBJ);
        System.out.println("now reading NotFinal.plain:");
        System.out.println("plain=" + NotFinal.plain);
        System.out.println("now reading IfaceConsts.OBJ:");
        System.out.println("OBJ=" + IfaceConsts.OBJ);
        System.out.println("done");
    }
}
