import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntBinaryOperator;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import java.util.function.UnaryOperator;

public class MethodRefKinds {
    static int twice(int x) { return 2 * x; }

    private String prefix;

    MethodRefKinds(String prefix) { this.prefix = prefix; }

    MethodRefKinds() { this("default"); }

    String tag(String s) { return prefix + ":" + s; }

    private String secret(String s) { return "secret " + prefix + " " + s; }

    static class Parent {
        String who() { return "parent"; }
    }

    static class Child extends Parent {
        @Override String who() { return "child"; }
        Supplier<String> superRef() { return super::who; }
        Supplier<String> thisRef() { return this::who; }
    }

    record Pair(String a, int b) { }

    interface TriFunction<A, B, C, R> { R apply(A a, B b, C c); }

    public static void main(String[] args) {
        IntBinaryOperator max = Math::max;
        ToIntFunction<String> len = String::length;
        Function<Integer, Integer> tw = MethodRefKinds::twice;
        System.out.println("static " + max.applyAsInt(3, 9) + " " + tw.apply(21));
        System.out.println("unbound " + len.applyAsInt("hello"));
        BiFunction<String, String, Boolean> sw = String::startsWith;
        System.out.println("unbound 2-arg " + sw.apply("prefix", "pre") + " " + sw.apply("prefix", "x"));
        MethodRefKinds m = new MethodRefKinds("m");
        Function<String, String> bound = m::tag;
        Function<String, String> priv = m::secret;
        System.out.println("bound " + bound.apply("x") + " / " + priv.apply("y"));
        m.prefix = "changed";
        System.out.println("bound sees field change " + bound.apply("z"));
        String s = "captured";
        Supplier<Integer> boundLen = s::length;
        Supplier<String> up = s::toUpperCase;
        System.out.println("bound string " + boundLen.get() + " " + up.get());
        Supplier<MethodRefKinds> ctor0 = MethodRefKinds::new;
        Function<String, MethodRefKinds> ctor1 = MethodRefKinds::new;
        System.out.println("ctor " + ctor0.get().prefix + " " + ctor1.apply("p1").tag("t"));
        BiFunction<String, Integer, Pair> pairCtor = Pair::new;
        System.out.println("record ctor " + pairCtor.apply("k", 7));
        IntFunction<int[]> arrCtor = int[]::new;
        Function<Integer, String[][]> arr2 = String[][]::new;
        System.out.println("array ctor " + arrCtor.apply(4).length + " " + arr2.apply(3).length + " " + arr2.apply(2).getClass().getSimpleName());
        Supplier<List<String>> listCtor = ArrayList::new;
        List<String> l = listCtor.get();
        l.add("b");
        l.add("a");
        l.sort(String::compareTo);
        System.out.println("list via refs " + l);
        Child c = new Child();
        System.out.println("super ref " + c.superRef().get() + " this ref " + c.thisRef().get());
        Function<Parent, String> virt = Parent::who;
        System.out.println("virtual unbound " + virt.apply(new Parent()) + " " + virt.apply(c));
        UnaryOperator<String> trim = String::trim;
        System.out.println("[" + trim.andThen(String::toUpperCase).apply("  mixed  ") + "]");
        TriFunction<String, Integer, Integer, String> sub = String::substring;
        System.out.println("tri " + sub.apply("substring", 3, 6));
        Function<String, Integer> parse = Integer::parseInt;
        System.out.println("compose " + parse.andThen(MethodRefKinds::twice).compose((String x) -> x.trim()).apply(" 33 "));
        String[] words = {"pear", "Apple", "fig", "banana"};
        Arrays.sort(words, String::compareToIgnoreCase);
        System.out.println(Arrays.toString(words));
        TreeMap<String, Integer> counts = new TreeMap<>();
        for (String w : "a b a c b a".split(" ")) counts.merge(w, 1, Integer::sum);
        System.out.println(counts);
        Runnable r = System.out::println;
        r.run();
        Function<Object, String> valueOf = String::valueOf;
        System.out.println(valueOf.apply(null) + " " + valueOf.apply(3.5));
        java.util.function.Consumer<String> printer = System.out::println;
        printer.andThen(x -> System.out.println(x.length())).accept("consumer chain");
    }
}
