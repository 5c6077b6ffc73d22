public class InstanceInitOrder {
    static int seq = 0;
    static int log(String s) { seq++; System.out.println("  " + seq + ": " + s); return seq; }

    static class Base {
        int b1 = log("Base field b1");
        { log("Base instance block 1, b1=" + b1); }
        int b2;
        Base() {
            super();
            log("Base() body, b2=" + b2);
            b2 = 2;
            hook();
        }
        Base(String s) {
            this();
            log("Base(String) body s=" + s);
        }
        { b2 = log("Base instance block 2 (sets b2)"); }
        void hook() { log("Base.hook"); }
    }

    static class Derived extends Base {
        int d1 = log("Derived field d1");
        String name = "derived-name";
        { log("Derived instance block, d1=" + d1 + " name=" + name); }
        Derived() {
            log("Derived() body d1=" + d1);
        }
        Derived(int x) {
            this();
            log("Derived(int) body x=" + x);
        }
        Derived(String s) {
            super(s);
            log("Derived(String) body s=" + s);
        }
        @Override void hook() { log("Derived.hook sees d1=" + d1 + " name=" + name); }
    }

    static class Fields {
        int a = 1;
        int b = a + 1;
        int c;
        { c = a + b; }
        int d = c * 10;
        final int e;
        { e = d + 1; }
        int[] arr = { a, b, c, d, e };
        String s = "a=" + a + " e=" + e;
    }

    public static void main(String[] args) {
        System.out.println("new Base():");
        Base b = new Base();
        System.out.println("b1=" + b.b1 + " b2=" + b.b2);
        System.out.println("new Derived():");
        Derived d = new Derived();
        System.out.println("b1=" + d.b1 + " b2=" + d.b2 + " d1=" + d.d1);
        System.out.println("new Derived(7) (this() chain; initializers run once):");
        d = new Derived(7);
        System.out.println("b1=" + d.b1 + " b2=" + d.b2 + " d1=" + d.d1);
        System.out.println("new Derived(\"s\"):");
        d = new Derived("s");
        System.out.println("b1=" + d.b1 + " b2=" + d.b2 + " d1=" + d.d1);
        Fields f = new Fields();
        System.out.println("fields a=" + f.a + " b=" + f.b + " c=" + f.c + " d=" + f.d + " e=" + f.e);
        System.out.println("fields arr=" + f.arr[0] + "," + f.arr[1] + "," + f.arr[2] + "," + f.arr[3] + "," + f.arr[4] + " s=" + f.s);
        System.out.println("anonymous with initializer:");
        Base anon = new Base() {
            int z = log("anon field z");
            { log("anon block z=" + z); }
            @Override void hook() { log("anon hook z=" + z); }
        };
        System.out.println("anon b2=" + anon.b2);
    }
}
