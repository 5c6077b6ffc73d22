import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/** HashMap iteration order with String keys: words, counts, random strings, colliding hashes. */
public class HashMapOrderStrings {
  static String text = "the quick brown fox jumps over the lazy dog while the cat sleeps under a warm "
      + "blanket and the dog barks at the moon because the moon is bright and the night is long "
      + "so every creature in the forest listens to the wind that whispers through ancient trees";

  public static void main(String[] args) {
    // Word counts with merge (inserts at the bucket head, resizes lazily).
    Map<String, Integer> merged = new HashMap<>();
    for (String w : text.split(" ")) {
      merged.merge(w, 1, Integer::sum);
    }
    System.out.println("merge: " + merged);
    // The same counts with get/put.
    Map<String, Integer> put = new HashMap<>();
    for (String w : text.split(" ")) {
      Integer c = put.get(w);
      put.put(w, c == null ? 1 : c + 1);
    }
    System.out.println("put: " + put);
    System.out.println("equal: " + put.equals(merged) + " hash equal: " + (put.hashCode() == merged.hashCode()));
    System.out.println("keys: " + put.keySet());
    System.out.println("values: " + put.values());
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, Integer> e : put.entrySet()) {
      sb.append(e.getKey()).append(':').append(e.getValue()).append(' ');
    }
    System.out.println("entries: " + sb);
    sb.setLength(0);
    put.forEach((k, v) -> sb.append(k).append(v));
    System.out.println("forEach: " + sb);

    // compute / computeIfAbsent / getOrDefault / putIfAbsent.
    Map<String, Integer> computed = new HashMap<>();
    for (String w : text.split(" ")) {
      computed.compute(w, (k, v) -> v == null ? 1 : v + 1);
    }
    System.out.println("compute: " + computed);
    Map<Character, StringBuilder> byLetter = new HashMap<>();
    for (String w : text.split(" ")) {
      byLetter.computeIfAbsent(w.charAt(0), c -> new StringBuilder()).append(w.length());
    }
    System.out.println("computeIfAbsent: " + byLetter);
    Map<String, Integer> absent = new HashMap<>();
    for (String w : text.split(" ")) {
      absent.putIfAbsent(w, absent.getOrDefault(w, 0) + w.length());
    }
    System.out.println("putIfAbsent: " + absent);

    // Words inserted one at a time: the printed order after each insertion (crosses resizes).
    Map<String, Integer> growing = new HashMap<>();
    String[] words = text.split(" ");
    for (int i = 0; i < words.length; i += 3) {
      growing.put(words[i], i);
      if (i % 9 == 0) {
        System.out.println("grow " + i + ": " + growing.keySet());
      }
    }

    // Random strings from a seeded Random.
    Random rnd = new Random(42);
    Map<String, Integer> random = new HashMap<>();
    for (int i = 0; i < 200; i++) {
      int len = 1 + rnd.nextInt(8);
      char[] cs = new char[len];
      for (int j = 0; j < len; j++) {
        cs[j] = (char) ('a' + rnd.nextInt(26));
      }
      random.put(new String(cs), i);
    }
    System.out.println("random size: " + random.size());
    System.out.println("random: " + random);
    // Remove every other key through the iterator, then print.
    int n = 0;
    for (Iterator<String> it = random.keySet().iterator(); it.hasNext(); ) {
      it.next();
      if (n++ % 2 == 0) {
        it.remove();
      }
    }
    System.out.println("after iterator remove: " + random.size() + " " + random);
    random.values().removeIf(v -> v % 3 == 0);
    System.out.println("after values removeIf: " + random.size() + " " + random.keySet());
    random.entrySet().removeIf(e -> e.getKey().length() > 4);
    System.out.println("after entrySet removeIf: " + random);

    // Colliding hash codes: "Aa" and "BB" have the same hashCode, and so do their concatenations.
    String[] parts = {"Aa", "BB"};
    Map<String, Integer> colliding = new HashMap<>();
    int id = 0;
    for (String a : parts) {
      for (String b : parts) {
        for (String c : parts) {
          colliding.put(a + b + c, id++);
        }
      }
    }
    colliding.put("x", 99);
    colliding.put("C#", 100);
    System.out.println("colliding: " + colliding);
    colliding.remove("AaBBAa");
    colliding.put("AaBBAa", 7);
    System.out.println("colliding reinserted: " + colliding);

    // Null key and null values.
    Map<String, String> nulls = new HashMap<>();
    nulls.put("b", null);
    nulls.put(null, "nullkey");
    nulls.put("a", "A");
    System.out.println("nulls: " + nulls + " " + nulls.containsKey(null) + " " + nulls.get(null)
        + " " + nulls.containsValue(null));
    nulls.remove(null);
    System.out.println("nulls removed: " + nulls);

    // Sanity: the same content as a TreeMap.
    System.out.println("tree: " + new TreeMap<>(put));
  }
}
