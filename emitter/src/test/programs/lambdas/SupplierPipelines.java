import java.util.*;
import java.util.function.*;
import java.util.stream.*;

public class SupplierPipelines {
    interface Validator<T> extends Function<T, List<String>> {
        static <T> Validator<T> of(Predicate<T> ok, String message) { return t -> ok.test(t) ? List.of() : List.of(message); }
        default Validator<T> and(Validator<T> other) {
            return t -> { List<String> r = new ArrayList<>(apply(t)); r.addAll(other.apply(t)); return r; };
        }
    }

    record User(String name, int age, String email) { }

    public static void main(String[] args) {
        Validator<User> v = Validator.<User>of(u -> u.name() != null && !u.name().isBlank(), "name required")
                .and(Validator.of(u -> u.age() >= 0 && u.age() < 130, "age out of range"))
                .and(Validator.of(u -> u.email() != null && u.email().matches("[^@\\s]+@[^@\\s]+\\.[a-z]+"), "bad email"));
        List<User> users = List.of(new User("ann", 30, "ann@example.org"), new User("", 200, "nope"), new User("bob", -1, "bob@x.io"), new User(null, 5, null));
        for (User u : users) System.out.println(u + " -> " + v.apply(u));
        Supplier<IntStream> evens = () -> IntStream.iterate(0, i -> i + 2);
        System.out.println("evens " + evens.get().limit(6).boxed().toList() + " sum of 100 " + evens.get().limit(100).sum());
        Function<Integer, Function<Integer, Integer>> adder = a -> b -> a + b;
        List<Function<Integer, Integer>> adders = IntStream.rangeClosed(1, 4).mapToObj(adder::apply).toList();
        System.out.println("adders " + adders.stream().map(f -> f.apply(10)).toList());
        Function<Integer, Integer> all = adders.stream().reduce(Function.identity(), Function::andThen);
        System.out.println("reduced composition " + all.apply(0));
        BiFunction<String, Integer, String> rep = String::repeat;
        System.out.println(Stream.of("a", "b", "c").map(s -> rep.apply(s, 3)).collect(Collectors.joining("|")));
        Map<String, Supplier<Collection<Integer>>> factories = new LinkedHashMap<>();
        factories.put("list", ArrayList::new);
        factories.put("tree", TreeSet::new);
        factories.put("deque", ArrayDeque::new);
        factories.forEach((name, f) -> {
            Collection<Integer> c = f.get();
            for (int x : new int[] {5, 1, 5, 3}) c.add(x);
            System.out.println(name + " " + c);
        });
        UnaryOperator<String> pipeline = Stream.<UnaryOperator<String>>of(String::trim, String::toLowerCase, s -> s.replaceAll("\\s+", "-"), s -> s.replaceAll("[^a-z0-9-]", ""))
                .reduce(UnaryOperator.identity(), (f, g) -> s -> g.apply(f.apply(s)));
        for (String title : new String[] {"  Hello World!  ", "Java 17 & WasmGC", "   multiple   spaces here "}) System.out.println("slug " + pipeline.apply(title));
        Optional<String> longest = Stream.of("xx", "yyyy", "z").reduce((a, b) -> a.length() >= b.length() ? a : b);
        System.out.println("longest " + longest.orElseThrow());
        System.out.println("generate with state " + Stream.generate(new Supplier<Integer>() { int a = 0, b = 1; public Integer get() { int r = a; int t = a + b; a = b; b = t; return r; } }).limit(12).toList());
    }
}
