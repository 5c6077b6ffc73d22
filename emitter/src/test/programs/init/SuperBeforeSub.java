public class SuperBeforeSub {
    static StringBuilder order = new StringBuilder();
    static void log(String s) { System.out.println("  [" + s + "]"); order.append(s.charAt(0)); }

    static class A {
        static int a = val("A.a", 1);
        static { log("A.<clinit> block"); }
        A() { log("A.<init>"); }
        static int val(String what, int v) { log(what + " init"); return v; }
    }
    static class B extends A {
        static int b = val("B.b", A.a + 1);
        static { log("B.<clinit> block b=" + b); }
        B() { log("B.<init>"); }
    }
    static class C extends B {
        static int c = val("C.c", b * 10);
        static { log("C.<clinit> block c=" + c); }
        C() { log("C.<init>"); }
        static void hello() { log("C.hello"); }
    }
    static class D extends B {
        static { log("D.<clinit>"); }
        D() { log("D.<init>"); }
    }
    static class P {
        static { log("P.<clinit>"); }
        static int p = 1;
    }
    static class Q extends P {
        static { log("Q.<clinit> sees P.p=" + p); }
        static int q = p + 1;
    }

    public static void main(String[] args) {
        System.out.println("new C():");
        new C();
        System.out.println("new C() again:");
        new C();
        System.out.println("new D():");
        new D();
        System.out.println("C.hello():");
        C.hello();
        System.out.println("Q.q:");
        System.out.println("q=" + Q.q);
        System.out.println("order=" + order);
        System.out.println("values a=" + A.a + " b=" + B.b + " c=" + C.c);
    }
}
