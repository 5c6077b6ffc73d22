import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/** HashSet iteration order: constructors, capacities, copies, removal, clone. */
public class HashSetOrder {
  public static void main(String[] args) {
    List<String> fruits = Arrays.asList("banana", "apple", "cherry", "date", "elderberry", "fig",
        "grape", "honeydew", "kiwi", "lemon", "mango", "nectarine", "orange", "papaya", "quince",
        "raspberry", "strawberry", "tangerine", "ugli", "vanilla", "watermelon");
    Set<String> s = new HashSet<>();
    for (String f : fruits) {
      s.add(f);
    }
    System.out.println("set: " + s);
    System.out.println("copy: " + new HashSet<>(fruits));
    System.out.println("copy of 3: " + new HashSet<>(fruits.subList(0, 3)));
    System.out.println("copy of 13: " + new HashSet<>(fruits.subList(0, 13)));
    System.out.println("cap 2: " + fill(new HashSet<>(2), fruits.subList(0, 6)));
    System.out.println("cap 0: " + fill(new HashSet<>(0), fruits.subList(0, 6)));
    System.out.println("cap 64: " + fill(new HashSet<>(64), fruits.subList(0, 6)));
    System.out.println("cap 100 lf .5: " + fill(new HashSet<>(100, 0.5f), fruits));
    System.out.println("cap 1 lf 4: " + fill(new HashSet<>(1, 4f), fruits));
    Set<String> cloneSrc = new HashSet<>(64);
    cloneSrc.addAll(fruits.subList(0, 5));
    @SuppressWarnings("unchecked")
    Set<String> cloned = (Set<String>) ((HashSet<String>) cloneSrc).clone();
    System.out.println("clone src: " + cloneSrc);
    System.out.println("clone: " + cloned);
    cloned.add("zucchini");
    System.out.println("clone added: " + cloned + " src " + cloneSrc.size());

    // Integers, negatives, large values colliding after masking.
    Set<Integer> ints = new HashSet<>();
    int[] values = {5, -1, 16, 32, 0, 1 << 16, 1 << 20, -65536, Integer.MIN_VALUE, Integer.MAX_VALUE,
        17, 33, 65537, 100000, -100000, 48, 64, 80, 1000, 7};
    for (int v : values) {
      ints.add(v);
    }
    System.out.println("ints: " + ints);
    Random rnd = new Random(7);
    Set<Integer> randomInts = new HashSet<>();
    for (int i = 0; i < 100; i++) {
      randomInts.add(rnd.nextInt());
    }
    System.out.println("random ints: " + randomInts);
    Set<Long> longs = new HashSet<>();
    for (int i = 0; i < 40; i++) {
      longs.add(rnd.nextLong() >> rnd.nextInt(64));
    }
    System.out.println("longs: " + longs);
    Set<Double> doubles = new HashSet<>(Arrays.asList(0.5, 1.0, -0.0, 0.0, 2.5, 1e10, Double.NaN, 3.14));
    System.out.println("doubles: " + doubles);
    Set<Character> chars = new HashSet<>();
    for (char c : "the quick brown fox jumps over the lazy dog".toCharArray()) {
      chars.add(c);
    }
    System.out.println("chars: " + chars);

    // Removal while iterating.
    for (Iterator<Integer> it = randomInts.iterator(); it.hasNext(); ) {
      if (it.next() % 2 == 0) {
        it.remove();
      }
    }
    System.out.println("odd: " + randomInts);
    randomInts.removeIf(v -> v < 0);
    System.out.println("positive odd: " + randomInts);
    randomInts.retainAll(new TreeSet<>(randomInts).headSet(1 << 30));
    System.out.println("retained: " + randomInts);

    // Set operations and conversions.
    Set<String> other = new HashSet<>(Arrays.asList("apple", "kiwi", "zucchini", "fig", "yam"));
    Set<String> union = new HashSet<>(s);
    union.addAll(other);
    Set<String> inter = new HashSet<>(s);
    inter.retainAll(other);
    System.out.println("union: " + union);
    System.out.println("intersection: " + inter);
    System.out.println("toArray: " + Arrays.toString(other.toArray()));
    List<String> list = new ArrayList<>(other);
    System.out.println("list: " + list);
    System.out.println("stream: " + String.join(",", (Iterable<String>) s.stream().filter(x -> x.length() > 5)::iterator));
    System.out.println("hash equal: " + (s.hashCode() == new TreeSet<>(s).hashCode()) + " equals "
        + s.equals(new TreeSet<>(fruits)));
    System.out.println("sorted: " + new TreeSet<>(s));
    System.out.println("min: " + Collections.min(s));

    // LinkedHashSet keeps insertion order.
    Set<String> linked = new LinkedHashSet<>(fruits);
    linked.remove("cherry");
    linked.add("cherry");
    linked.add("apple");
    System.out.println("linked: " + linked);
    System.out.println("linked copy of hash set: " + new LinkedHashSet<>(s));
  }

  static <T> Set<T> fill(Set<T> set, List<T> items) {
    set.addAll(items);
    return set;
  }
}
