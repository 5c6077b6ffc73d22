import java.util.*;
import java.util.stream.*;

public class LazyStreamEvaluation {
    public static void main(String[] args) {
        List<String> log = new ArrayList<>();
        Optional<Integer> first = Stream.of(5, 8, 12, 3, 20)
                .peek(x -> log.add("peek " + x))
                .filter(x -> { log.add("filter " + x); return x > 7; })
                .map(x -> { log.add("map " + x); return x * 10; })
                .findFirst();
        System.out.println("first " + first + " log " + log);
        log.clear();
        Stream<Integer> pipeline = Stream.of(1, 2, 3).map(x -> { log.add("lazy " + x); return x; });
        System.out.println("before terminal " + log.size());
        System.out.println("count " + pipeline.collect(Collectors.toList()) + " after " + log);
        log.clear();
        boolean any = IntStream.rangeClosed(1, 1_000_000).peek(x -> { if (x <= 5) log.add("saw " + x); }).anyMatch(x -> x % 4 == 0);
        System.out.println("anyMatch " + any + " " + log);
        log.clear();
        List<Integer> limited = Stream.iterate(1, x -> { log.add("next after " + x); return x * 2; }).limit(5).toList();
        System.out.println("limited " + limited + " generated " + log.size());
        log.clear();
        List<Integer> sorted = Stream.of(3, 1, 2).peek(x -> log.add("pre " + x)).sorted().peek(x -> log.add("post " + x)).toList();
        System.out.println("sorted barrier " + sorted + " " + log);
        log.clear();
        Stream<String> s = Stream.of("a", "b").onClose(() -> log.add("closed"));
        try (s) {
            System.out.println("joined " + s.collect(Collectors.joining()));
        }
        System.out.println("onClose " + log);
        IntSummaryStatistics st = IntStream.iterate(0, i -> i < 50, i -> i + 7).summaryStatistics();
        System.out.println("iterate with predicate count " + st.getCount() + " sum " + st.getSum() + " max " + st.getMax());
        System.out.println("distinct preserves encounter order " + Stream.of(3, 1, 3, 2, 1).distinct().toList());
        System.out.println("skip beyond size " + Stream.of(1, 2).skip(5).count() + " limit 0 " + Stream.of(1).limit(0).count());
        System.out.println("flatMap lazily " + Stream.of(List.of(1, 2), List.<Integer>of(), List.of(3)).flatMap(List::stream).map(x -> x * x).reduce(Integer::sum).orElse(-1));
        System.out.println("boxed/unboxed " + IntStream.of(3, 4).boxed().mapToInt(Integer::intValue).map(x -> x * x).sum() + " mapMulti-free " + Stream.of("a,b", "c").flatMap(x -> Arrays.stream(x.split(","))).toList());
    }
}
