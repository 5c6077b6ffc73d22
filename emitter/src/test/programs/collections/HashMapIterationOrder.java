import java.util.*;

/**
 * HashMap/HashSet iteration order as in OpenJDK: table index (h ^ h >>> 16) & (n - 1), new entries
 * at the end of their bucket, order kept on resize, capacities from the constructors and putAll.
 * Printing a HashMap is ordinary Java; its order must match HotSpot's.
 */
public class HashMapIterationOrder {
    public static void main(String[] args) {
        Map<String, Integer> words = new HashMap<>();
        for (String w : "the quick brown fox jumps over the lazy dog and keeps running far away".split(" ")) words.merge(w, 1, Integer::sum);
        System.out.println(words);
        Set<String> colors = new HashSet<>(List.of("red", "green", "blue", "cyan", "magenta", "yellow", "black", "white"));
        System.out.println(colors);
        Map<Integer, String> ints = new HashMap<>();
        for (int i = 0; i < 40; i += 3) ints.put(i * 37 % 101, "v" + i);
        System.out.println(ints.keySet());
        Map<Integer, Integer> collide = new HashMap<>();
        for (int i = 0; i < 12; i++) collide.put(i * 64, i);
        System.out.println(collide);
        Set<Long> longs = new HashSet<>();
        for (long l = 1; l < 1L << 40; l *= 7) longs.add(l);
        System.out.println(longs);
        Map<String, Integer> sized = new HashMap<>(4);
        for (int i = 0; i < 10; i++) sized.put("k" + i * 11, i);
        System.out.println(sized);
        Map<String, Integer> copy = new HashMap<>(sized);
        copy.put("extra", -1);
        System.out.println(copy);
        Set<Character> chars = new HashSet<>();
        for (char c : "Hello, World! HashSet order".toCharArray()) chars.add(c);
        System.out.println(chars);
        Map<Object, Object> mixed = new HashMap<>();
        mixed.put(null, "null key");
        mixed.put(3.5, "double");
        mixed.put(true, "bool");
        mixed.put("s", 'c');
        mixed.put(List.of(1, 2), "list");
        System.out.println(mixed);
        words.keySet().removeIf(w -> w.length() < 4);
        System.out.println(words.entrySet());
    }
}
