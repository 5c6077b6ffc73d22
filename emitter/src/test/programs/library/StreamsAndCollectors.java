import java.util.*;
import java.util.function.Function;
import java.util.stream.*;

public class StreamsAndCollectors {
    record Person(String name, String city, int age, double salary) { }

    public static void main(String[] args) {
        List<Person> people = List.of(
                new Person("Ann", "Oslo", 34, 5200.5), new Person("Bob", "Rome", 28, 4100),
                new Person("Cid", "Oslo", 45, 7300.25), new Person("Dee", "Lima", 23, 3000),
                new Person("Eve", "Rome", 39, 6100), new Person("Fay", "Oslo", 51, 8000),
                new Person("Gus", "Lima", 31, 3900.75), new Person("Hal", "Rome", 28, 4500));
        System.out.println("names " + people.stream().map(Person::name).collect(Collectors.joining(", ", "[", "]")));
        System.out.println("over 30 " + people.stream().filter(p -> p.age() > 30).map(Person::name).collect(Collectors.toList()));
        Map<String, List<String>> byCity = people.stream().collect(Collectors.groupingBy(Person::city, TreeMap::new, Collectors.mapping(Person::name, Collectors.toList())));
        System.out.println("by city " + byCity);
        Map<String, Long> counts = people.stream().collect(Collectors.groupingBy(Person::city, TreeMap::new, Collectors.counting()));
        System.out.println("counts " + counts);
        Map<String, Double> avgAge = people.stream().collect(Collectors.groupingBy(Person::city, TreeMap::new, Collectors.averagingInt(Person::age)));
        System.out.println("avg age " + avgAge);
        Map<String, Double> totalSalary = people.stream().collect(Collectors.groupingBy(Person::city, TreeMap::new, Collectors.summingDouble(Person::salary)));
        System.out.println("total salary " + totalSalary);
        Map<Boolean, List<String>> part = people.stream().collect(Collectors.partitioningBy(p -> p.salary() >= 5000, Collectors.mapping(Person::name, Collectors.toList())));
        System.out.println("partition " + part);
        Map<String, Optional<Person>> oldest = people.stream().collect(Collectors.groupingBy(Person::city, TreeMap::new, Collectors.maxBy(Comparator.comparingInt(Person::age))));
        oldest.forEach((c, p) -> System.out.println("oldest in " + c + ": " + p.map(Person::name).orElse("-")));
        IntSummaryStatistics st = people.stream().mapToInt(Person::age).summaryStatistics();
        System.out.println("age stats " + st);
        DoubleSummaryStatistics ds = people.stream().collect(Collectors.summarizingDouble(Person::salary));
        System.out.println("salary min " + ds.getMin() + " max " + ds.getMax() + " sum " + ds.getSum() + " avg " + ds.getAverage());
        Map<String, Integer> nameToAge = people.stream().collect(Collectors.toMap(Person::name, Person::age, (a, b) -> a, LinkedHashMap::new));
        System.out.println("toMap " + nameToAge);
        try {
            people.stream().collect(Collectors.toMap(Person::age, Person::name));
        } catch (IllegalStateException e) {
            System.out.println("duplicate toMap key: " + e.getMessage());
        }
        System.out.println("sorted by salary desc " + people.stream().sorted(Comparator.comparingDouble(Person::salary).reversed()).map(Person::name).limit(3).toList());
        System.out.println("sorted by age then name " + people.stream().sorted(Comparator.comparingInt(Person::age).thenComparing(Person::name, Comparator.reverseOrder())).map(p -> p.name() + p.age()).collect(Collectors.joining(" ")));
        System.out.println("anyMatch " + people.stream().anyMatch(p -> p.age() > 50) + " allMatch " + people.stream().allMatch(p -> p.age() > 20) + " noneMatch " + people.stream().noneMatch(p -> p.city().equals("Paris")));
        System.out.println("findFirst " + people.stream().filter(p -> p.city().equals("Lima")).findFirst().map(Person::name).orElse("?"));
        System.out.println("reduce " + people.stream().map(Person::age).reduce(0, Integer::sum) + " " + people.stream().map(Person::name).reduce((a, b) -> a + b).get());
        System.out.println("distinct cities " + people.stream().map(Person::city).distinct().sorted().collect(Collectors.joining("|")));
        System.out.println("flatMap " + Stream.of("ab", "cde", "").flatMap(s -> s.chars().mapToObj(c -> (char) c)).map(String::valueOf).collect(Collectors.joining("-")));
        System.out.println("iterate " + Stream.iterate(1, x -> x * 3).limit(8).toList() + " " + Stream.iterate(1, x -> x < 200, x -> x * 2).toList());
        System.out.println("generate " + Stream.generate(() -> "z").limit(3).collect(Collectors.joining()));
        System.out.println("skip/peek " + IntStream.rangeClosed(1, 10).skip(3).peek(x -> { }).boxed().collect(Collectors.toList()));
        System.out.println("takeWhile " + Stream.of(1, 2, 3, 10, 1, 2).takeWhile(x -> x < 5).toList() + " dropWhile " + Stream.of(1, 2, 3, 10, 1, 2).dropWhile(x -> x < 5).toList());
        System.out.println("intstream sum " + IntStream.range(0, 100).sum() + " avg " + IntStream.of(1, 2, 3, 4).average().getAsDouble() + " max " + IntStream.of(5, 9, 2).max().getAsInt()
                + " empty max " + IntStream.empty().max().isPresent());
        System.out.println("primes " + IntStream.rangeClosed(2, 60).filter(n -> IntStream.rangeClosed(2, (int) Math.sqrt(n)).noneMatch(d -> n % d == 0)).boxed().toList());
        System.out.println("longstream " + LongStream.rangeClosed(1, 20).reduce(1, (a, b) -> a * b) + " doublestream " + DoubleStream.of(0.5, 0.25, 0.125).sum());
        System.out.println("mapToObj " + IntStream.range(0, 5).mapToObj(i -> "i" + i).collect(Collectors.joining(",")) + " asLong " + IntStream.of(1).asLongStream().sum());
        System.out.println("chars " + "hello world".chars().filter(Character::isLetter).mapToObj(c -> String.valueOf((char) c)).sorted().distinct().collect(Collectors.joining()));
        Map<Integer, List<String>> byLen = Stream.of("one", "two", "three", "four", "five", "six", "seven").collect(Collectors.groupingBy(String::length, TreeMap::new, Collectors.toList()));
        System.out.println("by length " + byLen);
        Map<Character, String> firstLetter = Stream.of("apple", "avocado", "banana", "blueberry", "cherry").collect(Collectors.groupingBy(s -> s.charAt(0), TreeMap::new, Collectors.joining("+")));
        System.out.println("joined groups " + firstLetter);
        System.out.println("collectingAndThen " + Stream.of(3, 1, 2).collect(Collectors.collectingAndThen(Collectors.toList(), Collections::unmodifiableList)));
        System.out.println("toCollection " + Stream.of(5, 3, 5, 1).collect(Collectors.toCollection(TreeSet::new)));
        System.out.println("reducing " + Stream.of(1, 2, 3, 4).collect(Collectors.reducing(0, x -> x * x, Integer::sum)));
        System.out.println("filtering/flatMapping " + Stream.of(1, 2, 3, 4, 5, 6).collect(Collectors.groupingBy(x -> x % 2 == 0 ? "even" : "odd", TreeMap::new, Collectors.filtering(x -> x > 2, Collectors.toList())))
                + " " + Stream.of(List.of(1, 2), List.of(3)).collect(Collectors.flatMapping(List::stream, Collectors.summingInt(x -> x))));
        System.out.println("teeing " + Stream.of(4, 8, 15, 16, 23, 42).collect(Collectors.teeing(Collectors.counting(), Collectors.summingInt(x -> x), (c, s) -> s + "/" + c)));
        System.out.println("array " + Arrays.toString(Stream.of("x", "y").toArray(String[]::new)) + " " + Arrays.toString(IntStream.of(3, 1, 2).sorted().toArray()));
        System.out.println("concat " + Stream.concat(Stream.of(1), Stream.of(2, 3)).toList() + " count " + Stream.of(1, 2, 3).filter(x -> x > 1).count());
        System.out.println("min/max " + Stream.of("pear", "fig", "banana").min(Comparator.naturalOrder()).get() + " " + Stream.of("pear", "fig", "banana").max(Comparator.comparing(String::length)).get());
        System.out.println("function identity map " + Stream.of("k1", "k2").collect(Collectors.toMap(Function.identity(), String::length, (a, b) -> a, TreeMap::new)));
        System.out.println("boxed average " + Stream.of(1, 2, 3, 4).collect(Collectors.averagingDouble(x -> x / 2.0)));
    }
}
