import java.util.*;
import java.util.function.*;

public class AbstractIteratorTemplate {
    abstract static class AbstractIter<T> implements Iterator<T> {
        private T next;
        private int state; // 0 unknown, 1 ready, 2 done
        protected abstract T computeNext();
        protected final T endOfData() { state = 2; return null; }
        public final boolean hasNext() {
            if (state == 0) { next = computeNext(); if (state != 2) state = 1; }
            return state == 1;
        }
        public final T next() {
            if (!hasNext()) throw new NoSuchElementException();
            state = 0;
            return next;
        }
    }

    static Iterable<Integer> primes(int limit) {
        return () -> new AbstractIter<>() {
            int n = 1;
            protected Integer computeNext() {
                while (++n <= limit) { boolean p = true; for (int d = 2; d * d <= n; d++) if (n % d == 0) { p = false; break; } if (p) return n; }
                return endOfData();
            }
        };
    }

    static <T> Iterable<List<T>> windows(List<T> src, int size) {
        return () -> new AbstractIter<>() {
            int i;
            protected List<T> computeNext() { return i + size <= src.size() ? src.subList(i, i++ + size) : endOfData(); }
        };
    }

    static <A, B, C> Iterator<C> zip(Iterator<A> a, Iterator<B> b, BiFunction<A, B, C> f) {
        return new AbstractIter<>() {
            protected C computeNext() { return a.hasNext() && b.hasNext() ? f.apply(a.next(), b.next()) : endOfData(); }
        };
    }

    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        for (int p : primes(60)) sb.append(p).append(' ');
        System.out.println("primes " + sb.toString().trim());
        for (List<String> w : windows(List.of("a", "b", "c", "d", "e"), 3)) System.out.print(w + " ");
        System.out.println();
        Iterator<String> z = zip(List.of(1, 2, 3, 4).iterator(), List.of("x", "y", "z").iterator(), (n, s) -> s.repeat(n));
        while (z.hasNext()) System.out.print(z.next() + " ");
        System.out.println();
        Iterator<Integer> it = primes(10).iterator();
        System.out.println("hasNext idempotent " + it.hasNext() + it.hasNext() + " next " + it.next() + " " + it.next() + " " + it.next() + " " + it.next() + " more " + it.hasNext());
        try {
            it.next();
        } catch (NoSuchElementException e) {
            System.out.println("exhausted: NoSuchElementException");
        }
        try {
            it.remove();
        } catch (UnsupportedOperationException e) {
            System.out.println("default remove: UnsupportedOperationException " + e.getMessage());
        }
    }
}
