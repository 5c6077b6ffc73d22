public class InnerClasses {
    private int counter = 100;
    private static int staticCounter = 5;
    private String name;

    InnerClasses(String name) { this.name = name; }

    class Inner {
        int local = 1;
        int bump() { return ++counter; }
        String who() { return "Inner of " + name + " local=" + local; }
        class Deep {
            String path() { return name + "/" + local + "/" + counter; }
            InnerClasses top() { return InnerClasses.this; }
        }
    }

    static class Nested {
        int read() { return staticCounter; }
        int readVia(InnerClasses o) { return o.counter; }
    }

    class Shadow {
        int counter = 7;
        String show(int counter) {
            return "param=" + counter + " field=" + this.counter + " outer=" + InnerClasses.this.counter;
        }
    }

    interface Greeter { String greet(String who); }

    Greeter makeGreeter(final String prefix) {
        int times = name.length();
        return new Greeter() {
            int calls;
            public String greet(String who) {
                calls++;
                return prefix + " " + who + " from " + name + " x" + times + " call#" + calls;
            }
        };
    }

    static Greeter localClassGreeter(String suffix) {
        int base = 10;
        class Local implements Greeter {
            final int id;
            Local(int id) { this.id = id; }
            public String greet(String who) { return who + suffix + (base + id); }
        }
        return new Local(3);
    }

    private int secret() { return counter * 2; }

    class Peeker {
        int peek() { return secret(); }
    }

    static int privateStaticHelper() { return 9; }

    static class Counter {
        private int c;
        private void incPrivate() { c++; }
    }

    public static void main(String[] args) {
        InnerClasses outer = new InnerClasses("outerA");
        InnerClasses.Inner in = outer.new Inner();
        System.out.println("who=" + in.who());
        System.out.println("bump=" + in.bump() + " outer.counter=" + outer.counter);
        in.bump();
        System.out.println("after 2 bumps outer.counter=" + outer.counter);
        InnerClasses.Inner.Deep deep = in.new Deep();
        System.out.println("deep.path=" + deep.path());
        System.out.println("deep.top==outer " + (deep.top() == outer));
        InnerClasses other = new InnerClasses("outerB");
        Inner in2 = other.new Inner();
        in2.local = 50;
        System.out.println("in2.who=" + in2.who());
        System.out.println("in2 deep=" + in2.new Deep().path());
        Nested n = new Nested();
        System.out.println("nested read=" + n.read() + " readVia=" + n.readVia(other));
        staticCounter++;
        System.out.println("nested read after inc=" + n.read());
        Shadow sh = outer.new Shadow();
        System.out.println("shadow=" + sh.show(3));
        Greeter g = outer.makeGreeter("Hi");
        System.out.println(g.greet("Ann"));
        System.out.println(g.greet("Ben"));
        Greeter g2 = other.makeGreeter("Yo");
        System.out.println(g2.greet("Cid"));
        System.out.println(localClassGreeter("#").greet("Dee"));
        System.out.println("peek=" + outer.new Peeker().peek());
        System.out.println("static helper=" + privateStaticHelper());
        Counter c = new Counter();
        c.incPrivate(); c.incPrivate();
        System.out.println("private nested access=" + c.c);
        Inner[] inners = new Inner[3];
        for (int i = 0; i < inners.length; i++) {
            inners[i] = (i % 2 == 0 ? outer : other).new Inner();
            inners[i].local = i;
        }
        for (Inner x : inners) System.out.println("inners: " + x.who() + " bump=" + x.bump());
        System.out.println("final counters outer=" + outer.counter + " other=" + other.counter);
    }
}
