import java.util.*;

public class GenericRecursiveBuilder {
    abstract static class Builder<T, B extends Builder<T, B>> {
        protected final Map<String, Object> props = new LinkedHashMap<>();
        @SuppressWarnings("unchecked") protected B self() { return (B) this; }
        B with(String k, Object v) { props.put(k, v); return self(); }
        B name(String n) { return with("name", n); }
        abstract T build();
    }
    record Pizza(Map<String, Object> props) { }
    static final class PizzaBuilder extends Builder<Pizza, PizzaBuilder> {
        private final List<String> toppings = new ArrayList<>();
        PizzaBuilder topping(String t) { toppings.add(t); return this; }
        Pizza build() {
            if (!props.containsKey("name")) throw new IllegalStateException("a pizza needs a name");
            Map<String, Object> m = new LinkedHashMap<>(props);
            m.put("toppings", List.copyOf(toppings));
            return new Pizza(Collections.unmodifiableMap(m));
        }
    }
    interface Comparable2<T extends Comparable2<T>> { int rank(); default boolean beats(T other) { return rank() > other.rank(); } }
    enum Hand implements Comparable2<Hand> { ROCK(1), PAPER(2), SCISSORS(3); final int r; Hand(int r) { this.r = r; } public int rank() { return r; } }
    static <T extends Comparable<? super T>> void insertionSort(List<T> l) {
        for (int i = 1; i < l.size(); i++) { T k = l.get(i); int j = i - 1; while (j >= 0 && l.get(j).compareTo(k) > 0) { l.set(j + 1, l.get(j)); j--; } l.set(j + 1, k); }
    }

    public static void main(String[] args) {
        Pizza p = new PizzaBuilder().name("margherita").topping("basil").with("size", 32).topping("mozzarella").build();
        System.out.println(p);
        try {
            new PizzaBuilder().topping("x").build();
        } catch (IllegalStateException e) {
            System.out.println(e.getMessage());
        }
        System.out.println("paper beats rock " + Hand.PAPER.beats(Hand.ROCK) + " rock beats scissors " + Hand.ROCK.beats(Hand.SCISSORS));
        List<String> words = new ArrayList<>(List.of("delta", "alpha", "echo", "bravo", "charlie"));
        insertionSort(words);
        List<Double> nums = new ArrayList<>(List.of(3.5, -1.0, 2.25, 0.0, -0.0));
        insertionSort(nums);
        System.out.println(words + " " + nums);
        Map<String, ? extends Number> wild = Map.of("i", 1);
        Number n = wild.get("i");
        System.out.println("wildcard read " + n);
    }
}
