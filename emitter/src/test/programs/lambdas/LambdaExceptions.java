import java.util.*;
import java.util.function.*;

public class LambdaExceptions {
    @FunctionalInterface
    interface ThrowingFunction<T, R> { R apply(T t) throws Exception; }

    static <T, R> Function<T, Optional<R>> lift(ThrowingFunction<T, R> f) {
        return t -> {
            try {
                return Optional.ofNullable(f.apply(t));
            } catch (Exception e) {
                System.out.println("  lifted " + e.getClass().getSimpleName() + ": " + e.getMessage());
                return Optional.empty();
            }
        };
    }

    static int parsePositive(String s) throws Exception {
        int v = Integer.parseInt(s);
        if (v <= 0) throw new Exception("not positive: " + v);
        return v;
    }

    public static void main(String[] args) {
        List<String> in = List.of("12", "x", "-4", "7", "");
        Function<String, Optional<Integer>> safe = lift(LambdaExceptions::parsePositive);
        for (String s : in) System.out.println("'" + s + "' -> " + safe.apply(s));
        Runnable boom = () -> { throw new IllegalStateException("from lambda"); };
        try {
            boom.run();
        } catch (IllegalStateException e) {
            System.out.println("caught " + e.getMessage());
        }
        try {
            List.of(1, 2, 0, 4).forEach(x -> System.out.println("100/" + x + " = " + 100 / x));
        } catch (ArithmeticException e) {
            System.out.println("forEach stopped: " + e.getMessage());
        }
        Supplier<Integer> nullDeref = () -> { String s = null; return s.length(); };
        try {
            nullDeref.get();
        } catch (NullPointerException e) {
            System.out.println("NPE inside lambda");
        }
        int depth = 0;
        Function<Integer, Integer>[] rec = new Function[1];
        rec[0] = n -> { if (n == 0) throw new RuntimeException("bottom reached"); return rec[0].apply(n - 1) + 1; };
        try {
            rec[0].apply(50);
        } catch (RuntimeException e) {
            System.out.println("recursive lambda threw: " + e.getMessage());
        }
        Optional<String> o = Optional.empty();
        try {
            o.orElseThrow(() -> new NoSuchElementException("custom absent"));
        } catch (NoSuchElementException e) {
            System.out.println(e.getMessage());
        }
        Map<String, Integer> m = new TreeMap<>();
        try {
            m.computeIfAbsent("k", k -> { throw new UnsupportedOperationException("no compute for " + k); });
        } catch (UnsupportedOperationException e) {
            System.out.println(e.getMessage() + " map still " + m);
        }
        m.computeIfAbsent("n", k -> null);
        System.out.println("null from computeIfAbsent keeps map " + m);
        try {
            Comparator<Object> bad = (a, b) -> ((Comparable) a).compareTo(b);
            List<Object> mixed = new ArrayList<>(List.of(1, "two"));
            mixed.sort(bad);
        } catch (ClassCastException e) {
            System.out.println("sort with incompatible types: CCE");
        }
        System.out.println("depth " + depth);
    }
}
