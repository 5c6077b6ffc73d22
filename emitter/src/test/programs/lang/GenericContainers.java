import java.util.*;
import java.util.function.*;

public class GenericContainers {
    static final class Pair<A, B> {
        final A first; final B second;
        Pair(A a, B b) { first = a; second = b; }
        <C> Pair<A, C> withSecond(C c) { return new Pair<>(first, c); }
        Pair<B, A> swap() { return new Pair<>(second, first); }
        @Override public String toString() { return "(" + first + ", " + second + ")"; }
    }
    static final class Stack<T> implements Iterable<T> {
        private Object[] items = new Object[2];
        private int size;
        void push(T t) { if (size == items.length) items = Arrays.copyOf(items, size * 2); items[size++] = t; }
        @SuppressWarnings("unchecked") T pop() { if (size == 0) throw new EmptyStackException(); T t = (T) items[--size]; items[size] = null; return t; }
        boolean isEmpty() { return size == 0; }
        public Iterator<T> iterator() {
            return new Iterator<>() {
                int i = size;
                public boolean hasNext() { return i > 0; }
                @SuppressWarnings("unchecked") public T next() { return (T) items[--i]; }
            };
        }
    }
    static abstract class Shape implements Comparable<Shape> {
        abstract double area();
        public int compareTo(Shape o) { return Double.compare(area(), o.area()); }
    }
    static class Sq extends Shape { final double s; Sq(double s) { this.s = s; } double area() { return s * s; } public String toString() { return "Sq" + s; } }
    static class Rect extends Shape { final double w, h; Rect(double w, double h) { this.w = w; this.h = h; } double area() { return w * h; } public String toString() { return "Rect" + w + "x" + h; } }

    static double totalArea(Collection<? extends Shape> shapes) { double t = 0; for (Shape s : shapes) t += s.area(); return t; }
    static void addSquares(Collection<? super Sq> sink, int n) { for (int i = 1; i <= n; i++) sink.add(new Sq(i)); }
    static <T extends Comparable<? super T>> T maxOf(Iterable<T> it) { T best = null; for (T t : it) if (best == null || t.compareTo(best) > 0) best = t; return best; }
    static <K, V> Map<V, List<K>> invert(Map<K, V> m) { Map<V, List<K>> r = new TreeMap<>(); m.forEach((k, v) -> r.computeIfAbsent(v, x -> new ArrayList<>()).add(k)); return r; }

    public static void main(String[] args) {
        Pair<String, Integer> p = new Pair<>("x", 1);
        System.out.println(p + " " + p.swap() + " " + p.withSecond(List.of(1, 2)) + " " + p.swap().withSecond('c').swap());
        Stack<String> st = new Stack<>();
        for (String s : "a b c d e".split(" ")) st.push(s);
        StringBuilder sb = new StringBuilder();
        for (String s : st) sb.append(s);
        System.out.println("iterate " + sb + " pop " + st.pop() + st.pop());
        try { new Stack<Integer>().pop(); } catch (EmptyStackException e) { System.out.println("EmptyStackException"); }
        List<Shape> shapes = new ArrayList<>();
        addSquares(shapes, 3);
        shapes.add(new Rect(2, 5));
        List<Object> objects = new ArrayList<>();
        addSquares(objects, 2);
        System.out.println("total " + totalArea(shapes) + " max " + maxOf(shapes) + " objects " + objects);
        System.out.println("max string " + maxOf(List.of("pear", "apple", "zucchini", "fig")) + " max int " + maxOf(Set.of(3, 9, 4)));
        Map<String, Integer> grades = new TreeMap<>(Map.of("ann", 90, "bob", 80, "cy", 90, "dee", 70, "eve", 80));
        System.out.println("inverted " + invert(grades));
        Function<List<? extends Number>, Double> sum = l -> l.stream().mapToDouble(Number::doubleValue).sum();
        System.out.println("wildcard sum " + sum.apply(List.of(1, 2.5, 3L, (short) 4)));
        Map<String, Function<Double, Double>> fns = new LinkedHashMap<>();
        fns.put("half", x -> x / 2);
        fns.put("square", x -> x * x);
        fns.put("neg", x -> -x);
        fns.forEach((k, f) -> System.out.print(k + "=" + f.apply(3.0) + " "));
        System.out.println();
    }
}
