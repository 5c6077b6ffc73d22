import java.util.*;
import java.util.function.*;

public class InterfaceGenericDefaults {
    interface Container<T> extends Iterable<T> {
        int size();
        T get(int i);
        default boolean isEmpty() { return size() == 0; }
        default Iterator<T> iterator() {
            return new Iterator<>() {
                int i;
                public boolean hasNext() { return i < size(); }
                public T next() { return get(i++); }
            };
        }
        default <R> Container<R> map(Function<? super T, ? extends R> f) {
            Container<T> self = this;
            return new Container<>() {
                public int size() { return self.size(); }
                public R get(int i) { return f.apply(self.get(i)); }
            };
        }
        default T reduce(T zero, BinaryOperator<T> op) { T acc = zero; for (T t : this) acc = op.apply(acc, t); return acc; }
        static <T> Container<T> of(List<T> l) {
            return new Container<>() {
                public int size() { return l.size(); }
                public T get(int i) { return l.get(i); }
            };
        }
        static Container<Integer> range(int from, int to) {
            return new Container<>() {
                public int size() { return Math.max(0, to - from); }
                public Integer get(int i) { return from + i; }
            };
        }
    }
    interface Describable { default String describe() { return "I am " + getClass().getSimpleName(); } }
    static class Thing implements Describable { }
    static class Special implements Describable { public String describe() { return "special, not " + Describable.super.describe(); } }

    public static void main(String[] args) {
        Container<Integer> r = Container.range(1, 8);
        StringBuilder sb = new StringBuilder();
        for (int x : r) sb.append(x).append(' ');
        System.out.println("range " + sb + "sum " + r.reduce(0, Integer::sum) + " empty " + r.isEmpty() + " " + Container.range(5, 5).isEmpty());
        Container<String> names = Container.of(List.of("ann", "bob", "cy")).map(String::toUpperCase);
        System.out.println("mapped " + names.reduce("", (a, b) -> a + b) + " size " + names.size());
        Container<Integer> lens = names.map(String::length).map(n -> n * 10);
        System.out.println("chained " + lens.reduce(0, Integer::sum));
        System.out.println(new Thing().describe() + " / " + new Special().describe());
        Spliterator<Integer> sp = r.spliterator();
        int[] count = {0};
        sp.forEachRemaining(x -> count[0]++);
        System.out.println("default spliterator visited " + count[0]);
        List<Integer> collected = new ArrayList<>();
        r.forEach(collected::add);
        System.out.println("default forEach " + collected);
    }
}
