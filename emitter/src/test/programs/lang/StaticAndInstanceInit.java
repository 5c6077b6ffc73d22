import java.util.*;

public class StaticAndInstanceInit {
    static final List<String> LOG = new ArrayList<>();
    static class Base {
        static { LOG.add("Base static"); }
        { LOG.add("Base instance block"); }
        protected String name = field("Base.name");
        Base() { LOG.add("Base ctor sees " + describe()); }
        String describe() { return "base"; }
        static String field(String s) { LOG.add("init " + s); return s; }
    }
    static class Derived extends Base {
        static final int CONST = 7;
        static int counter = next();
        static { LOG.add("Derived static, counter=" + counter); }
        private String extra = field("Derived.extra");
        { LOG.add("Derived instance block extra=" + extra); }
        Derived() { this("default"); LOG.add("Derived() done"); }
        Derived(String s) { super(); LOG.add("Derived(String) " + s); }
        @Override String describe() { return "derived extra=" + extra; }
        static int next() { LOG.add("Derived.next"); return 41 + 1; }
    }
    static class Lazy {
        static { LOG.add("Lazy loaded"); }
        static class Holder { static final Lazy INSTANCE = new Lazy(); static { LOG.add("Holder init"); } }
        static Lazy get() { return Holder.INSTANCE; }
    }
    public static void main(String[] args) {
        LOG.add("main start const=" + Derived.CONST);
        new Derived();
        LOG.add("second");
        new Derived("x");
        LOG.add("lazy ref " + Lazy.class.getSimpleName());
        Lazy a = Lazy.get();
        Lazy b = Lazy.get();
        LOG.add("same singleton " + (a == b));
        Object anon = new ArrayList<String>() {{ add("double"); add("brace"); LOG.add("anon init size " + size()); }};
        LOG.add("anon " + anon);
        for (int i = 0; i < LOG.size(); i++) System.out.println(i + ": " + LOG.get(i));
    }
}
