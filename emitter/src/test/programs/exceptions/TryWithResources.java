public class TryWithResources {
    static StringBuilder events = new StringBuilder();

    static class Res implements AutoCloseable {
        final String name;
        final boolean failOnClose;
        Res(String name, boolean failOnClose) {
            this.name = name;
            this.failOnClose = failOnClose;
            events.append("open ").append(name).append("; ");
        }
        Res(String name) { this(name, false); }
        void use(boolean fail) {
            events.append("use ").append(name).append("; ");
            if (fail) throw new IllegalStateException("use failed: " + name);
        }
        @Override public void close() {
            events.append("close ").append(name).append("; ");
            if (failOnClose) throw new IllegalArgumentException("close failed: " + name);
        }
    }

    static class FailingOpen implements AutoCloseable {
        FailingOpen() { throw new UnsupportedOperationException("cannot open"); }
        public void close() { events.append("close FailingOpen (never); "); }
    }

    @SuppressWarnings("try")
    static String scenario(int k) {
        events.setLength(0);
        String outcome;
        try {
            switch (k) {
                case 0:
                    try (Res a = new Res("a")) { a.use(false); }
                    break;
                case 1:
                    try (Res a = new Res("a"); Res b = new Res("b")) { a.use(false); b.use(false); }
                    break;
                case 2:
                    try (Res a = new Res("a"); Res b = new Res("b")) { b.use(true); }
                    break;
                case 3:
                    try (Res a = new Res("a", true)) { a.use(false); }
                    break;
                case 4:
                    try (Res a = new Res("a", true); Res b = new Res("b", true)) { a.use(true); }
                    break;
                case 5:
                    try (Res a = new Res("a"); FailingOpen f = new FailingOpen()) { a.use(false); }
                    break;
                case 6:
                    try (Res a = null) { events.append("null resource body; "); }
                    break;
                case 7: {
                    Res outer = new Res("outer");
                    try (outer; Res inner = new Res("inner")) { inner.use(false); }
                    break;
                }
                default:
                    try (Res a = new Res("a")) {
                        a.use(true);
                    } catch (IllegalStateException e) {
                        events.append("catch sees closed already; ");
                    } finally {
                        events.append("finally; ");
                    }
            }
            outcome = "no exception";
        } catch (RuntimeException e) {
            StringBuilder sb = new StringBuilder(e.toString());
            for (Throwable s : e.getSuppressed()) sb.append(" [suppressed ").append(s).append("]");
            outcome = sb.toString();
        }
        return "scenario " + k + ": events=" + events.toString().trim() + " | " + outcome;
    }

    public static void main(String[] args) {
        for (int k = 0; k <= 8; k++) System.out.println(scenario(k));
    }
}
