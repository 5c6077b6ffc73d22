public class NestedInitIndependence {
    static { System.out.println("  [NestedInitIndependence.<clinit>]"); }
    static int mainValue = 1;

    static class Outer {
        static { System.out.println("  [Outer.<clinit>]"); }
        static int outerValue = 10;
        static class Nested {
            static { System.out.println("  [Outer.Nested.<clinit>]"); }
            static int nestedValue = 20;
            static int readOuter() { return outerValue; }
        }
        class Inner {
            int get() { return outerValue + 1; }
        }
        static int readNested() { return Nested.nestedValue; }
    }

    interface Callback {
        Object TAG = tag("Callback.TAG");
        String call();
    }
    static Object tag(String s) { System.out.println("  [" + s + "]"); return s; }

    public static void main(String[] args) {
        System.out.println("main started (main class already initialized), mainValue=" + mainValue);
        System.out.println("read Outer.Nested.nestedValue:");
        System.out.println("nestedValue=" + Outer.Nested.nestedValue + " (Outer not initialized)");
        System.out.println("call Outer.Nested.readOuter():");
        System.out.println("readOuter=" + Outer.Nested.readOuter());
        System.out.println("call Outer.readNested() (both already initialized):");
        System.out.println("readNested=" + Outer.readNested());
        Outer o = new Outer();
        Outer.Inner in = o.new Inner();
        System.out.println("inner get=" + in.get());
        System.out.println("anonymous Callback instance:");
        Callback cb = new Callback() {
            public String call() { return "called"; }
        };
        System.out.println("call=" + cb.call() + " (Callback not initialized)");
        System.out.println("read Callback.TAG:");
        System.out.println("TAG=" + Callback.TAG);
    }
}
