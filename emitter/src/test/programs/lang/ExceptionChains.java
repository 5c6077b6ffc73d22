import java.util.*;

public class ExceptionChains {
    static class AppException extends Exception {
        final int code;
        AppException(String m, int code, Throwable cause) { super(m, cause); this.code = code; }
    }
    static class ValidationException extends RuntimeException {
        final List<String> problems;
        ValidationException(List<String> p) { super(p.size() + " problem(s): " + String.join("; ", p)); problems = p; }
    }

    static int parseAge(String s) {
        List<String> problems = new ArrayList<>();
        if (s == null || s.isBlank()) problems.add("empty");
        else {
            try {
                int v = Integer.parseInt(s.trim());
                if (v < 0) problems.add("negative");
                if (v > 150) problems.add("too large");
                if (problems.isEmpty()) return v;
            } catch (NumberFormatException e) {
                problems.add("not a number: " + e.getMessage());
            }
        }
        throw new ValidationException(problems);
    }

    static int load(String s) throws AppException {
        try {
            return parseAge(s);
        } catch (ValidationException e) {
            throw new AppException("cannot load '" + s + "'", 400, e);
        }
    }

    static String rootCause(Throwable t) {
        int depth = 0;
        while (t.getCause() != null) { t = t.getCause(); depth++; }
        return t.getClass().getSimpleName() + "@" + depth + ": " + t.getMessage();
    }

    static String order = "";

    static int nested(int mode) {
        try {
            try {
                order += "a";
                if (mode == 1) throw new IllegalStateException("inner");
                return 1;
            } finally {
                order += "b";
                if (mode == 2) throw new IllegalArgumentException("from finally");
            }
        } catch (IllegalStateException e) {
            order += "c";
            return 2;
        } finally {
            order += "d";
        }
    }

    public static void main(String[] args) {
        for (String s : new String[] {"42", " 7 ", "-3", "abc", "", null, "200"}) {
            try {
                System.out.println("load(" + s + ") = " + load(s));
            } catch (AppException e) {
                System.out.println(e.getMessage() + " code " + e.code + " root " + rootCause(e) + " cause type " + e.getCause().getClass().getSimpleName());
            }
        }
        for (int mode = 0; mode < 3; mode++) {
            order = "";
            try {
                System.out.println("nested(" + mode + ") = " + nested(mode) + " order " + order);
            } catch (RuntimeException e) {
                System.out.println("nested(" + mode + ") threw " + e.getMessage() + " order " + order);
            }
        }
        Throwable t = new RuntimeException("top", new IllegalStateException("middle", new ArithmeticException("bottom")));
        System.out.println(rootCause(t) + " toString " + t + " cause toString " + t.getCause());
        Exception wrapped = new Exception(new IllegalArgumentException("inner message"));
        System.out.println("message from cause: " + wrapped.getMessage());
        Throwable init = new Throwable("late");
        init.initCause(new Error("cause set later"));
        System.out.println("initCause " + init.getCause().getMessage());
        try {
            init.initCause(new Error("again"));
        } catch (IllegalStateException e) {
            System.out.println("initCause twice: " + e.getMessage());
        }
        StackTraceElement[] st = new Throwable().getStackTrace();
        System.out.println("stack trace available " + (st != null));
    }
}
