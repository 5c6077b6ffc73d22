public class EnumInit {
    static void log(String s) { System.out.println("  [" + s + "]"); }

    enum Level {
        LOW(1), MEDIUM(5), HIGH(10);
        static int total;
        static final String LABEL = "levels";
        static final Object OBJ_LABEL = makeLabel();
        final int weight;
        Level(int w) {
            weight = w;
            log("Level(" + w + ") ctor, " + peek());
        }
        static {
            log("Level static block, values=" + values().length);
            for (Level l : values()) total += l.weight;
            log("Level total=" + total);
        }
        static String peek() { return "total=" + total + " LABEL=" + LABEL + " OBJ_LABEL=" + OBJ_LABEL; }
        static Object makeLabel() { log("Level.makeLabel"); return "obj-label"; }
    }

    enum Lazy {
        ONLY;
        static { log("Lazy.<clinit>"); }
        Lazy() { log("Lazy() ctor"); }
    }

    enum WithBody {
        A { @Override String id() { return "a-body"; } },
        B;
        static { log("WithBody.<clinit> end"); }
        WithBody() { log("WithBody() " + name()); }
        String id() { return "plain-" + name(); }
    }

    public static void main(String[] args) {
        System.out.println("LABEL constant=" + Level.LABEL + " (no init)");
        System.out.println("touch Level.LOW:");
        Level l = Level.LOW;
        System.out.println("LOW weight=" + l.weight + " total=" + Level.total);
        System.out.println("touch Level.HIGH:");
        System.out.println("HIGH ordinal=" + Level.HIGH.ordinal());
        System.out.println("Lazy array creation:");
        Lazy[] arr = new Lazy[2];
        System.out.println("array len=" + arr.length);
        System.out.println("Lazy.values():");
        System.out.println("values=" + Lazy.values().length);
        System.out.println("touch WithBody.B:");
        System.out.println("B id=" + WithBody.B.id() + " A id=" + WithBody.A.id());
        System.out.println("switch on Level:");
        for (Level x : Level.values()) {
            switch (x) {
                case LOW: System.out.println("case LOW"); break;
                case HIGH: System.out.println("case HIGH"); break;
                default: System.out.println("case other " + x);
            }
        }
    }
}
