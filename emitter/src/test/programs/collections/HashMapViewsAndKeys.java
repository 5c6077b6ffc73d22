import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;

/** HashMap order seen through grouping, views, subclasses and structured keys. */
public class HashMapViewsAndKeys {
  /** Counts the calls HashMap makes to its own overridable methods. */
  static final class LoggingMap<K, V> extends HashMap<K, V> {
    int puts;

    LoggingMap() {
    }

    LoggingMap(Map<K, V> m) {
      super(m);
    }

    @Override public V put(K key, V value) {
      puts++;
      return super.put(key, value);
    }
  }

  static final class LoggingSet<E> extends HashSet<E> {
    int adds;

    LoggingSet(List<E> items) {
      super(items);
    }

    @Override public boolean add(E e) {
      adds++;
      return super.add(e);
    }
  }

  public static void main(String[] args) {
    List<String> words = Arrays.asList(("alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi "
        + "omicron pi rho sigma tau upsilon phi chi psi omega one two three four five six seven eight nine ten")
        .split(" "));
    Map<Integer, List<String>> byLength = new HashMap<>();
    for (String w : words) {
      byLength.computeIfAbsent(w.length(), k -> new ArrayList<>()).add(w);
    }
    System.out.println("grouping: " + byLength);
    Map<Character, Integer> firstLetters = new HashMap<>();
    words.forEach(w -> firstLetters.merge(w.charAt(0), w.length(), Integer::sum));
    System.out.println("first letters: " + firstLetters);
    Map<String, Integer> toMap = new HashMap<>();
    for (String w : words) {
      toMap.put(w, w.length());
    }
    System.out.println("toMap: " + toMap);
    Set<String> toSet = new HashSet<>();
    words.stream().map(w -> w.substring(0, 2)).forEach(toSet::add);
    System.out.println("toSet: " + toSet);
    Set<Integer> squares = new HashSet<>();
    IntStream.range(-20, 40).map(i -> i * i * 31).forEach(squares::add);
    System.out.println("squares: " + squares);

    // Subclasses: the copy constructor and putAll do not call put; HashSet(Collection) calls add.
    LoggingMap<String, Integer> logging = new LoggingMap<>();
    logging.putAll(toMap);
    logging.putIfAbsent("zz", 1);
    logging.merge("zz", 1, Integer::sum);
    logging.computeIfAbsent("yy", k -> 2);
    LoggingMap<String, Integer> loggingCopy = new LoggingMap<>(toMap);
    System.out.println("logging puts: " + logging.puts + " copy puts: " + loggingCopy.puts + " " + logging.keySet());
    LoggingSet<String> loggingSet = new LoggingSet<>(words);
    System.out.println("logging adds: " + loggingSet.adds + " " + loggingSet);

    // Views: removal by value removes the first in iteration order; setValue writes through.
    Map<String, Integer> m = new HashMap<>(toMap);
    m.values().remove(5);
    System.out.println("values remove 5: " + m);
    m.keySet().removeAll(Arrays.asList("alpha", "pi", "nothing"));
    m.keySet().retainAll(new HashSet<>(words.subList(0, 30)));
    System.out.println("removeAll/retainAll: " + m);
    for (Map.Entry<String, Integer> e : m.entrySet()) {
      e.setValue(e.getValue() * e.getKey().charAt(0));
    }
    System.out.println("setValue: " + m);
    Iterator<Map.Entry<String, Integer>> it = m.entrySet().iterator();
    it.next();
    it.next();
    List<String> rest = new ArrayList<>();
    it.forEachRemaining(e -> rest.add(e.getKey()));
    System.out.println("forEachRemaining: " + rest);
    System.out.println("toArray: " + Arrays.toString(m.keySet().toArray(new String[0])));

    // Structured keys: lists, maps, booleans, longs, characters, doubles.
    Map<List<Integer>, String> listKeys = new HashMap<>();
    for (int i = 0; i < 12; i++) {
      listKeys.put(Arrays.asList(i, i * i, -i), "l" + i);
    }
    System.out.println("list keys: " + listKeys);
    Map<Map<String, Integer>, Integer> mapKeys = new HashMap<>();
    for (int i = 0; i < 6; i++) {
      Map<String, Integer> k = new HashMap<>();
      k.put("a" + i, i);
      k.put("b", i * 3);
      mapKeys.put(k, i);
    }
    System.out.println("map keys: " + mapKeys);
    Map<Object, String> mixed = new HashMap<>();
    mixed.put(true, "T");
    mixed.put(false, "F");
    mixed.put(123456789012L, "L");
    mixed.put(-5L, "L2");
    mixed.put('q', "C");
    mixed.put(2.75, "D");
    mixed.put(-0.0f, "F0");
    mixed.put("str", "S");
    mixed.put((short) 300, "Sh");
    mixed.put((byte) -3, "B");
    System.out.println("mixed: " + mixed);

    // Self reference and equality with other maps.
    Map<String, Object> self = new HashMap<>();
    self.put("me", self);
    self.put("x", 1);
    System.out.println("self: " + self);
    System.out.println("equals tree: " + toMap.equals(new TreeMap<>(toMap)) + " " + new TreeMap<>(toMap).equals(toMap)
        + " hash: " + (toMap.hashCode() == new TreeMap<>(toMap).hashCode()));
  }
}
