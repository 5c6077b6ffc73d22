import java.util.*;

public class MapMergeCompute {
    public static void main(String[] args) {
        TreeMap<String, Integer> stock = new TreeMap<>(Map.of("apple", 5, "pear", 2, "plum", 0));
        String[] ops = {"apple:+3", "pear:-2", "kiwi:+4", "plum:-1", "apple:-8", "fig:+1", "kiwi:-4"};
        for (String op : ops) {
            String[] p = op.split(":");
            int delta = Integer.parseInt(p[1]);
            stock.merge(p[0], delta, (old, d) -> old + d <= 0 ? null : old + d);
            System.out.println(op + " -> " + stock);
        }
        Map<String, List<String>> graph = new TreeMap<>();
        String[][] edges = {{"a", "b"}, {"a", "c"}, {"b", "c"}, {"c", "a"}, {"d", "a"}};
        for (String[] e : edges) {
            graph.computeIfAbsent(e[0], k -> new ArrayList<>()).add(e[1]);
            graph.computeIfAbsent(e[1], k -> new ArrayList<>());
        }
        System.out.println("graph " + graph);
        graph.computeIfPresent("a", (k, v) -> v.size() > 1 ? List.of(v.get(0)) : v);
        graph.computeIfPresent("zzz", (k, v) -> { throw new AssertionError(); });
        graph.compute("e", (k, v) -> v == null ? new ArrayList<>(List.of("a")) : v);
        graph.compute("d", (k, v) -> null);
        System.out.println("after compute " + graph);
        Map<String, Integer> lengths = new LinkedHashMap<>();
        for (String w : "one three five seven eleven".split(" ")) lengths.putIfAbsent(w.substring(0, 1), w.length());
        System.out.println("putIfAbsent " + lengths + " replace " + lengths.replace("o", 99) + " " + lengths.replace("t", 5, 50) + " " + lengths.replace("e", 0, 1) + " " + lengths);
        System.out.println("remove(k,v) " + lengths.remove("s", 5) + " " + lengths.remove("s", 6) + " getOrDefault " + lengths.getOrDefault("q", -1) + " " + lengths);
        Map<Character, Integer> counts = new TreeMap<>();
        for (char c : "mississippi".toCharArray()) counts.compute(c, (k, v) -> v == null ? 1 : v + 1);
        System.out.println("compute counts " + counts);
        Map<Integer, String> m = new TreeMap<>();
        m.merge(1, "a", String::concat);
        m.merge(1, "b", String::concat);
        m.merge(2, "c", String::concat);
        m.replaceAll((k, v) -> v.toUpperCase() + k);
        System.out.println("merge concat " + m);
        StringBuilder sb = new StringBuilder();
        m.forEach((k, v) -> sb.append(k).append('=').append(v).append(';'));
        System.out.println("forEach " + sb + " entry setValue " + setFirst(m) + " " + m);
    }

    static String setFirst(Map<Integer, String> m) {
        Map.Entry<Integer, String> e = m.entrySet().iterator().next();
        return e.setValue("changed");
    }
}
