public class ConstructorChaining {
    static StringBuilder log = new StringBuilder();

    static void log(String s) {
        System.out.println("  " + s);
        log.append(s.charAt(0));
    }

    static class Base {
        int a;
        String tag;
        Base() {
            this(1);
            log("Base()");
        }
        Base(int a) {
            this(a, "default");
            log("Base(int) a=" + a);
        }
        Base(int a, String tag) {
            super();
            this.a = a;
            this.tag = tag;
            log("Base(int,String) a=" + a + " tag=" + tag);
        }
    }

    static class Mid extends Base {
        int b;
        Mid() {
            log("Mid() a=" + a + " b=" + b);
            b = 2;
        }
        Mid(int b) {
            super(b * 10, "mid");
            this.b = b;
            log("Mid(int) b=" + b);
        }
        Mid(String s) {
            this(s.length());
            log("Mid(String) s=" + s);
        }
    }

    static class Leaf extends Mid {
        int c;
        Leaf() {
            super("hello");
            c = a + b;
            log("Leaf() c=" + c);
        }
        Leaf(int c) {
            this.c = c;
            log("Leaf(int) c=" + c + " a=" + a + " b=" + b + " tag=" + tag);
        }
    }

    static int argCounter = 0;
    static int nextArg(String who) {
        argCounter++;
        System.out.println("  evaluating arg for " + who + " #" + argCounter);
        return argCounter;
    }

    static class ArgOrder {
        int x, y;
        ArgOrder(int x, int y) { this.x = x; this.y = y; log("ArgOrder(" + x + "," + y + ")"); }
        ArgOrder() { this(nextArg("x"), nextArg("y")); log("ArgOrder()"); }
    }

    public static void main(String[] args) {
        System.out.println("new Base():");
        Base b = new Base();
        System.out.println("result a=" + b.a + " tag=" + b.tag);
        System.out.println("new Base(5):");
        b = new Base(5);
        System.out.println("result a=" + b.a + " tag=" + b.tag);
        System.out.println("new Mid():");
        Mid m = new Mid();
        System.out.println("result a=" + m.a + " b=" + m.b + " tag=" + m.tag);
        System.out.println("new Mid(7):");
        m = new Mid(7);
        System.out.println("result a=" + m.a + " b=" + m.b + " tag=" + m.tag);
        System.out.println("new Mid(\"abc\"):");
        m = new Mid("abc");
        System.out.println("result a=" + m.a + " b=" + m.b + " tag=" + m.tag);
        System.out.println("new Leaf():");
        Leaf l = new Leaf();
        System.out.println("result a=" + l.a + " b=" + l.b + " c=" + l.c + " tag=" + l.tag);
        System.out.println("new Leaf(99):");
        l = new Leaf(99);
        System.out.println("result a=" + l.a + " b=" + l.b + " c=" + l.c + " tag=" + l.tag);
        System.out.println("new ArgOrder():");
        ArgOrder ao = new ArgOrder();
        System.out.println("result x=" + ao.x + " y=" + ao.y);
        System.out.println("log letters=" + log);
    }
}
