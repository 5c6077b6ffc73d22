import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** A stream can be consumed once: a second terminal or intermediate operation throws IllegalStateException. */
public class StreamReuse {
    static void attempt(String label, Runnable r) {
        try {
            r.run();
            System.out.println(label + ": no exception");
        } catch (IllegalStateException e) {
            System.out.println(label + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        Stream<String> s = Stream.of("a", "b");
        System.out.println("first count " + s.count());
        attempt("second count", s::count);
        Stream<Integer> base = List.of(1, 2, 3).stream();
        Stream<Integer> mapped = base.map(x -> x * 2);
        attempt("operate on the source after map", () -> base.filter(x -> x > 1));
        System.out.println("mapped " + mapped.toList());
        IntStream is = IntStream.range(0, 3);
        System.out.println("sum " + is.sum());
        attempt("IntStream reuse", is::sum);
    }
}
