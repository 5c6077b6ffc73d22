import java.util.*;
import java.util.function.*;

public class HigherOrderFunctions {
    static <T, R> List<R> map(List<T> in, Function<? super T, ? extends R> f) {
        List<R> out = new ArrayList<>();
        for (T t : in) out.add(f.apply(t));
        return out;
    }

    static <T> List<T> filter(List<T> in, Predicate<? super T> p) {
        List<T> out = new ArrayList<>();
        for (T t : in) if (p.test(t)) out.add(t);
        return out;
    }

    static <T, A> A fold(List<T> in, A init, BiFunction<A, ? super T, A> f) {
        A acc = init;
        for (T t : in) acc = f.apply(acc, t);
        return acc;
    }

    static <T> Supplier<T> memoize(Supplier<T> s) {
        Object[] cache = {null};
        boolean[] done = {false};
        return () -> {
            if (!done[0]) { cache[0] = s.get(); done[0] = true; }
            @SuppressWarnings("unchecked") T t = (T) cache[0];
            return t;
        };
    }

    static Function<Integer, Long> memoFib() {
        Map<Integer, Long> memo = new HashMap<>();
        Function<Integer, Long>[] self = new Function[1];
        self[0] = n -> {
            if (n < 2) return (long) n;
            Long c = memo.get(n);
            if (c != null) return c;
            long v = self[0].apply(n - 1) + self[0].apply(n - 2);
            memo.put(n, v);
            return v;
        };
        return self[0];
    }

    static <A, B, C> Function<A, C> compose(Function<A, B> f, Function<B, C> g) { return a -> g.apply(f.apply(a)); }

    static IntUnaryOperator times(int n, IntUnaryOperator f) {
        IntUnaryOperator r = IntUnaryOperator.identity();
        for (int i = 0; i < n; i++) r = r.andThen(f);
        return r;
    }

    public static void main(String[] args) {
        List<Integer> nums = List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        System.out.println(map(nums, x -> x * x));
        System.out.println(filter(nums, x -> x % 3 == 0));
        System.out.println(fold(nums, 0, Integer::sum) + " " + fold(nums, "", (s, x) -> s + x) + " " + fold(map(nums, String::valueOf), new StringBuilder(), StringBuilder::append));
        int[] calls = {0};
        Supplier<String> expensive = memoize(() -> { calls[0]++; return "computed"; });
        System.out.println(expensive.get() + " " + expensive.get() + " calls " + calls[0]);
        Function<Integer, Long> fib = memoFib();
        System.out.println("fib(80) " + fib.apply(80) + " fib(30) " + fib.apply(30));
        Function<String, Integer> len = compose(String::trim, String::length);
        System.out.println("composed " + len.apply("   padded   "));
        System.out.println("times " + times(10, x -> x * 2).applyAsInt(1) + " " + times(0, x -> x + 1).applyAsInt(5));
        BiFunction<Double, Double, Double> power = Math::pow;
        Function<Double, Function<Double, Double>> curriedPow = b -> e -> power.apply(b, e);
        Function<Double, Double> square = e -> curriedPow.apply(e).apply(2.0);
        System.out.println("curried " + curriedPow.apply(2.0).apply(10.0) + " " + square.apply(9.0));
        Map<String, BinaryOperator<Integer>> ops = new LinkedHashMap<>();
        ops.put("add", Integer::sum);
        ops.put("max", Math::max);
        ops.put("pow", (a, b) -> (int) Math.pow(a, b));
        ops.put("gcd", (a, b) -> { while (b != 0) { int t = a % b; a = b; b = t; } return a; });
        ops.forEach((name, op) -> System.out.println(name + " " + nums.stream().reduce(op).orElse(0) + " " + op.apply(12, 18)));
        List<Supplier<Integer>> deferred = new ArrayList<>();
        for (int i = 0; i < 5; i++) { int k = i; deferred.add(() -> k * k * k); }
        System.out.println(map(deferred, Supplier::get));
        UnaryOperator<List<Integer>> rev = l -> { List<Integer> r = new ArrayList<>(l); Collections.reverse(r); return r; };
        System.out.println(rev.andThen(l -> l.subList(0, 3)).apply(nums));
    }
}
