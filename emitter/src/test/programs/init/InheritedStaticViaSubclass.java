public class InheritedStaticViaSubclass {
    static void log(String s) { System.out.println("  [" + s + "]"); }

    static class Super {
        static int superField = init("Super.superField", 11);
        static { log("Super.<clinit>"); }
        static String superMethod() { log("Super.superMethod"); return "sm"; }
        static int init(String what, int v) { log("init " + what); return v; }
    }
    static class Sub extends Super {
        static int subField = init("Sub.subField", 22);
        static { log("Sub.<clinit>"); }
    }
    static class SubSub extends Sub {
        static { log("SubSub.<clinit>"); }
        static int own = 3;
    }

    static class Super2 {
        static { log("Super2.<clinit>"); }
        static String m() { log("Super2.m"); return "m2"; }
    }
    static class Sub2 extends Super2 {
        static { log("Sub2.<clinit>"); }
    }

    static class Super3 {
        static int x;
        static { log("Super3.<clinit>"); }
    }
    static class Sub3 extends Super3 {
        static { log("Sub3.<clinit>"); }
    }

    public static void main(String[] args) {
        System.out.println("read Sub.superField:");
        System.out.println("value=" + Sub.superField);
        System.out.println("read SubSub.superField:");
        System.out.println("value=" + SubSub.superField);
        System.out.println("call Sub2.m():");
        System.out.println("result=" + Sub2.m());
        System.out.println("write Sub3.x:");
        Sub3.x = 9;
        System.out.println("Super3.x=" + Super3.x);
        System.out.println("read Sub.subField:");
        System.out.println("value=" + Sub.subField);
        System.out.println("read SubSub.own:");
        System.out.println("value=" + SubSub.own);
        System.out.println("new Sub2():");
        new Sub2();
        System.out.println("new Sub3():");
        new Sub3();
        System.out.println("done");
    }
}
