import java.util.*;
import java.util.stream.*;

public class CustomCollectors {
    record Stats(long n, double mean, double m2) {
        Stats add(double x) { long n1 = n + 1; double d = x - mean; double mean1 = mean + d / n1; return new Stats(n1, mean1, m2 + d * (x - mean1)); }
        double variance() { return n < 2 ? 0 : m2 / (n - 1); }
    }

    public static void main(String[] args) {
        Collector<String, StringBuilder, String> reversedJoin = Collector.of(StringBuilder::new, (sb, s) -> sb.insert(0, s + "|"), (a, b) -> b.append(a), StringBuilder::toString);
        System.out.println(Stream.of("a", "b", "c", "d").collect(reversedJoin));
        Collector<Double, Stats[], Stats> welford = Collector.of(() -> new Stats[] {new Stats(0, 0, 0)}, (acc, x) -> acc[0] = acc[0].add(x), (a, b) -> a, acc -> acc[0]);
        Stats st = Stream.of(2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0).collect(welford);
        System.out.println("n " + st.n() + " mean " + st.mean() + " variance " + st.variance());
        Collector<Integer, ?, TreeMap<Integer, Integer>> histogram = Collectors.toMap(x -> x / 10 * 10, x -> 1, Integer::sum, TreeMap::new);
        Random r = new Random(5);
        System.out.println("histogram " + IntStream.range(0, 200).map(i -> r.nextInt(60)).boxed().collect(histogram));
        Collector<Integer, ?, List<List<Integer>>> runs = Collector.of(ArrayList::new, (List<List<Integer>> acc, Integer x) -> {
            if (acc.isEmpty() || acc.get(acc.size() - 1).get(acc.get(acc.size() - 1).size() - 1) > x) acc.add(new ArrayList<>());
            acc.get(acc.size() - 1).add(x);
        }, (a, b) -> { a.addAll(b); return a; });
        System.out.println("ascending runs " + Stream.of(1, 3, 5, 2, 4, 4, 1, 0, 7, 8).collect(runs));
        Map<Boolean, Map<Integer, Long>> nested = IntStream.rangeClosed(1, 30).boxed().collect(Collectors.partitioningBy(x -> x % 2 == 0, Collectors.groupingBy(x -> x % 3, TreeMap::new, Collectors.counting())));
        System.out.println("nested " + nested);
        String topTwo = Stream.of("x", "y", "x", "z", "x", "y").collect(Collectors.collectingAndThen(Collectors.groupingBy(s -> s, TreeMap::new, Collectors.counting()),
                m -> m.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(2).map(Map.Entry::getKey).collect(Collectors.joining(","))));
        System.out.println("top two " + topTwo);
        System.out.println("unmodifiable " + Stream.of(3, 1).collect(Collectors.toUnmodifiableList()) + " " + new TreeSet<>(Stream.of(3, 1, 3).collect(Collectors.toUnmodifiableSet())));
    }
}
