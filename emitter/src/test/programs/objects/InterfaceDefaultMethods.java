public class InterfaceDefaultMethods {
    interface Greeter {
        String name();
        default String greet() { return "Hello, " + name() + suffix(); }
        default String suffix() { return "!"; }
        static Greeter of(String n) {
            return new Greeter() { public String name() { return n; } };
        }
    }
    interface Loud extends Greeter {
        @Override default String suffix() { return "!!!"; }
        default String shout() { return greet().toUpperCase(); }
    }
    interface Polite {
        default String greet() { return "Good day"; }
    }
    static class Plain implements Greeter {
        public String name() { return "plain"; }
    }
    static class Noisy implements Loud {
        public String name() { return "noisy"; }
    }
    static class Custom implements Loud {
        public String name() { return "custom"; }
        @Override public String greet() { return "Yo " + Loud.super.greet(); }
    }
    static class Both implements Greeter, Polite {
        public String name() { return "both"; }
        @Override public String greet() { return Greeter.super.greet() + " / " + Polite.super.greet(); }
    }
    static class Base {
        public String suffix() { return "?"; }
    }
    static class ClassWins extends Base implements Greeter {
        public String name() { return "classwins"; }
    }
    interface Counter {
        int step();
        default int advance(int from, int times) {
            int v = from;
            for (int i = 0; i < times; i++) v += step();
            return v;
        }
    }

    public static void main(String[] args) {
        Greeter[] gs = { new Plain(), new Noisy(), new Custom(), new Both(), new ClassWins(), Greeter.of("static") };
        for (int i = 0; i < gs.length; i++) {
            System.out.println("gs[" + i + "] name=" + gs[i].name() + " greet=" + gs[i].greet() + " suffix=" + gs[i].suffix());
        }
        Loud l = new Custom();
        System.out.println("custom shout=" + l.shout());
        System.out.println("noisy shout=" + new Noisy().shout());
        Polite p = new Both();
        System.out.println("both via Polite=" + p.greet());
        Counter byThree = new Counter() { public int step() { return 3; } };
        System.out.println("advance=" + byThree.advance(10, 5));
        Counter overrides = new Counter() {
            public int step() { return 1; }
            public int advance(int from, int times) { return -Counter.super.advance(from, times); }
        };
        System.out.println("overridden advance=" + overrides.advance(1, 4));
    }
}
