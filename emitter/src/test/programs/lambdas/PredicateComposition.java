import java.util.*;
import java.util.function.*;
import java.util.stream.*;

public class PredicateComposition {
    record Product(String name, String category, double price, int stock, boolean discontinued) { }

    static Predicate<Product> inCategory(String c) { return p -> p.category().equals(c); }
    static Predicate<Product> priceBelow(double max) { return p -> p.price() < max; }
    static Predicate<Product> inStock() { return p -> p.stock() > 0; }

    public static void main(String[] args) {
        List<Product> ps = List.of(new Product("pen", "office", 1.5, 100, false), new Product("lamp", "home", 24.0, 0, false), new Product("desk", "office", 180, 3, false),
                new Product("mug", "home", 7.5, 40, true), new Product("stapler", "office", 9.9, 0, true), new Product("rug", "home", 60, 2, false));
        Map<String, Predicate<Product>> queries = new LinkedHashMap<>();
        queries.put("office & cheap", inCategory("office").and(priceBelow(10)));
        queries.put("home | in stock", inCategory("home").or(inStock()));
        queries.put("not discontinued & in stock", Predicate.not(Product::discontinued).and(inStock()));
        queries.put("all of three", Stream.of(inCategory("home"), priceBelow(100), inStock()).reduce(x -> true, Predicate::and));
        queries.put("any of three", Stream.of(inCategory("garden"), priceBelow(2), Product::discontinued).reduce(x -> false, Predicate::or));
        queries.put("negated chain", inCategory("office").negate().and(priceBelow(50).negate()));
        queries.forEach((name, q) -> System.out.println(name + " -> " + ps.stream().filter(q).map(Product::name).toList()));
        BiPredicate<Product, Double> cheaperThan = (p, x) -> p.price() < x;
        System.out.println("bi " + ps.stream().filter(p -> cheaperThan.and((q, x) -> q.stock() > 0).test(p, 20.0)).map(Product::name).toList());
        IntPredicate even = i -> i % 2 == 0, bigger = i -> i > 10;
        System.out.println("int predicates " + IntStream.rangeClosed(1, 20).filter(even.and(bigger.negate()).or(i -> i == 15)).boxed().toList());
        Function<Product, String> label = p -> p.name() + (p.discontinued() ? "*" : "");
        System.out.println("grouped labels " + ps.stream().collect(Collectors.groupingBy(Product::category, TreeMap::new, Collectors.mapping(label, Collectors.joining("/")))));
    }
}
