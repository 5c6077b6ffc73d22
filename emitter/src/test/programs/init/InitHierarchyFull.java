public class InitHierarchyFull {
    static int step;
    static int log(String s) { step++; System.out.println("  " + step + " " + s); return step; }

    static class Grand {
        static int gs = log("Grand static field");
        static { log("Grand static block"); }
        int gi = log("Grand instance field");
        { log("Grand instance block"); }
        Grand() { log("Grand() body"); describe(); }
        void describe() { log("Grand.describe"); }
    }
    static class Parent extends Grand {
        static int ps = log("Parent static field");
        static { log("Parent static block"); }
        int pi = log("Parent instance field");
        { log("Parent instance block"); }
        Parent() { this(log("Parent() evaluates this() argument")); log("Parent() body"); }
        Parent(int x) { super(); log("Parent(int) body x=" + x); }
        @Override void describe() { log("Parent.describe pi=" + pi); }
    }
    static class Kid extends Parent {
        static int ks = log("Kid static field");
        static { log("Kid static block"); }
        int ki = log("Kid instance field");
        { log("Kid instance block"); }
        Kid() { super(); log("Kid() body ki=" + ki); }
        @Override void describe() { log("Kid.describe ki=" + ki + " pi=" + pi); }
    }

    public static void main(String[] args) {
        System.out.println("first new Kid():");
        Kid k = new Kid();
        System.out.println("second new Kid():");
        new Kid();
        System.out.println("new Parent():");
        new Parent();
        System.out.println("new Grand():");
        new Grand();
        System.out.println("statics gs=" + Grand.gs + " ps=" + Parent.ps + " ks=" + Kid.ks);
        System.out.println("first kid fields gi=" + k.gi + " pi=" + k.pi + " ki=" + k.ki);
    }
}
