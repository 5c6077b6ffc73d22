import java.util.ArrayList;
import java.util.List;

public class TryWithResourcesSuppressed {
    static final List<String> log = new ArrayList<>();

    static class Res implements AutoCloseable {
        final String name;
        final boolean failClose;

        Res(String name, boolean failOpen, boolean failClose) {
            if (failOpen) {
                log.add("open-fail " + name);
                throw new IllegalStateException("cannot open " + name);
            }
            this.name = name;
            this.failClose = failClose;
            log.add("open " + name);
        }

        void use(boolean fail) {
            log.add("use " + name);
            if (fail) throw new RuntimeException("use failed in " + name);
        }

        @Override
        public void close() {
            log.add("close " + name);
            if (failClose) throw new IllegalArgumentException("close failed in " + name);
        }
    }

    static void report(String title, Throwable t) {
        System.out.println(title + ": " + log);
        log.clear();
        if (t != null) {
            System.out.println("  thrown " + t.getClass().getSimpleName() + ": " + t.getMessage());
            for (Throwable s : t.getSuppressed()) {
                System.out.println("  suppressed " + s.getClass().getSimpleName() + ": " + s.getMessage()
                        + " (" + s.getSuppressed().length + " nested)");
            }
            if (t.getCause() != null) System.out.println("  cause " + t.getCause().getMessage());
        }
    }

    static void run(String title, boolean open2, boolean use, boolean close1, boolean close2) {
        Throwable caught = null;
        try (Res a = new Res("a", false, close1); Res b = new Res("b", open2, close2)) {
            a.use(false);
            b.use(use);
        } catch (RuntimeException e) {
            caught = e;
        } finally {
            log.add("finally");
        }
        report(title, caught);
    }

    public static void main(String[] args) {
        run("all fine", false, false, false, false);
        run("use fails", false, true, false, false);
        run("use and both closes fail", false, true, true, true);
        run("close b fails", false, false, false, true);
        run("both closes fail", false, false, true, true);
        run("open b fails", true, false, false, false);
        run("open b fails, close a fails", true, false, true, false);
        Throwable caught = null;
        try (Res n = null) {
            log.add("null resource body");
        } catch (Exception e) {
            caught = e;
        }
        report("null resource", caught);
        Res outer = new Res("outer", false, true);
        try (outer; Res inner = new Res("inner", false, false)) {
            inner.use(true);
        } catch (RuntimeException e) {
            caught = e;
        }
        report("effectively final resource", caught);
        Exception manual = new Exception("primary");
        manual.addSuppressed(new RuntimeException("s1"));
        manual.addSuppressed(new Error("s2"));
        try {
            manual.addSuppressed(manual);
        } catch (IllegalArgumentException e) {
            System.out.println("self-suppression: " + e.getMessage());
        }
        try {
            manual.addSuppressed(null);
        } catch (NullPointerException e) {
            System.out.println("null suppression: " + e.getMessage());
        }
        report("manual", manual);
        Throwable noSupp = new Throwable("nosupp", null, false, true) { };
        noSupp.addSuppressed(new RuntimeException("ignored"));
        System.out.println("disabled suppression count " + noSupp.getSuppressed().length);
    }
}
