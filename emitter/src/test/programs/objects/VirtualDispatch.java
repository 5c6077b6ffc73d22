public class VirtualDispatch {
    static class A {
        String name() { return "A"; }
        String who() { return "A.who->" + name(); }
        int level() { return 1; }
        String only() { return "A.only"; }
        final String fin() { return "A.fin level=" + level(); }
    }
    static class B extends A {
        @Override String name() { return "B"; }
        @Override int level() { return 2; }
    }
    static class C extends B {
        @Override String name() { return "C"; }
        @Override String who() { return "C.who->" + name(); }
    }
    static class D extends C {
        @Override int level() { return 4; }
        @Override String only() { return "D.only"; }
    }
    static class E extends D {
        @Override String name() { return "E"; }
    }

    static String describe(A a) {
        return a.name() + " " + a.who() + " " + a.level() + " " + a.only() + " " + a.fin();
    }

    public static void main(String[] args) {
        A[] all = { new A(), new B(), new C(), new D(), new E() };
        for (int i = 0; i < all.length; i++) {
            System.out.println("all[" + i + "] " + describe(all[i]));
            System.out.println("  name=" + all[i].name());
            System.out.println("  who=" + all[i].who());
            System.out.println("  level=" + all[i].level());
            System.out.println("  only=" + all[i].only());
            System.out.println("  fin=" + all[i].fin());
        }
        B b = new D();
        System.out.println("B ref to D name=" + b.name() + " level=" + b.level() + " only=" + b.only());
        C c = new E();
        System.out.println("C ref to E who=" + c.who() + " level=" + c.level());
        D d = new E();
        System.out.println("D ref to E name=" + d.name() + " fin=" + d.fin());
        int total = 0;
        for (int round = 0; round < 3; round++) {
            for (A a : all) total += a.level() * (round + 1);
        }
        System.out.println("total levels=" + total);
        // dispatch in a loop with a changing receiver type
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            sb.append(all[(i * 7) % all.length].name());
        }
        System.out.println("sequence=" + sb);
        // Object methods dispatch
        Object o = new E();
        System.out.println("Object ref is A=" + (o instanceof A) + " name=" + ((A) o).name());
    }
}
