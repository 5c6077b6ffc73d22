import java.util.ConcurrentModificationException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * HashMap order around resizes: many colliding keys (a bucket of 9 in a small table resizes it),
 * Integer keys that collide after masking, growth, copies, putAll, clone, concurrent modification.
 */
public class HashMapResizeOrder {
  /** A key whose hashCode only takes a few values. */
  static final class BadKey {
    final int id;
    final int hash;

    BadKey(int id, int hash) {
      this.id = id;
      this.hash = hash;
    }

    @Override public int hashCode() {
      return hash;
    }

    @Override public boolean equals(Object o) {
      return o instanceof BadKey && ((BadKey) o).id == id;
    }

    @Override public String toString() {
      return "k" + id + "/" + hash;
    }
  }

  public static void main(String[] args) {
    // 12 keys in one bucket of hash 1, plus keys elsewhere: the 9th colliding put resizes (16->32->64).
    Map<BadKey, Integer> bad = new HashMap<>();
    for (int i = 0; i < 12; i++) {
      bad.put(new BadKey(i, i % 3 == 0 ? 1 : 1 + 16 * i), i);
      System.out.println("bad " + i + ": " + bad.keySet());
    }
    for (int i = 12; i < 20; i++) {
      bad.put(new BadKey(i, i * 7), i);
    }
    System.out.println("bad full: " + bad);
    // Same with computeIfAbsent and merge, which insert at the head of the bucket.
    Map<BadKey, Integer> badCompute = new HashMap<>();
    for (int i = 0; i < 12; i++) {
      BadKey k = new BadKey(i, 3 + 32 * (i % 4));
      if (i % 2 == 0) {
        badCompute.computeIfAbsent(k, x -> x.id);
      } else {
        badCompute.merge(k, i, Integer::sum);
      }
      System.out.println("badCompute " + i + ": " + badCompute.keySet());
    }
    // Merge past the threshold: the map resizes only at the next merge.
    Map<Integer, Integer> lazy = new HashMap<>();
    for (int i = 0; i < 14; i++) {
      lazy.merge(i * 15, 1, Integer::sum);
      System.out.println("lazy " + i + ": " + lazy.keySet());
    }
    lazy.merge(0, 1, Integer::sum);
    System.out.println("lazy after existing merge: " + lazy.keySet());

    // Integer keys, negatives, values colliding after masking.
    Map<Integer, String> ints = new HashMap<>();
    int[] keys = {3, 19, 35, -1, -17, 65536, 65536 * 2 + 3, 1 << 20, -65536, Integer.MIN_VALUE,
        Integer.MAX_VALUE, 0, 1000000, 48, 64, 4096};
    for (int k : keys) {
      ints.put(k, Integer.toHexString(k));
    }
    System.out.println("ints: " + ints);

    // Growth past several resizes.
    Map<Integer, Integer> big = new HashMap<>();
    long checksum = 0;
    for (int i = 0; i < 5000; i++) {
      big.put(i * 37 - 20000, i);
      if (Integer.bitCount(big.size()) == 1 && big.size() >= 8) {
        StringBuilder sb = new StringBuilder();
        int n = 0;
        for (Integer k : big.keySet()) {
          if (n++ < 12) {
            sb.append(k).append(' ');
          }
        }
        System.out.println("big " + big.size() + ": " + sb);
      }
    }
    int pos = 0;
    for (Map.Entry<Integer, Integer> e : big.entrySet()) {
      checksum = checksum * 31 + e.getKey() * 7L + e.getValue() + pos++;
    }
    System.out.println("big checksum: " + checksum);

    // Initial capacities and load factors.
    for (int cap : new int[] {0, 1, 2, 3, 15, 17, 100}) {
      Map<String, Integer> m = new HashMap<>(cap);
      for (int i = 0; i < 10; i++) {
        m.put("key" + i * 11, i);
      }
      System.out.println("cap " + cap + ": " + m);
    }
    Map<String, Integer> lf = new HashMap<>(4, 2.0f);
    Map<String, Integer> lfSmall = new HashMap<>(16, 0.3f);
    for (int i = 0; i < 30; i++) {
      lf.put("v" + i, i);
      lfSmall.put("v" + i, i);
    }
    System.out.println("lf 2: " + lf.keySet());
    System.out.println("lf .3: " + lfSmall.keySet());
    try {
      new HashMap<String, String>(-1);
    } catch (IllegalArgumentException e) {
      System.out.println("IAE: " + e.getMessage());
    }
    try {
      new HashMap<String, String>(4, 0f);
    } catch (IllegalArgumentException e) {
      System.out.println("IAE: " + e.getMessage());
    }

    // Copies: constructor, putAll into empty and non-empty maps, clone (sized for its size).
    Map<String, Integer> src = new HashMap<>(256);
    for (int i = 0; i < 12; i++) {
      src.put("s" + i * 13, i);
    }
    System.out.println("src: " + src);
    System.out.println("copy: " + new HashMap<>(src));
    Map<String, Integer> target = new HashMap<>();
    target.putAll(src);
    System.out.println("putAll empty: " + target);
    Map<String, Integer> target2 = new HashMap<>();
    target2.put("first", 0);
    target2.putAll(src);
    System.out.println("putAll nonempty: " + target2);
    @SuppressWarnings("unchecked")
    HashMap<String, Integer> cloned = (HashMap<String, Integer>) ((HashMap<String, Integer>) src).clone();
    System.out.println("clone: " + cloned);
    cloned.put("extra", 1);
    System.out.println("clone changed: " + cloned.size() + " src " + src.size() + " " + cloned.keySet().size());
    Map<String, Integer> fromTree = new HashMap<>(new TreeMap<>(src));
    System.out.println("from tree: " + fromTree);
    HashMap<String, Integer> emptyClone = (HashMap<String, Integer>) new HashMap<String, Integer>(2).clone();
    for (int i = 0; i < 5; i++) {
      emptyClone.put("e" + i * 17, i);
    }
    System.out.println("empty clone filled: " + emptyClone);

    // clear keeps the table: later puts use its size.
    src.clear();
    for (int i = 0; i < 6; i++) {
      src.put("c" + i * 19, i);
    }
    System.out.println("after clear: " + src);

    // replaceAll, remove(k, v), replace, computeIfPresent.
    Map<String, Integer> r = new HashMap<>(cloned);
    r.replaceAll((k, v) -> v * 10);
    r.remove("s13", 999);
    r.remove("s26", 20);
    r.replace("s39", 31);
    r.replace("s52", 40, 41);
    r.computeIfPresent("s65", (k, v) -> null);
    r.computeIfPresent("s78", (k, v) -> v + 1);
    r.compute("s91", (k, v) -> null);
    r.compute("new", (k, v) -> 5);
    System.out.println("ops: " + r);

    // Concurrent modification.
    try {
      for (String k : r.keySet()) {
        if (k.startsWith("s")) {
          r.put(k + "!", 0);
        }
      }
      System.out.println("no CME");
    } catch (ConcurrentModificationException e) {
      System.out.println("CME");
    }
    try {
      Iterator<String> it = r.keySet().iterator();
      it.remove();
    } catch (IllegalStateException e) {
      System.out.println("ISE");
    }
    try {
      r.computeIfAbsent("zzz", k -> {
        r.put("other", 1);
        return 2;
      });
      System.out.println("no CME in computeIfAbsent");
    } catch (ConcurrentModificationException e) {
      System.out.println("CME in computeIfAbsent");
    }
    Map<String, Integer> m = new HashMap<>();
    m.put("a", 1);
    System.out.println("self: " + m.entrySet().contains(Map.entry("a", 1)) + " " + m.entrySet().remove(Map.entry("a", 2))
        + " " + m.entrySet().remove(Map.entry("a", 1)) + " " + m);

    // LinkedHashMap: insertion order, access order, removeEldestEntry, copies.
    Map<String, Integer> lhm = new LinkedHashMap<>();
    for (int i = 20; i > 0; i -= 3) {
      lhm.put("L" + i, i);
    }
    lhm.put("L11", 0);
    lhm.remove("L14");
    lhm.merge("L2", 5, Integer::sum);
    lhm.computeIfAbsent("L99", k -> 99);
    System.out.println("lhm: " + lhm + " " + lhm.get("L8") + " " + lhm.containsKey("L5"));
    Map<String, Integer> access = new LinkedHashMap<>(16, 0.75f, true);
    for (int i = 0; i < 8; i++) {
      access.put("A" + i, i);
    }
    access.get("A2");
    access.get("A0");
    access.put("A5", 55);
    access.getOrDefault("A1", -1);
    System.out.println("access: " + access);
    Map<Integer, Integer> lru = new LinkedHashMap<>(4, 0.75f, true) {
      @Override protected boolean removeEldestEntry(Map.Entry<Integer, Integer> eldest) {
        return size() > 4;
      }
    };
    for (int i = 0; i < 10; i++) {
      lru.put(i % 6, i);
      lru.get((i * 5) % 6);
      System.out.println("lru " + i + ": " + lru);
    }
    Map<String, Integer> lhmCopy = new LinkedHashMap<>(lhm);
    lhmCopy.put("Lnew", 1);
    System.out.println("lhm copy: " + lhmCopy);
    @SuppressWarnings("unchecked")
    Map<String, Integer> lhmClone = (Map<String, Integer>) ((LinkedHashMap<String, Integer>) lhmCopy).clone();
    lhmClone.remove("L20");
    System.out.println("lhm clone: " + lhmClone + " " + lhmCopy.size());
    // Views taken before clone() belong to the original; the clone's views see the clone.
    System.out.println("views before clone: " + lhmCopy.keySet().size() + " " + lhmCopy.values().size());
    @SuppressWarnings("unchecked")
    LinkedHashMap<String, Integer> lhmClone2 = (LinkedHashMap<String, Integer>) ((LinkedHashMap<String, Integer>) lhmCopy).clone();
    lhmClone2.put("Lafter", 3);
    lhmClone2.remove("L17");
    System.out.println("clone views: " + lhmClone2.keySet() + " " + lhmClone2.values() + " original " + lhmCopy.keySet());
    HashMap<String, Integer> hm = new HashMap<>(lhmCopy);
    System.out.println("hash views before clone: " + hm.keySet().size() + " " + hm.values().size() + " " + hm.entrySet().size());
    @SuppressWarnings("unchecked")
    HashMap<String, Integer> hmClone = (HashMap<String, Integer>) hm.clone();
    hmClone.remove("L5");
    hmClone.put("Lafter", 4);
    System.out.println("hash clone views: " + hmClone.keySet() + " " + hmClone.values() + " " + hmClone.entrySet()
        + " original " + hm.keySet());
    Map<Integer, Integer> bigLinked = new LinkedHashMap<>();
    for (int i = 0; i < 3000; i++) {
      bigLinked.put(i * 7919 % 3001, i);
    }
    long lsum = 0;
    for (Map.Entry<Integer, Integer> e : bigLinked.entrySet()) {
      lsum = lsum * 31 + e.getKey() + e.getValue();
    }
    for (Iterator<Integer> it = bigLinked.keySet().iterator(); it.hasNext(); ) {
      if (it.next() % 3 == 0) {
        it.remove();
      }
    }
    System.out.println("big linked: " + lsum + " " + bigLinked.size() + " " + bigLinked.get(7919 % 3001));
  }
}
