import java.util.*;
import java.util.stream.*;

public class MultisetAndBag {
    static final class Multiset<T extends Comparable<T>> {
        private final TreeMap<T, Integer> counts = new TreeMap<>();
        private int size;
        void add(T t, int n) { if (n > 0) { counts.merge(t, n, Integer::sum); size += n; } }
        boolean remove(T t) {
            Integer c = counts.get(t);
            if (c == null) return false;
            if (c == 1) counts.remove(t); else counts.put(t, c - 1);
            size--;
            return true;
        }
        int count(T t) { return counts.getOrDefault(t, 0); }
        Multiset<T> union(Multiset<T> o) {
            Multiset<T> r = new Multiset<>();
            Set<T> keys = new TreeSet<>(counts.keySet());
            keys.addAll(o.counts.keySet());
            for (T k : keys) r.add(k, Math.max(count(k), o.count(k)));
            return r;
        }
        Multiset<T> intersection(Multiset<T> o) {
            Multiset<T> r = new Multiset<>();
            for (T k : counts.keySet()) r.add(k, Math.min(count(k), o.count(k)));
            return r;
        }
        List<T> mostCommon(int n) {
            return counts.entrySet().stream().sorted(Map.Entry.<T, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(n).map(Map.Entry::getKey).collect(Collectors.toList());
        }
        @Override public String toString() { return counts + " size=" + size; }
    }

    public static void main(String[] args) {
        Multiset<Character> a = new Multiset<>(), b = new Multiset<>();
        for (char c : "abracadabra".toCharArray()) a.add(c, 1);
        for (char c : "alakazam".toCharArray()) b.add(c, 1);
        System.out.println("a " + a);
        System.out.println("b " + b);
        System.out.println("union " + a.union(b));
        System.out.println("intersection " + a.intersection(b));
        System.out.println("most common " + a.mostCommon(3) + " " + b.mostCommon(2));
        System.out.println("remove a " + a.remove('a') + " remove z " + a.remove('z') + " -> " + a);
        Multiset<String> words = new Multiset<>();
        String text = "to be or not to be that is the question whether tis nobler in the mind to suffer";
        for (String w : text.split(" ")) words.add(w, 1);
        System.out.println("words " + words.mostCommon(4) + " count(to) " + words.count("to") + " count(xyz) " + words.count("xyz"));
        Map<Boolean, Long> anagramCheck = Stream.of("listen/silent", "apple/paple", "rat/car", "evil/vile").collect(Collectors.partitioningBy(pair -> {
            String[] p = pair.split("/");
            Multiset<Character> x = new Multiset<>(), y = new Multiset<>();
            for (char c : p[0].toCharArray()) x.add(c, 1);
            for (char c : p[1].toCharArray()) y.add(c, 1);
            return x.toString().equals(y.toString());
        }, Collectors.counting()));
        System.out.println("anagram pairs " + anagramCheck);
    }
}
