import java.util.*;

public class MapsOrdered {
    public static void main(String[] args) {
        String text = "the quick brown fox jumps over the lazy dog the fox barks and the dog runs";
        TreeMap<String, Integer> tm = new TreeMap<>();
        LinkedHashMap<String, Integer> lhm = new LinkedHashMap<>();
        HashMap<String, Integer> hm = new HashMap<>();
        for (String w : text.split(" ")) {
            tm.merge(w, 1, Integer::sum);
            lhm.merge(w, 1, Integer::sum);
            hm.put(w, hm.getOrDefault(w, 0) + 1);
        }
        System.out.println("treemap " + tm);
        System.out.println("linked " + lhm);
        System.out.println("hashmap equals " + hm.equals(tm) + " size " + hm.size() + " the=" + hm.get("the") + " missing=" + hm.get("cat"));
        System.out.println("first " + tm.firstKey() + " last " + tm.lastKey() + " floor(m) " + tm.floorKey("m") + " ceiling(m) " + tm.ceilingKey("m")
                + " higher(the) " + tm.higherKey("the") + " lower(a) " + tm.lowerKey("a"));
        System.out.println("headMap(f) " + tm.headMap("f") + " tailMap(r) " + tm.tailMap("r") + " subMap " + tm.subMap("d", true, "j", true));
        System.out.println("descending " + tm.descendingMap().keySet());
        System.out.println("pollFirst " + tm.pollFirstEntry() + " pollLast " + tm.pollLastEntry() + " size " + tm.size());
        NavigableMap<Integer, String> grades = new TreeMap<>(Map.of(90, "A", 80, "B", 70, "C", 60, "D", 0, "F"));
        for (int score : new int[] {95, 83, 70, 42, 61}) System.out.print(score + "=" + grades.floorEntry(score).getValue() + " ");
        System.out.println();
        lhm.computeIfAbsent("cat", k -> k.length());
        lhm.computeIfPresent("dog", (k, v) -> v * 100);
        lhm.compute("fox", (k, v) -> v == null ? 0 : -v);
        lhm.remove("quick");
        lhm.putIfAbsent("the", 0);
        lhm.replace("lazy", 7);
        System.out.println("after compute " + lhm);
        lhm.entrySet().removeIf(e -> e.getValue() == 1);
        System.out.println("removeIf value 1 " + lhm);
        LinkedHashMap<Integer, String> lru = new LinkedHashMap<>(16, 0.75f, true) {
            @Override protected boolean removeEldestEntry(Map.Entry<Integer, String> e) { return size() > 3; }
        };
        for (int i = 1; i <= 5; i++) {
            lru.put(i, "v" + i);
            lru.get(i - 1 > 0 ? i - 1 : i);
        }
        System.out.println("lru " + lru);
        Map<String, List<Integer>> multi = new TreeMap<>();
        for (int i = 0; i < 12; i++) multi.computeIfAbsent(i % 3 == 0 ? "fizz" : i % 2 == 0 ? "even" : "odd", k -> new ArrayList<>()).add(i);
        System.out.println("multimap " + multi);
        TreeMap<String, Integer> ci = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        ci.put("Apple", 1); ci.put("apple", 2); ci.put("BANANA", 3); ci.put("cherry", 4);
        System.out.println("case insensitive " + ci + " get(APPLE) " + ci.get("APPLE"));
        TreeMap<Integer, Integer> rev = new TreeMap<>(Comparator.reverseOrder());
        for (int i = 0; i < 6; i++) rev.put(i * i % 7, i);
        System.out.println("reverse order " + rev);
        Map<String, Integer> imm = Map.of("a", 1);
        try {
            imm.put("b", 2);
        } catch (UnsupportedOperationException e) {
            System.out.println("Map.of put: UOE");
        }
        try {
            Map.of("k", 1, "k", 2);
        } catch (IllegalArgumentException e) {
            System.out.println("duplicate key: IllegalArgumentException");
        }
        Map.Entry<String, Integer> e = Map.entry("key", 5);
        System.out.println("entry " + e + " " + e.getKey() + " " + e.getValue() + " " + new AbstractMap.SimpleEntry<>("s", 1));
        TreeMap<Integer, String> tree = new TreeMap<>();
        try {
            tree.put(null, "x");
        } catch (NullPointerException ex) {
            System.out.println("TreeMap null key: NPE");
        }
        HashMap<String, String> withNull = new HashMap<>();
        withNull.put(null, "nullkey");
        withNull.put("k", null);
        System.out.println("null key " + withNull.get(null) + " containsKey(k) " + withNull.containsKey("k") + " get(k) " + withNull.get("k")
                + " getOrDefault " + withNull.getOrDefault("k", "dflt") + " " + withNull.getOrDefault("zz", "dflt"));
        SortedMap<String, Integer> sorted = new TreeMap<>(hm);
        int total = 0;
        for (int v : sorted.values()) total += v;
        System.out.println("values total " + total + " keys " + sorted.keySet());
    }
}
