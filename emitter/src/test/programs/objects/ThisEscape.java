public class ThisEscape {
    static Base lastCreated;
    static int registrations;
    static Base[] registry = new Base[10];

    static void register(Base b) {
        registry[registrations++] = b;
        System.out.println("  registered " + b.describe());
    }

    static class Base {
        final int id;
        Base(int id) {
            this.id = id;
            lastCreated = this;
            register(this);
            System.out.println("  Base ctor sees describe()=" + describe());
        }
        String describe() { return "Base#" + id; }
    }

    static class Derived extends Base {
        String label = "initialized";
        final int factor;
        int[] data = new int[] { 1, 2, 3 };
        Derived(int id, int factor) {
            super(id);
            this.factor = factor;
            System.out.println("  Derived ctor sees describe()=" + describe());
        }
        @Override String describe() {
            return "Derived#" + id + " label=" + label + " factor=" + factor + " data=" + (data == null ? "null" : String.valueOf(data.length));
        }
    }

    static class Listener {
        final String name;
        Listener(Source src, String name) {
            src.add(this);
            this.name = name;
        }
        void fire(int v) { System.out.println("  listener " + name + " got " + v); }
    }

    static class Source {
        Listener[] ls = new Listener[4];
        int n;
        void add(Listener l) {
            System.out.println("  adding listener whose name is " + l.name);
            ls[n++] = l;
        }
        void fire(int v) { for (int i = 0; i < n; i++) ls[i].fire(v); }
    }

    class Inner {
        int outerValue() { return value; }
        ThisEscape outer() { return ThisEscape.this; }
    }
    int value;
    Inner inner;
    ThisEscape(int v) {
        inner = new Inner();
        System.out.println("  inner sees value before assignment=" + inner.outerValue());
        value = v;
        System.out.println("  inner sees value after assignment=" + inner.outerValue());
    }

    public static void main(String[] args) {
        System.out.println("new Base(1):");
        Base b = new Base(1);
        System.out.println("lastCreated==b " + (lastCreated == b));
        System.out.println("new Derived(2, 5):");
        Derived d = new Derived(2, 5);
        System.out.println("lastCreated==d " + (lastCreated == d));
        System.out.println("after construction: " + d.describe());
        System.out.println("registry:");
        for (int i = 0; i < registrations; i++) System.out.println("  " + i + " -> " + registry[i].describe());
        Source src = new Source();
        System.out.println("listeners:");
        new Listener(src, "first");
        new Listener(src, "second");
        src.fire(42);
        System.out.println("outer/inner:");
        ThisEscape te = new ThisEscape(77);
        System.out.println("inner.outer()==te " + (te.inner.outer() == te));
        te.value = 78;
        System.out.println("inner sees update=" + te.inner.outerValue());
    }
}
