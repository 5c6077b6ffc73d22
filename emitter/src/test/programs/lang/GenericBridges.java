import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

public class GenericBridges {
    interface Transformer<A, B> {
        B apply(A a);
    }

    static class Length implements Transformer<String, Integer> {
        public Integer apply(String s) {
            return s.length();
        }
    }

    abstract static class Node<T extends Comparable<T>> implements Comparable<Node<T>> {
        abstract T key();

        public int compareTo(Node<T> o) {
            return key().compareTo(o.key());
        }
    }

    static class IntNode extends Node<Integer> {
        final int k;
        IntNode(int k) { this.k = k; }
        Integer key() { return k; }
        public String toString() { return "N" + k; }
    }

    static class Box<T> {
        T value;
        Box(T v) { value = v; }
        T get() { return value; }
        void set(T v) { value = v; }
    }

    static class StringBox extends Box<String> {
        StringBox(String s) { super(s); }
        @Override String get() { return "[" + value + "]"; }
        @Override void set(String v) { value = v.trim(); }
    }

    static class Animal { public String toString() { return "animal"; } Animal self() { return this; } }
    static class Cat extends Animal { public String toString() { return "cat"; } @Override Cat self() { return this; } void meow() { System.out.println("meow"); } }

    static <T extends Comparable<? super T>> T max(List<? extends T> list) {
        T best = list.get(0);
        for (T t : list) {
            if (t.compareTo(best) > 0) {
                best = t;
            }
        }
        return best;
    }

    static <K, V extends Number> double sum(java.util.Map<K, V> m) {
        double s = 0;
        for (V v : m.values()) {
            s += v.doubleValue();
        }
        return s;
    }

    static <T> void swap(T[] arr, int i, int j) {
        T t = arr[i];
        arr[i] = arr[j];
        arr[j] = t;
    }

    @SafeVarargs
    static <T> List<T> listOf(T... items) {
        List<T> l = new ArrayList<>();
        for (T t : items) l.add(t);
        return l;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static void main(String[] args) {
        Transformer<String, Integer> t = new Length();
        System.out.println("length " + t.apply("generic"));
        Transformer raw = t;
        try {
            raw.apply(42);
        } catch (ClassCastException e) {
            System.out.println("bridge cast: CCE");
        }
        List<IntNode> nodes = listOf(new IntNode(5), new IntNode(2), new IntNode(9), new IntNode(1));
        nodes.sort(null);
        System.out.println("sorted " + nodes + " max " + max(nodes));
        Comparable c = new IntNode(3);
        System.out.println("raw compareTo " + c.compareTo(new IntNode(7)));
        Box<String> b = new StringBox(" hi ");
        System.out.println("box get " + b.get());
        b.set("  trimmed  ");
        System.out.println("after set " + b.get() + " raw value '" + b.value + "'");
        Box rawBox = b;
        try {
            rawBox.set(5);
        } catch (ClassCastException e) {
            System.out.println("raw set: CCE");
        }
        Animal a = new Cat();
        System.out.println("self " + a.self() + " " + new Cat().self().getClass().getSimpleName());
        new Cat().self().meow();
        java.util.TreeMap<String, Integer> m = new java.util.TreeMap<>();
        m.put("a", 1);
        m.put("b", 20);
        System.out.println("sum " + sum(m));
        String[] arr = {"x", "y", "z"};
        swap(arr, 0, 2);
        System.out.println(String.join(",", arr));
        Comparator<IntNode> rev = Comparator.reverseOrder();
        nodes.sort(rev);
        System.out.println("reversed " + nodes);
    }
}
