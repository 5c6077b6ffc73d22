public class GenericsAndBridges {
    interface Transformer<A, B> { B apply(A a); }

    static class Length implements Transformer<String, Integer> {
        public Integer apply(String s) { return s.length(); }
    }
    static class Doubler implements Transformer<Integer, Integer> {
        public Integer apply(Integer i) { return i * 2; }
    }

    static class Box<T> {
        private T value;
        Box(T value) { this.value = value; }
        T get() { return value; }
        void set(T v) { value = v; }
        <R> Box<R> map(Transformer<? super T, ? extends R> f) { return new Box<R>(f.apply(value)); }
        @Override public String toString() { return "Box(" + value + ")"; }
    }

    static class IntBox extends Box<Integer> {
        IntBox(int v) { super(v); }
        @Override Integer get() { return super.get() + 1000; }
        @Override void set(Integer v) { super.set(v * 10); }
    }

    static abstract class Animal implements Comparable<Animal> {
        abstract int rank();
        public int compareTo(Animal o) { return Integer.compare(rank(), o.rank()); }
        Animal self() { return this; }
    }
    static class Cat extends Animal {
        int rank() { return 2; }
        @Override Cat self() { return this; }
        String meow() { return "meow"; }
    }
    static class Ant extends Animal { int rank() { return 1; } }

    static class Pair<K extends Comparable<K>, V> {
        final K k; final V v;
        Pair(K k, V v) { this.k = k; this.v = v; }
        boolean keyLess(Pair<K, ?> o) { return k.compareTo(o.k) < 0; }
        public String toString() { return k + "=" + v; }
    }

    static <T extends Comparable<T>> T max(T[] xs) {
        T best = xs[0];
        for (T x : xs) if (x.compareTo(best) > 0) best = x;
        return best;
    }

    @SuppressWarnings("unchecked")
    static <T> T[] fill(T[] arr, T v) {
        for (int i = 0; i < arr.length; i++) arr[i] = v;
        return arr;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static void main(String[] args) {
        Transformer<String, Integer> len = new Length();
        System.out.println("len(hello)=" + len.apply("hello"));
        Transformer raw = len;
        System.out.println("raw apply=" + raw.apply("abc"));
        try {
            raw.apply(Integer.valueOf(5));
            System.out.println("no exception");
        } catch (ClassCastException e) {
            System.out.println("bridge cast failed: " + e.getClass().getName());
        }
        Box<String> bs = new Box<>("generic");
        Box<Integer> bl = bs.map(len);
        Box<Integer> bd = bl.map(new Doubler());
        System.out.println("bs=" + bs + " bl=" + bl + " bd=" + bd);
        int unboxed = bd.get();
        System.out.println("unboxed=" + unboxed);
        Box<Integer> ib = new IntBox(5);
        System.out.println("IntBox get via Box ref=" + ib.get());
        ib.set(7);
        System.out.println("IntBox after set=" + ib + " get=" + ib.get());
        Box rawBox = ib;
        try {
            rawBox.set("not an int");
            System.out.println("no exception");
        } catch (ClassCastException e) {
            System.out.println("raw set bridge: " + e.getClass().getName());
        }
        Box rawString = new Box<>("s");
        rawString.set(42);
        System.out.println("raw box holds=" + rawString.get());
        try {
            Box<String> lie = (Box<String>) rawString;
            String s = lie.get();
            System.out.println("no exception " + s);
        } catch (ClassCastException e) {
            System.out.println("heap pollution: " + e.getClass().getName());
        }
        Animal[] zoo = { new Ant(), new Cat(), new Ant() };
        System.out.println("max rank=" + max(zoo).rank());
        Comparable<Animal> cmp = zoo[1];
        System.out.println("compare via Comparable=" + cmp.compareTo(zoo[0]));
        Animal a = new Cat();
        System.out.println("covariant self class=" + a.self().getClass().getName());
        System.out.println("covariant direct=" + new Cat().self().meow());
        Integer[] nums = { 3, 9, 2 };
        System.out.println("max Integer=" + max(nums));
        String[] strs = { "pear", "apple", "zebra", "mango" };
        System.out.println("max String=" + max(strs));
        String[] filled = fill(new String[3], "z");
        System.out.println("filled=" + filled[0] + filled[1] + filled[2]);
        Pair<String, Integer> p1 = new Pair<>("a", 1), p2 = new Pair<>("b", 2);
        System.out.println("p1<p2=" + p1.keyLess(p2) + " p2<p1=" + p2.keyLess(p1) + " " + p1 + " " + p2);
        Box<Box<String>> nested = new Box<>(new Box<>("in"));
        System.out.println("nested=" + nested + " inner get=" + nested.get().get());
    }
}
