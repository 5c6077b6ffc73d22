public class StaticInitTextualOrder {
    static void log(String s) { System.out.println("  [" + s + "]"); }

    static class Forward {
        static int first = readSecond();
        static int second = 5;
        static int third = second * 2;
        static String name;
        static { log("block1 first=" + first + " second=" + second + " third=" + third + " name=" + name); }
        static int qualifiedForward = Forward.later + 1;
        static int later = 100;
        static { name = "set in block2"; log("block2 qualifiedForward=" + qualifiedForward + " later=" + later); }
        static final int CONST_LATE = 77;
        static int readsConst = Forward.CONST_LATE2 + 1;
        static final int CONST_LATE2 = 50;
        static Object obj = describe();
        static String str = "string-field";
        static long big = 1234567890123L;
        static Object describe() {
            log("describe: str=" + str + " big=" + big + " CONST_LATE=" + CONST_LATE + " later=" + later);
            return "described";
        }
        static int readSecond() { log("readSecond sees second=" + second); return second + 1; }
    }

    static class Counter {
        static int count;
        static int a = ++count;
        static int b = ++count;
        static { count *= 10; }
        static int c = ++count;
    }

    static class Singleton {
        static final Singleton INSTANCE = new Singleton();
        static int counter = 0;
        static final int FIXED = 42;
        static Integer boxed = 9;
        final int snapshot;
        final int fixedSnap;
        final Integer boxedSnap;
        Singleton() {
            counter++;
            snapshot = counter;
            fixedSnap = FIXED;
            boxedSnap = boxed;
            log("Singleton() counter=" + counter + " FIXED=" + FIXED + " boxed=" + boxed);
        }
    }

    public static void main(String[] args) {
        System.out.println("trigger Forward:");
        System.out.println("first=" + Forward.first);
        System.out.println("second=" + Forward.second + " third=" + Forward.third);
        System.out.println("qualifiedForward=" + Forward.qualifiedForward + " later=" + Forward.later);
        System.out.println("readsConst=" + Forward.readsConst);
        System.out.println("obj=" + Forward.obj + " name=" + Forward.name);
        System.out.println("trigger Counter:");
        System.out.println("a=" + Counter.a + " b=" + Counter.b + " c=" + Counter.c + " count=" + Counter.count);
        System.out.println("trigger Singleton:");
        Singleton s = Singleton.INSTANCE;
        System.out.println("snapshot=" + s.snapshot + " fixedSnap=" + s.fixedSnap + " boxedSnap=" + s.boxedSnap);
        System.out.println("counter after clinit=" + Singleton.counter + " boxed=" + Singleton.boxed);
    }
}
