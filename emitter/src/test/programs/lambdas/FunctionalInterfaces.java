import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.*;

public class FunctionalInterfaces {
    public static void main(String[] args) {
        Function<Integer, Integer> inc = x -> x + 1;
        Function<Integer, Integer> dbl = x -> x * 2;
        System.out.println("andThen " + inc.andThen(dbl).apply(5) + " compose " + inc.compose(dbl).apply(5) + " identity " + Function.<String>identity().apply("id"));
        BiFunction<Integer, Integer, Integer> add = Integer::sum;
        System.out.println("bi andThen " + add.andThen(dbl).apply(3, 4));
        Predicate<String> empty = String::isEmpty;
        Predicate<String> longish = s -> s.length() > 3;
        List<String> words = List.of("", "ab", "abcd", "abcdef", " ");
        for (String w : words) {
            System.out.println("'" + w + "' empty=" + empty.test(w) + " not=" + empty.negate().test(w) + " or=" + empty.or(longish).test(w)
                    + " and=" + empty.negate().and(longish).test(w) + " not(static)=" + Predicate.not(longish).test(w));
        }
        System.out.println("isEqual " + Predicate.isEqual("x").test("x") + " " + Predicate.isEqual(null).test(null));
        BiPredicate<String, Integer> lenIs = (s, n) -> s.length() == n;
        System.out.println("bipredicate " + lenIs.test("abc", 3) + " " + lenIs.negate().test("abc", 3));
        Supplier<List<String>> sup = ArrayList::new;
        List<String> l = sup.get();
        Consumer<String> adder = l::add;
        adder.andThen(s -> l.add(s.toUpperCase())).accept("q");
        System.out.println("consumer " + l);
        BiConsumer<List<String>, String> bic = List::add;
        bic.accept(l, "r");
        System.out.println("biconsumer " + l);
        UnaryOperator<String> rev = s -> new StringBuilder(s).reverse().toString();
        BinaryOperator<Integer> mx = BinaryOperator.maxBy(Integer::compare);
        BinaryOperator<Integer> mn = BinaryOperator.minBy(Integer::compare);
        System.out.println("unary " + rev.apply("stressed") + " maxBy " + mx.apply(3, 8) + " minBy " + mn.apply(3, 8));
        IntUnaryOperator sq = x -> x * x;
        IntBinaryOperator pow = (b, e) -> { int r = 1; for (int i = 0; i < e; i++) r *= b; return r; };
        IntPredicate even = x -> x % 2 == 0;
        IntFunction<String> hex = Integer::toHexString;
        IntToLongFunction wide = x -> (long) x << 32;
        IntToDoubleFunction half = x -> x / 2.0;
        ToIntBiFunction<String, String> cmp = String::compareTo;
        System.out.println("int ops " + sq.andThen(x -> x + 1).applyAsInt(7) + " " + pow.applyAsInt(3, 5) + " " + even.and(x -> x > 10).test(12)
                + " " + hex.apply(255) + " " + wide.applyAsLong(3) + " " + half.applyAsDouble(7) + " " + cmp.applyAsInt("a", "c"));
        LongUnaryOperator lneg = x -> -x;
        LongBinaryOperator lmul = (a, b) -> a * b;
        DoubleUnaryOperator root = Math::sqrt;
        DoubleBinaryOperator hyp = (a, b) -> Math.sqrt(a * a + b * b);
        ToDoubleFunction<String> parse = Double::parseDouble;
        DoubleToIntFunction floor = d -> (int) Math.floor(d);
        System.out.println("long/double ops " + lneg.applyAsLong(5) + " " + lmul.applyAsLong(1L << 20, 1L << 20) + " " + root.applyAsDouble(2.25)
                + " " + hyp.applyAsDouble(5, 12) + " " + parse.applyAsDouble("1e2") + " " + floor.applyAsInt(-2.5));
        BooleanSupplier bs = () -> l.size() > 2;
        IntSupplier is = l::size;
        LongSupplier ls = () -> Long.MAX_VALUE;
        DoubleSupplier ds = () -> Math.PI;
        System.out.println("suppliers " + bs.getAsBoolean() + " " + is.getAsInt() + " " + ls.getAsLong() + " " + ds.getAsDouble());
        ObjIntConsumer<StringBuilder> rep = (sb, n) -> sb.append("x".repeat(n));
        StringBuilder sb = new StringBuilder();
        rep.accept(sb, 4);
        IntConsumer ic = n -> sb.append(n);
        ic.andThen(n -> sb.append('!')).accept(9);
        System.out.println("obj-int consumer " + sb);
        Optional<Function<Integer, Integer>> maybe = Optional.of(inc);
        System.out.println("optional fn " + maybe.map(f -> f.apply(41)).orElse(-1));
    }
}
