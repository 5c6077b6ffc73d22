import java.util.*;
import java.util.stream.*;

public class StreamGroupingReports {
    record Sale(String region, String product, int month, int units, double price) {
        double revenue() { return units * price; }
    }

    public static void main(String[] args) {
        Random rnd = new Random(1234);
        String[] regions = {"north", "south", "east", "west"};
        String[] products = {"tea", "coffee", "cocoa"};
        List<Sale> sales = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            sales.add(new Sale(regions[rnd.nextInt(4)], products[rnd.nextInt(3)], 1 + rnd.nextInt(6), 1 + rnd.nextInt(20), 2.5 + rnd.nextInt(8) * 0.5));
        }
        Map<String, Map<String, Integer>> unitsByRegionProduct = sales.stream().collect(Collectors.groupingBy(Sale::region, TreeMap::new,
                Collectors.groupingBy(Sale::product, TreeMap::new, Collectors.summingInt(Sale::units))));
        unitsByRegionProduct.forEach((r, m) -> System.out.println(r + " " + m));
        Map<Integer, Double> revenueByMonth = sales.stream().collect(Collectors.groupingBy(Sale::month, TreeMap::new, Collectors.summingDouble(Sale::revenue)));
        revenueByMonth.forEach((m, r) -> System.out.printf("month %d revenue %.2f%n", m, r));
        Map<String, Optional<Sale>> best = sales.stream().collect(Collectors.groupingBy(Sale::product, TreeMap::new, Collectors.maxBy(Comparator.comparingDouble(Sale::revenue).thenComparing(Sale::month))));
        best.forEach((p, s) -> System.out.println("best " + p + " " + s.map(x -> x.region() + " m" + x.month() + " " + x.revenue()).orElse("-")));
        Map<Boolean, Long> bigSmall = sales.stream().collect(Collectors.partitioningBy(s -> s.units() >= 10, Collectors.counting()));
        System.out.println("big/small " + bigSmall);
        DoubleSummaryStatistics prices = sales.stream().mapToDouble(Sale::price).summaryStatistics();
        System.out.printf("price min %.2f max %.2f avg %.4f n %d%n", prices.getMin(), prices.getMax(), prices.getAverage(), prices.getCount());
        String topRegions = sales.stream().collect(Collectors.groupingBy(Sale::region, Collectors.summingDouble(Sale::revenue))).entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed()).map(e -> e.getKey() + String.format("(%.1f)", e.getValue())).collect(Collectors.joining(" > "));
        System.out.println("ranking " + topRegions);
        Map<String, Set<Integer>> monthsPerProduct = sales.stream().collect(Collectors.groupingBy(Sale::product, TreeMap::new, Collectors.mapping(Sale::month, Collectors.toCollection(TreeSet::new))));
        System.out.println("months " + monthsPerProduct);
        List<List<Sale>> chunks = IntStream.range(0, (sales.size() + 15) / 16).mapToObj(i -> sales.subList(i * 16, Math.min(sales.size(), (i + 1) * 16))).toList();
        System.out.println("chunk sizes " + chunks.stream().map(List::size).toList() + " chunk units " + chunks.stream().map(c -> c.stream().mapToInt(Sale::units).sum()).toList());
        System.out.println("running total " + IntStream.range(0, 10).map(i -> sales.get(i).units()).boxed().reduce(new ArrayList<Integer>(), (acc, x) -> { acc.add((acc.isEmpty() ? 0 : acc.get(acc.size() - 1)) + x); return acc; }, (a, b) -> a));
    }
}
