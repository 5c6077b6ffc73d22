public class CustomExceptions {
    static class ValidationException extends Exception {
        private final String field;
        private final int code;
        ValidationException(String field, int code) {
            super("invalid " + field + " (code " + code + ")");
            this.field = field;
            this.code = code;
        }
        String field() { return field; }
        int code() { return code; }
    }
    static class QuietException extends RuntimeException {
        QuietException() { super(); }
        QuietException(String m) { super(m); }
        QuietException(String m, Throwable c) { super(m, c); }
        QuietException(Throwable c) { super(c); }
    }
    static class OverridingMessage extends RuntimeException {
        final int n;
        OverridingMessage(int n) { this.n = n; }
        @Override public String getMessage() { return "computed message n=" + n; }
    }
    static class OverridingToString extends Exception {
        OverridingToString() { super("hidden"); }
        @Override public String toString() { return "OverridingToString!"; }
    }
    static class MyError extends Error {
        MyError(String m) { super(m); }
    }

    static void validate(String name, int age) throws ValidationException {
        if (name == null || name.isEmpty()) throw new ValidationException("name", 1);
        if (age < 0) throw new ValidationException("age", 2);
    }

    public static void main(String[] args) {
        String[] names = { "ann", "", null, "bob" };
        int[] ages = { 30, 5, 7, -1 };
        for (int i = 0; i < names.length; i++) {
            try {
                validate(names[i], ages[i]);
                System.out.println("valid " + names[i]);
            } catch (ValidationException e) {
                System.out.println("caught: " + e.getMessage() + " field=" + e.field() + " code=" + e.code());
                System.out.println("  toString=" + e);
            }
        }
        QuietException q1 = new QuietException();
        QuietException q2 = new QuietException("msg");
        QuietException q3 = new QuietException("outer", new IllegalStateException("inner"));
        QuietException q4 = new QuietException(new IllegalArgumentException("cause-msg"));
        QuietException q5 = new QuietException((Throwable) null);
        Throwable[] all = { q1, q2, q3, q4, q5 };
        for (int i = 0; i < all.length; i++) {
            Throwable t = all[i];
            System.out.println("q" + (i + 1) + " message=" + t.getMessage() + " localized=" + t.getLocalizedMessage());
            System.out.println("q" + (i + 1) + " toString=" + t);
            System.out.println("q" + (i + 1) + " cause=" + t.getCause());
        }
        OverridingMessage om = new OverridingMessage(5);
        System.out.println("om.getMessage=" + om.getMessage());
        System.out.println("om.toString=" + om);
        OverridingToString ots = new OverridingToString();
        System.out.println("ots.getMessage=" + ots.getMessage() + " toString=" + ots);
        Exception chained = new Exception("top", new RuntimeException("middle", new MyError("bottom")));
        int depth = 0;
        for (Throwable t = chained; t != null; t = t.getCause()) {
            System.out.println("chain[" + depth + "]=" + t);
            depth++;
        }
        RuntimeException late = new RuntimeException("late");
        late.initCause(new ArithmeticException("root"));
        System.out.println("initCause=" + late.getCause());
        try {
            late.initCause(new ArithmeticException("again"));
        } catch (IllegalStateException e) {
            System.out.println("second initCause: " + e.getClass().getName());
        }
        try {
            throw new MyError("custom error");
        } catch (MyError e) {
            System.out.println("caught MyError: " + e + " isException=" + (((Object) e) instanceof Exception));
        }
        Throwable self = new Throwable("plain throwable");
        System.out.println("Throwable toString=" + self);
        try {
            throw new QuietException("thrown from try", q2);
        } catch (QuietException e) {
            System.out.println("cause identity=" + (e.getCause() == q2));
        }
    }
}
