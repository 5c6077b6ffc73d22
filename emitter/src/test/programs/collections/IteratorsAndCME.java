import java.util.*;

public class IteratorsAndCME {
    static void attempt(String label, Runnable r) {
        try {
            r.run();
            System.out.println(label + ": ok");
        } catch (ConcurrentModificationException e) {
            System.out.println(label + ": ConcurrentModificationException");
        } catch (RuntimeException e) {
            System.out.println(label + ": " + e.getClass().getSimpleName());
        }
    }

    public static void main(String[] args) {
        attempt("ArrayList add during foreach", () -> {
            List<Integer> l = new ArrayList<>(List.of(1, 2, 3));
            for (Integer i : l) if (i == 1) l.add(4);
        });
        attempt("ArrayList remove second-to-last during foreach", () -> {
            List<Integer> l = new ArrayList<>(List.of(1, 2, 3));
            for (Integer i : l) if (i == 2) l.remove(i);
            System.out.println("  list " + l);
        });
        attempt("ArrayList remove first during foreach", () -> {
            List<Integer> l = new ArrayList<>(List.of(1, 2, 3));
            for (Integer i : l) if (i == 1) l.remove(i);
        });
        attempt("iterator.remove", () -> {
            List<Integer> l = new ArrayList<>(List.of(1, 2, 3, 4, 5, 6));
            for (Iterator<Integer> it = l.iterator(); it.hasNext(); ) if (it.next() % 2 == 0) it.remove();
            System.out.println("  list " + l);
        });
        attempt("iterator.remove twice", () -> {
            Iterator<Integer> it = new ArrayList<>(List.of(1, 2)).iterator();
            it.next();
            it.remove();
            it.remove();
        });
        attempt("remove before next", () -> new ArrayList<>(List.of(1)).iterator().remove());
        attempt("next past end", () -> {
            Iterator<Integer> it = new ArrayList<Integer>().iterator();
            it.next();
        });
        attempt("LinkedList add during iteration", () -> {
            List<String> l = new LinkedList<>(List.of("a", "b", "c"));
            for (String s : l) if (s.equals("a")) l.add("d");
        });
        attempt("TreeMap put during keySet iteration", () -> {
            TreeMap<Integer, Integer> m = new TreeMap<>(Map.of(1, 1, 2, 2, 3, 3));
            for (Integer k : m.keySet()) if (k == 1) m.put(10, 10);
        });
        attempt("TreeMap replace value during iteration", () -> {
            TreeMap<Integer, Integer> m = new TreeMap<>(Map.of(1, 1, 2, 2, 3, 3));
            for (Integer k : m.keySet()) m.put(k, k * 10);
            System.out.println("  map " + m);
        });
        attempt("HashMap remove during entrySet iteration", () -> {
            Map<String, Integer> m = new HashMap<>(Map.of("a", 1, "b", 2, "c", 3));
            for (Map.Entry<String, Integer> e : m.entrySet()) m.remove("a".equals(e.getKey()) ? "b" : "a");
        });
        attempt("HashMap entry iterator remove", () -> {
            Map<String, Integer> m = new HashMap<>(Map.of("a", 1, "b", 2, "c", 3, "d", 4));
            m.entrySet().removeIf(e -> e.getValue() % 2 == 0);
            System.out.println("  map " + new TreeMap<>(m));
        });
        attempt("HashSet add during iteration", () -> {
            Set<Integer> s = new HashSet<>(List.of(1, 2, 3));
            for (Integer i : s) s.add(i + 100);
        });
        attempt("ArrayDeque modify during iteration", () -> {
            ArrayDeque<Integer> d = new ArrayDeque<>(List.of(1, 2, 3));
            for (Integer i : d) d.addLast(9);
        });
        attempt("forEach lambda modifies", () -> {
            List<Integer> l = new ArrayList<>(List.of(1, 2, 3));
            l.forEach(i -> l.add(i));
        });
        attempt("subList after parent change", () -> {
            List<Integer> l = new ArrayList<>(List.of(1, 2, 3, 4));
            List<Integer> sub = l.subList(1, 3);
            l.add(5);
            sub.size();
        });
        attempt("listIterator set and add", () -> {
            List<String> l = new ArrayList<>(List.of("a", "b", "c"));
            ListIterator<String> it = l.listIterator();
            while (it.hasNext()) {
                String s = it.next();
                it.set(s.toUpperCase());
                if (s.equals("b")) it.add("b2");
            }
            System.out.println("  list " + l + " nextIndex " + it.nextIndex() + " previousIndex " + it.previousIndex());
        });
        attempt("removeIf with exception", () -> {
            List<Integer> l = new ArrayList<>(List.of(1, 2, 3));
            try {
                l.removeIf(i -> { if (i == 3) throw new IllegalStateException(); return i == 1; });
            } catch (IllegalStateException e) {
                System.out.println("  after failed removeIf " + l);
            }
        });
        attempt("unmodifiable iterator remove", () -> {
            Iterator<Integer> it = Collections.unmodifiableList(new ArrayList<>(List.of(1))).iterator();
            it.next();
            it.remove();
        });
        attempt("PriorityQueue add during iteration", () -> {
            PriorityQueue<Integer> pq = new PriorityQueue<>(List.of(3, 1, 2));
            for (Integer i : pq) pq.add(0);
        });
        Iterable<Integer> range = () -> new Iterator<>() {
            int n = 0;
            public boolean hasNext() { return n < 5; }
            public Integer next() { if (n >= 5) throw new NoSuchElementException("done"); return n++ * n; }
        };
        StringBuilder sb = new StringBuilder();
        for (int v : range) sb.append(v).append(' ');
        range.forEach(v -> sb.append('[').append(v).append(']'));
        System.out.println("custom iterable " + sb);
        Spliterator<Integer> sp = List.of(1, 2, 3, 4).spliterator();
        sp.tryAdvance(x -> System.out.println("spliterator first " + x));
        sp.forEachRemaining(x -> System.out.print(x + ";"));
        System.out.println();
    }
}
