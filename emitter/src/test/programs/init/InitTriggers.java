public class InitTriggers {
    static void log(String s) { System.out.println("  [" + s + "]"); }

    static class ByNew {
        static { log("ByNew.<clinit>"); }
        ByNew() { log("ByNew.<init>"); }
    }
    static class ByStaticMethod {
        static { log("ByStaticMethod.<clinit>"); }
        static int m() { log("ByStaticMethod.m"); return 1; }
    }
    static class ByFieldGet {
        static int value = compute();
        static int compute() { log("ByFieldGet.compute"); return 42; }
        static { log("ByFieldGet.<clinit> value=" + value); }
    }
    static class ByFieldPut {
        static int value;
        static { log("ByFieldPut.<clinit> value=" + value); value = 5; }
    }
    static class ByStaticFinalNonConstant {
        static final Integer BOXED = 7;
        static final String COMPUTED = String.valueOf(99);
        static { log("ByStaticFinalNonConstant.<clinit>"); }
    }
    static class NotByArray {
        static { log("NotByArray.<clinit>"); }
        static void touch() { log("NotByArray.touch"); }
    }
    static class NotByClassLiteral {
        static { log("NotByClassLiteral.<clinit>"); }
    }
    static class NotByInstanceof {
        static { log("NotByInstanceof.<clinit>"); }
    }
    static class NotByCast {
        static { log("NotByCast.<clinit>"); }
    }
    static class NotByLocalVarType {
        static { log("NotByLocalVarType.<clinit>"); }
    }
    static class Holder {
        static { log("Holder.<clinit>"); }
        static class Lazy {
            static final Object INSTANCE = make();
            static Object make() { log("Holder.Lazy.make"); return "lazy-instance"; }
        }
        static Object get() { return Lazy.INSTANCE; }
    }

    public static void main(String[] args) {
        System.out.println("main start");
        System.out.println("before new ByNew");
        new ByNew();
        System.out.println("second new ByNew");
        new ByNew();
        System.out.println("before static method");
        int r = ByStaticMethod.m();
        System.out.println("result=" + r);
        ByStaticMethod.m();
        System.out.println("before field get");
        int v = ByFieldGet.value;
        System.out.println("got " + v);
        System.out.println("before field put");
        ByFieldPut.value = 10;
        System.out.println("after put value=" + ByFieldPut.value);
        System.out.println("before static final Integer");
        Integer b = ByStaticFinalNonConstant.BOXED;
        System.out.println("boxed=" + b + " computed=" + ByStaticFinalNonConstant.COMPUTED);
        System.out.println("before array creation");
        NotByArray[] arr = new NotByArray[3];
        NotByArray[][] arr2 = new NotByArray[2][2];
        System.out.println("arrays made len=" + arr.length + "," + arr2.length + " (no init expected)");
        NotByArray.touch();
        System.out.println("before class literal");
        Class<?> c = NotByClassLiteral.class;
        System.out.println("class literal name=" + c.getName() + " (no init expected)");
        System.out.println("before instanceof");
        Object o = "x";
        System.out.println("instanceof=" + (o instanceof NotByInstanceof) + " (no init expected)");
        System.out.println("before cast of null");
        Object n = null;
        NotByCast nc = (NotByCast) n;
        System.out.println("cast null=" + (nc == null) + " (no init expected)");
        NotByLocalVarType local = null;
        System.out.println("local var declared null=" + (local == null) + " (no init expected)");
        System.out.println("before holder get");
        System.out.println("holder=" + Holder.get());
        System.out.println("holder again=" + Holder.get());
        System.out.println("main end");
    }
}
