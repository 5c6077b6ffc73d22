public class GenericArrayContainer {
    static class Vec<E> {
        private Object[] items = new Object[2];
        private int size;

        void add(E e) {
            if (size == items.length) {
                Object[] bigger = new Object[items.length * 2 + 1];
                System.arraycopy(items, 0, bigger, 0, size);
                items = bigger;
            }
            items[size++] = e;
        }

        @SuppressWarnings("unchecked")
        E get(int i) {
            if (i < 0 || i >= size) throw new IndexOutOfBoundsException("Index: " + i + ", Size: " + size);
            return (E) items[i];
        }

        E removeLast() {
            E e = get(size - 1);
            items[--size] = null;
            return e;
        }

        int size() { return size; }
        int capacity() { return items.length; }

        @SuppressWarnings("unchecked")
        <T> T[] toArray(T[] target) {
            if (target.length < size) target = java.util.Arrays.copyOf(target, size);
            System.arraycopy(items, 0, target, 0, size);
            return target;
        }
    }

    static class Pair<A, B> {
        final A a;
        final B b;
        Pair(A a, B b) { this.a = a; this.b = b; }
        public String toString() { return "<" + a + "," + b + ">"; }
    }

    @SafeVarargs
    static <T> T last(T... xs) { return xs[xs.length - 1]; }

    static <T extends Comparable<T>> T max(T[] xs) {
        T best = xs[0];
        for (T x : xs) if (x.compareTo(best) > 0) best = x;
        return best;
    }

    public static void main(String[] args) {
        Vec<String> vs = new Vec<>();
        for (int i = 0; i < 10; i++) {
            vs.add("s" + i);
            if (i % 3 == 0) System.out.println("size " + vs.size() + " capacity " + vs.capacity());
        }
        System.out.println("get(4) = " + vs.get(4) + ", removeLast = " + vs.removeLast() + ", size " + vs.size());
        try {
            vs.get(20);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("get(20): " + e.getMessage());
        }
        String[] arr = vs.toArray(new String[0]);
        System.out.println("toArray length " + arr.length + " class " + arr.getClass().getName() + " last " + arr[arr.length - 1]);
        Vec<Integer> vi = new Vec<>();
        for (int i = 1; i <= 5; i++) vi.add(i * i);
        int sum = 0;
        for (int i = 0; i < vi.size(); i++) sum += vi.get(i);
        System.out.println("sum of squares via generic container = " + sum);
        // heap pollution: wrong element type is only detected at the use site
        @SuppressWarnings({"unchecked", "rawtypes"})
        Vec<String> polluted = (Vec) vi;
        Object first = polluted.get(0);
        System.out.println("raw get returns " + first.getClass().getName());
        try {
            String bad = polluted.get(1);
            System.out.println("no exception: " + bad);
        } catch (ClassCastException e) {
            System.out.println("checkcast at use site -> ClassCastException");
        }
        try {
            Integer[] target = new Integer[1];
            Object[] result = vs.toArray(target);
            System.out.println("unexpected " + result.length);
        } catch (ArrayStoreException e) {
            System.out.println("toArray into Integer[] -> ArrayStoreException");
        }
        Vec<Pair<String, int[]>> vp = new Vec<>();
        vp.add(new Pair<>("a", new int[]{1, 2}));
        vp.add(new Pair<>("b", new int[0]));
        System.out.println("pair a int[] length " + vp.get(0).b.length + ", pair b key " + vp.get(1).a);
        System.out.println("last(1, 2, 3) = " + last(1, 2, 3) + ", last(\"x\") = " + last("x"));
        System.out.println("max strings = " + max(new String[]{"pear", "apple", "zucchini", "fig"}) + ", max ints = " + max(new Integer[]{3, -1, 42, 7}));
        // generic array of arrays
        Vec<long[]> vl = new Vec<>();
        for (int i = 0; i < 4; i++) {
            long[] row = new long[i + 1];
            for (int j = 0; j <= i; j++) row[j] = (long) i << (j * 16);
            vl.add(row);
        }
        long total = 0;
        for (int i = 0; i < vl.size(); i++) for (long v : vl.get(i)) total += v;
        System.out.println("total of long rows = " + total);
        Pair<String, Integer>[] pairs = newPairs(3);
        for (int i = 0; i < pairs.length; i++) pairs[i] = new Pair<>("k" + i, i * 10);
        System.out.println("pairs: " + pairs[0] + pairs[1] + pairs[2] + " class " + pairs.getClass().getName());
    }

    @SuppressWarnings("unchecked")
    static Pair<String, Integer>[] newPairs(int n) { return (Pair<String, Integer>[]) new Pair[n]; }
}
