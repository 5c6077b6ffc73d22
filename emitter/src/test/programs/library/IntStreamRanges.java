import java.util.*;
import java.util.stream.*;

public class IntStreamRanges {
    public static void main(String[] args) {
        System.out.println(IntStream.range(0, 10).boxed().toList() + " " + IntStream.rangeClosed(5, 5).count() + " " + IntStream.range(5, 0).count());
        System.out.println("squares " + IntStream.rangeClosed(1, 10).map(x -> x * x).boxed().collect(Collectors.toList()));
        System.out.println("pythagorean " + IntStream.rangeClosed(1, 30).boxed().flatMap(a -> IntStream.rangeClosed(a, 30).filter(b -> {
            double c = Math.sqrt(a * a + b * b);
            return c == (int) c && c <= 30;
        }).mapToObj(b -> a + "," + b)).collect(Collectors.joining(" ")));
        System.out.println("stats " + IntStream.of(4, 8, 15, 16, 23, 42).summaryStatistics().getAverage() + " " + IntStream.of(4, 8, 15).average().getAsDouble());
        System.out.println("char frequencies " + "hello world".chars().filter(Character::isLetter).boxed().collect(Collectors.groupingBy(c -> (char) c.intValue(), TreeMap::new, Collectors.counting())));
        System.out.println("long range sum " + LongStream.rangeClosed(1, 1_000_000).sum() + " product " + LongStream.rangeClosed(1, 15).reduce(1, (a, b) -> a * b));
        System.out.println("doubles " + DoubleStream.iterate(1.0, d -> d / 2).limit(6).boxed().toList() + " sum " + DoubleStream.of(0.5, 0.25, 2.0).sum());
        System.out.println("toArray " + Arrays.toString(IntStream.iterate(1, i -> i * 3).takeWhile(i -> i < 1000).toArray()) + " distinct sorted " + Arrays.toString(IntStream.of(5, 1, 5, 3, 1).distinct().sorted().toArray()));
        System.out.println("anyMatch " + IntStream.range(0, 100).anyMatch(i -> i * i == 49) + " allMatch " + IntStream.range(1, 10).allMatch(i -> i > 0) + " noneMatch " + IntStream.empty().noneMatch(i -> true));
        System.out.println("min/max " + IntStream.of(3, -7, 12).min().getAsInt() + " " + IntStream.of(3, -7, 12).max().getAsInt() + " findFirst " + IntStream.range(10, 20).filter(i -> i % 7 == 0).findFirst().getAsInt());
        System.out.println("mapToObj " + IntStream.range(0, 4).mapToObj(i -> "#".repeat(i + 1)).collect(Collectors.joining("|")) + " asDouble " + IntStream.of(1, 2).asDoubleStream().map(Math::sqrt).sum());
        int[][] matrix = IntStream.range(0, 4).mapToObj(r -> IntStream.range(0, 4).map(c -> r * 4 + c).toArray()).toArray(int[][]::new);
        System.out.println("matrix " + Arrays.deepToString(matrix) + " trace " + IntStream.range(0, 4).map(i -> matrix[i][i]).sum());
        System.out.println("concat " + IntStream.concat(IntStream.of(1, 2), IntStream.of(3)).boxed().toList() + " reduce " + IntStream.rangeClosed(1, 5).reduce(0, (a, b) -> a * 10 + b));
    }
}
