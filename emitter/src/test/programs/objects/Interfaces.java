public class Interfaces {
    interface Named {
        String PREFIX = "name:";
        String name();
    }
    interface Sized {
        int MAX = 100;
        int size();
    }
    interface Describable extends Named, Sized {
        String describe();
    }
    interface Resettable {
        void reset();
    }
    interface Countable extends Resettable {
        int count();
        void inc();
    }

    static class Box implements Describable {
        private final String n;
        private final int s;
        Box(String n, int s) { this.n = n; this.s = s; }
        public String name() { return PREFIX + n; }
        public int size() { return Math.min(s, MAX); }
        public String describe() { return name() + "/" + size(); }
    }

    static class Tally implements Countable, Named, Sized {
        int c;
        public void reset() { c = 0; }
        public int count() { return c; }
        public void inc() { c++; }
        public String name() { return "tally"; }
        public int size() { return c * 2; }
    }

    static class SubTally extends Tally implements Describable {
        @Override public void inc() { c += 10; }
        public String describe() { return "SubTally " + count(); }
    }

    static abstract class AbstractNamed implements Named {
        public String toString() { return "AbstractNamed(" + name() + ")"; }
    }
    static class Concrete extends AbstractNamed {
        public String name() { return "concrete"; }
    }

    static int totalSize(Sized[] items) {
        int t = 0;
        for (Sized s : items) t += s.size();
        return t;
    }

    static String names(Named[] items) {
        StringBuilder sb = new StringBuilder();
        for (Named n : items) {
            if (sb.length() > 0) sb.append(',');
            sb.append(n.name());
        }
        return sb.toString();
    }

    static int nonConstant = 5;

    public static void main(String[] args) {
        Box small = new Box("small", 3);
        Box huge = new Box("huge", 1000);
        System.out.println("small.describe=" + small.describe());
        System.out.println("huge.describe=" + huge.describe());
        Named n = small;
        Sized s = huge;
        Describable d = huge;
        System.out.println("via Named=" + n.name());
        System.out.println("via Sized=" + s.size());
        System.out.println("via Describable name=" + d.name() + " size=" + d.size());
        Tally t = new Tally();
        Countable c = t;
        for (int i = 0; i < nonConstant; i++) c.inc();
        System.out.println("tally count=" + c.count() + " size=" + t.size());
        Resettable r = c;
        r.reset();
        System.out.println("after reset count=" + t.count());
        SubTally st = new SubTally();
        Countable sc = st;
        sc.inc(); sc.inc();
        System.out.println("subtally count=" + sc.count() + " describe=" + st.describe());
        Describable sd = st;
        System.out.println("subtally via Describable name=" + sd.name() + " size=" + sd.size());
        Sized[] sized = { small, huge, t, st };
        System.out.println("totalSize=" + totalSize(sized));
        Named[] named = { small, huge, t, st, new Concrete() };
        System.out.println("names=" + names(named));
        System.out.println("concrete toString=" + new Concrete());
        System.out.println("constants PREFIX=" + Named.PREFIX + " MAX=" + Sized.MAX + " via impl=" + Box.MAX);
        Object o = st;
        System.out.println("st instanceof Named=" + (o instanceof Named));
        System.out.println("st instanceof Sized=" + (o instanceof Sized));
        System.out.println("st instanceof Describable=" + (o instanceof Describable));
        System.out.println("st instanceof Resettable=" + (o instanceof Resettable));
        System.out.println("t instanceof Describable=" + (((Object) t) instanceof Describable));
        System.out.println("small instanceof Countable=" + (((Object) small) instanceof Countable));
        Named anon = new Named() {
            public String name() { return "anon" + nonConstant; }
        };
        System.out.println("anon name=" + anon.name());
        Countable cc = (Countable) o;
        cc.reset();
        System.out.println("cast and reset=" + cc.count());
        for (int i = 0; i < named.length; i++) {
            Object x = named[i];
            System.out.println("named[" + i + "] Sized=" + (x instanceof Sized) + " Countable=" + (x instanceof Countable) + " Describable=" + (x instanceof Describable));
        }
    }
}
