public class InitOnceManyPaths {
    static int clinitCount;
    static StringBuilder trace = new StringBuilder();
    static void log(String s) { System.out.println("  [" + s + "]"); trace.append(s).append(';'); }

    static class Target {
        static int value;
        static { clinitCount++; log("Target.<clinit> #" + clinitCount); value = 1; }
        static int bump() { return ++value; }
        int inst = value;
    }

    interface Api {
        Object MARK = mark();
        static Object mark() { log("Api.<clinit>"); return "marked"; }
        static String util() { return "util"; }
    }

    static int arg(String s, int v) { log("arg " + s); return v; }

    static class TwoArgs {
        static { log("TwoArgs.<clinit>"); }
        TwoArgs(int a, int b) { log("TwoArgs(" + a + "," + b + ")"); }
    }

    public static void main(String[] args) {
        for (int i = 0; i < 3; i++) {
            System.out.println("iteration " + i);
            switch (i) {
                case 0: System.out.println("bump=" + Target.bump()); break;
                case 1: System.out.println("new inst=" + new Target().inst); break;
                default: Target.value += 10; System.out.println("value=" + Target.value); break;
            }
        }
        System.out.println("clinitCount=" + clinitCount);
        System.out.println("static interface method call:");
        System.out.println("util=" + Api.util());
        System.out.println("read Api.MARK:");
        System.out.println("MARK=" + Api.MARK);
        System.out.println("new TwoArgs(arg, arg): class init happens after 'new' but before argument evaluation");
        new TwoArgs(arg("a", 1), arg("b", 2));
        System.out.println("trace=" + trace);
    }
}
