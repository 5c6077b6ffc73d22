package org.cortado.bench.programs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Collections: HashMap<Integer, Integer> counting, ArrayList of boxed ints, TreeMap<String, Integer>. */
public final class Collections {
  private static final int N = 60_000;

  public static void main(String[] args) {
    Workload.measure(Collections::run);
  }

  static long run() {
    long checksum = 0;
    int seed = 42;
    Map<Integer, Integer> counts = new HashMap<>();
    List<Integer> list = new ArrayList<>();
    for (int i = 0; i < N * 4; i++) {
      seed = seed * 1103515245 + 12345;
      int key = (seed >>> 8) % 50_000;
      counts.merge(key, 1, Integer::sum);
      list.add(key);
    }
    for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
      checksum += (long) e.getKey() * e.getValue();
    }
    long listSum = 0;
    for (int i = 0; i < list.size(); i += 3) {
      listSum += list.get(i);
    }
    // Kept small: teavm-classlib's ArrayList has no removeIf of its own, and the inherited
    // Collection.removeIf removes through the iterator, shifting the tail each time (quadratic).
    List<Integer> small = new ArrayList<>(list.subList(0, 12_000));
    small.removeIf(x -> x % 3 == 0);
    checksum = checksum * 31 + listSum + small.size();

    TreeMap<String, Integer> tree = new TreeMap<>();
    for (int i = 0; i < N; i++) {
      seed = seed * 1103515245 + 12345;
      tree.put("k" + ((seed >>> 8) % 40_000), i);
    }
    long treeSum = 0;
    for (Map.Entry<String, Integer> e : tree.entrySet()) {
      treeSum = treeSum * 7 + e.getKey().length() + e.getValue();
    }
    String first = tree.firstKey();
    String floor = tree.floorKey("k2");
    Map<String, Integer> head = tree.headMap("k3");
    return checksum * 31 + treeSum + first.hashCode() + floor.hashCode() + head.size() + tree.size();
  }
}
