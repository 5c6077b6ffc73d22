public class RecursiveInit {
    static void log(String s) { System.out.println("  [" + s + "]"); }

    static class A {
        static int a1 = 1;
        static int fromB;
        static int a2;
        static {
            log("A.<clinit> start a1=" + a1 + " a2=" + a2);
            fromB = B.b1 + 100;
            a2 = 2;
            log("A.<clinit> end fromB=" + fromB + " a2=" + a2);
        }
    }
    static class B {
        static int b1;
        static int seenA1;
        static int seenA2;
        static {
            log("B.<clinit> start");
            seenA1 = A.a1;
            seenA2 = A.a2;
            b1 = 10;
            log("B.<clinit> end seenA1=" + seenA1 + " seenA2=" + seenA2);
        }
    }

    static class Parent {
        static Parent DEFAULT_CHILD = new Child();
        static int parentValue = 7;
        static { log("Parent.<clinit> end parentValue=" + parentValue); }
        Parent() { log("Parent() parentValue=" + parentValue); }
    }
    static class Child extends Parent {
        static int childValue = 3;
        static { log("Child.<clinit> childValue=" + childValue); }
        Child() { log("Child() childValue=" + childValue + " parentValue=" + parentValue); }
    }

    static class X {
        static final X INSTANCE = new X();
        static final Y Y_REF = Y.make();
        static int xs = 5;
        X() { log("X() xs=" + xs); }
    }
    static class Y {
        static int ys = X.xs + 1;
        static { log("Y.<clinit> ys=" + ys + " X.INSTANCE null=" + (X.INSTANCE == null)); }
        static Y make() { log("Y.make"); return new Y(); }
    }

    public static void main(String[] args) {
        System.out.println("touch A.fromB:");
        System.out.println("A.fromB=" + A.fromB + " A.a2=" + A.a2);
        System.out.println("B.seenA1=" + B.seenA1 + " B.seenA2=" + B.seenA2 + " B.b1=" + B.b1);
        System.out.println("B already initialized, touching again prints nothing:");
        System.out.println("B.b1=" + B.b1);
        System.out.println("new Child():");
        new Child();
        System.out.println("Parent.DEFAULT_CHILD is Child=" + (Parent.DEFAULT_CHILD instanceof Child));
        System.out.println("touch X:");
        System.out.println("X.Y_REF null=" + (X.Y_REF == null) + " X.xs=" + X.xs + " Y.ys=" + Y.ys);
    }
}
