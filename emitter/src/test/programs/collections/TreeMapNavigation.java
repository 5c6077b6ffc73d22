import java.util.*;

public class TreeMapNavigation {
    public static void main(String[] args) {
        TreeMap<Integer, String> events = new TreeMap<>();
        int[] times = {900, 930, 1015, 1200, 1330, 1500, 1545, 1700};
        String[] names = {"standup", "review", "coffee", "lunch", "planning", "demo", "retro", "leave"};
        for (int i = 0; i < times.length; i++) events.put(times[i], names[i]);
        for (int q : new int[] {845, 900, 1100, 1600, 1800}) {
            System.out.println(q + ": floor " + events.floorEntry(q) + " ceiling " + events.ceilingEntry(q) + " lower " + events.lowerKey(q) + " higher " + events.higherKey(q));
        }
        System.out.println("morning " + events.headMap(1200) + " afternoon " + events.tailMap(1200, true));
        System.out.println("between " + events.subMap(1000, 1500) + " inclusive " + events.subMap(1015, true, 1500, true));
        NavigableMap<Integer, String> desc = events.descendingMap();
        System.out.println("descending first " + desc.firstEntry() + " keys " + desc.navigableKeySet());
        NavigableMap<Integer, String> view = events.subMap(1000, true, 1600, false);
        view.remove(1200);
        System.out.println("removal through view " + events.containsKey(1200) + " size " + events.size());
        try {
            view.put(1800, "out of range");
        } catch (IllegalArgumentException e) {
            System.out.println("put outside view: IllegalArgumentException");
        }
        Map.Entry<Integer, String> first = events.pollFirstEntry(), last = events.pollLastEntry();
        System.out.println("polled " + first + " " + last + " remaining " + events.keySet());
        TreeSet<String> dict = new TreeSet<>(List.of("car", "card", "care", "cart", "cat", "dog", "do", "dot", "ca"));
        for (String prefix : new String[] {"car", "do", "x", "ca"}) {
            System.out.println("prefix " + prefix + " -> " + dict.subSet(prefix, true, prefix + Character.MAX_VALUE, true));
        }
        TreeMap<String, Integer> ranks = new TreeMap<>(Comparator.comparing(String::length).thenComparing(Comparator.reverseOrder()));
        for (String w : dict) ranks.put(w, w.hashCode() % 100);
        System.out.println("custom order " + ranks.keySet() + " first " + ranks.firstKey() + " last " + ranks.lastKey());
        TreeMap<Double, String> ranges = new TreeMap<>(Map.of(0.0, "F", 60.0, "D", 70.0, "C", 80.0, "B", 90.0, "A"));
        StringBuilder sb = new StringBuilder();
        for (double score : new double[] {59.9, 60, 75.5, 89.99, 90, 100}) sb.append(score).append('=').append(ranges.floorEntry(score).getValue()).append(' ');
        System.out.println(sb.toString().trim());
        System.out.println("entry setValue blocked? " + attemptSetValue(events));
    }

    static String attemptSetValue(TreeMap<Integer, String> m) {
        try {
            m.firstEntry().setValue("x");
            return "allowed";
        } catch (UnsupportedOperationException e) {
            return "UnsupportedOperationException";
        }
    }
}
