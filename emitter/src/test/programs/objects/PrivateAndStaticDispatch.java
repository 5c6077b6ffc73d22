public class PrivateAndStaticDispatch {
    static class A {
        private String secret() { return "A.secret"; }
        String callSecret() { return secret(); }
        static String stat() { return "A.stat"; }
        String callStat() { return stat(); }
        String pub() { return "A.pub"; }
        String callPub() { return pub(); }
        private int priv = 1;
        int readPriv() { return priv; }
    }
    static class B extends A {
        // not an override: A.secret is private
        String secret() { return "B.secret"; }
        static String stat() { return "B.stat"; }
        @Override String pub() { return "B.pub"; }
        private int priv = 2;
        int readOwnPriv() { return priv; }
    }
    static class C extends B {
        @Override String secret() { return "C.secret"; }
    }

    static class Outer {
        private int x = 5;
        private static int sx = 6;
        private int twice() { return x * 2; }
        static class N {
            int peek(Outer o) { o.x++; return o.twice() + sx; }
        }
    }

    public static void main(String[] args) {
        A a = new A();
        A ab = new B();
        B b = new B();
        A ac = new C();
        System.out.println("a.callSecret=" + a.callSecret());
        System.out.println("ab.callSecret=" + ab.callSecret());
        System.out.println("ac.callSecret=" + ac.callSecret());
        System.out.println("b.secret=" + b.secret());
        System.out.println("((B)ac).secret=" + ((B) ac).secret());
        System.out.println("ab.callStat=" + ab.callStat());
        System.out.println("A.stat=" + A.stat() + " B.stat=" + B.stat() + " C.stat=" + C.stat());
        System.out.println("ab.callPub=" + ab.callPub());
        System.out.println("ac.callPub=" + ac.callPub());
        System.out.println("b.readPriv=" + b.readPriv() + " b.readOwnPriv=" + b.readOwnPriv());
        Outer o = new Outer();
        Outer.N n = new Outer.N();
        System.out.println("nested private access=" + n.peek(o) + " then " + n.peek(o) + " x=" + o.x);
    }
}
