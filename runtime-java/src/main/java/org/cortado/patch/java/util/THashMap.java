package org.cortado.patch.java.util;

import java.util.AbstractCollection;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collection;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import org.cortado.runtime.PatchConstructor;

/**
 * Patches java.util.HashMap so that it iterates in OpenJDK 17's order, which programs print
 * ({@code println(map)}, word counts, key sets). The classlib's layout is kept (elementData of
 * HashEntry chains, elementCount, modCount, threshold) because LinkedHashMap extends it and uses
 * those internals; what changes is how the table is sized, hashed and filled:
 * <ul>
 *   <li>the hash is {@code h ^ (h >>> 16)} (0 for null), stored in {@code origKeyHash}; the bucket
 *       is {@code hash & (length - 1)};</li>
 *   <li>the table is created at the first insertion ({@code elementData == null} before, with
 *       {@code threshold} holding the initial capacity, as in the JDK); it doubles when the size
 *       passes the threshold, and also when a bucket reaches 9 entries in a table smaller than 64
 *       (where the JDK would otherwise build a tree);</li>
 *   <li>put appends to the tail of its bucket; compute, computeIfAbsent and merge insert at the
 *       head and resize before rather than after the insertion, as the JDK does;</li>
 *   <li>a resize splits each bucket into a low and a high list, keeping the entries' order.</li>
 * </ul>
 * Iteration visits buckets in index order and each chain from head to tail. Limitation: the JDK
 * turns a bucket of 8+ colliding keys in a table of 64+ buckets into a tree whose root moves to the
 * front of the bucket; here such a bucket stays a list, so its order can differ.
 *
 * <p>LinkedHashMap keeps the classlib's code (patched in {@link TLinkedHashMap} to use the same
 * hash); the methods added here fall back to the generic Map algorithms for it so that its links
 * stay consistent.
 */
public class THashMap<K, V> extends AbstractMap<K, V> implements Cloneable, java.io.Serializable {
  private static final long serialVersionUID = 362498820763181265L;
  private static final int DEFAULT_CAPACITY = 16;
  private static final float DEFAULT_LOAD = 0.75f;
  private static final int MAX_CAPACITY = 1 << 30;
  /** A bucket that would reach this many entries triggers treeification (here: a resize if small). */
  private static final int TREEIFY_THRESHOLD = 8;
  private static final int MIN_TREEIFY_CAPACITY = 64;

  transient int elementCount;
  /** The buckets; null until the first insertion, as the JDK's table. */
  transient HashEntry<K, V>[] elementData;
  transient int modCount;
  float loadFactor;
  /** The size above which the table doubles; while there is no table, its initial capacity (or 0). */
  int threshold;

  transient Set<K> keyView;
  transient Collection<V> valueView;
  transient Set<Map.Entry<K, V>> entryView;

  /** Declares the classlib's entry fields (unchanged); the constructor is the classlib's. */
  static class HashEntry<K, V> extends TMapEntry<K, V> {
    final int origKeyHash;
    HashEntry<K, V> next;

    HashEntry(K key, int hash) {
      origKeyHash = hash;
    }
  }

  @PatchConstructor
  public THashMap() {
    loadFactor = DEFAULT_LOAD;
  }

  @PatchConstructor
  public THashMap(int initialCapacity) {
    this(initialCapacity, DEFAULT_LOAD);
  }

  @PatchConstructor
  public THashMap(int initialCapacity, float loadFactor) {
    if (initialCapacity < 0) {
      throw new IllegalArgumentException("Illegal initial capacity: " + initialCapacity);
    }
    if (initialCapacity > MAX_CAPACITY) {
      initialCapacity = MAX_CAPACITY;
    }
    if (loadFactor <= 0 || Float.isNaN(loadFactor)) {
      throw new IllegalArgumentException("Illegal load factor: " + loadFactor);
    }
    this.loadFactor = loadFactor;
    this.threshold = tableSizeFor(initialCapacity);
  }

  @PatchConstructor
  public THashMap(Map<? extends K, ? extends V> m) {
    loadFactor = DEFAULT_LOAD;
    putMapEntries(m);
  }

  /** The JDK's hash spreading: the high half folded into the low half used for the index. */
  static int hash(Object key) {
    if (key == null) {
      return 0;
    }
    int h = key.hashCode();
    return h ^ (h >>> 16);
  }

  /** The smallest power of two >= capacity (1 for 0), capped at 2^30. */
  static int tableSizeFor(int capacity) {
    if (capacity <= 1) {
      return 1;
    }
    if (capacity >= MAX_CAPACITY) {
      return MAX_CAPACITY;
    }
    return Integer.highestOneBit(capacity - 1) << 1;
  }

  private boolean linked() {
    return this instanceof TLinkedHashMap;
  }

  @SuppressWarnings("unchecked")
  HashEntry<K, V>[] newElementArray(int length) {
    return (HashEntry<K, V>[]) new HashEntry[length];
  }

  /**
   * Creates the table or doubles it, with the JDK's capacity and threshold arithmetic; each bucket
   * is split into the entries staying at index j and those moving to j + oldCapacity, both in
   * their previous order.
   */
  HashEntry<K, V>[] resize() {
    HashEntry<K, V>[] old = elementData;
    int oldCap = old == null ? 0 : old.length;
    int oldThr = threshold;
    int newCap;
    int newThr = 0;
    if (oldCap > 0) {
      if (oldCap >= MAX_CAPACITY) {
        threshold = Integer.MAX_VALUE;
        return old;
      }
      newCap = oldCap << 1;
      if (newCap < MAX_CAPACITY && oldCap >= DEFAULT_CAPACITY) {
        newThr = oldThr << 1;
      }
    } else if (oldThr > 0) {
      newCap = oldThr;
    } else {
      // Note: the default threshold ignores a custom load factor, as in the JDK.
      newCap = DEFAULT_CAPACITY;
      newThr = (int) (DEFAULT_LOAD * DEFAULT_CAPACITY);
    }
    if (newThr == 0) {
      float ft = newCap * loadFactor;
      newThr = newCap < MAX_CAPACITY && ft < (float) MAX_CAPACITY ? (int) ft : Integer.MAX_VALUE;
    }
    threshold = newThr;
    HashEntry<K, V>[] table = newElementArray(newCap);
    elementData = table;
    if (old != null) {
      for (int j = 0; j < oldCap; j++) {
        HashEntry<K, V> e = old[j];
        if (e == null) {
          continue;
        }
        old[j] = null;
        HashEntry<K, V> loHead = null;
        HashEntry<K, V> loTail = null;
        HashEntry<K, V> hiHead = null;
        HashEntry<K, V> hiTail = null;
        while (e != null) {
          HashEntry<K, V> next = e.next;
          e.next = null;
          if ((e.origKeyHash & oldCap) == 0) {
            if (loTail == null) {
              loHead = e;
            } else {
              loTail.next = e;
            }
            loTail = e;
          } else {
            if (hiTail == null) {
              hiHead = e;
            } else {
              hiTail.next = e;
            }
            hiTail = e;
          }
          e = next;
        }
        table[j] = loHead;
        table[j + oldCap] = hiHead;
      }
    }
    return table;
  }

  /** Where the JDK would make a tree of a long bucket: in a small table it resizes instead. */
  private void treeifyBin() {
    HashEntry<K, V>[] table = elementData;
    if (table == null || table.length < MIN_TREEIFY_CAPACITY) {
      resize();
    }
  }

  private static boolean sameKey(HashEntry<?, ?> e, int hash, Object key) {
    Object k;
    return e.origKeyHash == hash && ((k = e.key) == key || (key != null && key.equals(k)));
  }

  final HashEntry<K, V> getNode(Object key) {
    HashEntry<K, V>[] table = elementData;
    if (table == null || elementCount == 0) {
      return null;
    }
    int hash = hash(key);
    for (HashEntry<K, V> e = table[hash & (table.length - 1)]; e != null; e = e.next) {
      if (sameKey(e, hash, key)) {
        return e;
      }
    }
    return null;
  }

  /** Put for HashMap itself: appends a new key at the tail of its bucket. */
  final V putVal(int hash, K key, V value, boolean onlyIfAbsent) {
    HashEntry<K, V>[] table = elementData;
    if (table == null || table.length == 0) {
      table = resize();
    }
    int i = hash & (table.length - 1);
    HashEntry<K, V> p = table[i];
    if (p == null) {
      table[i] = newEntry(key, value, hash);
    } else {
      int count = 0;
      HashEntry<K, V> last = null;
      for (HashEntry<K, V> e = p; e != null; e = e.next) {
        if (sameKey(e, hash, key)) {
          V old = e.value;
          if (!onlyIfAbsent || old == null) {
            e.value = value;
          }
          return old;
        }
        last = e;
        count++;
      }
      last.next = newEntry(key, value, hash);
      if (count >= TREEIFY_THRESHOLD) {
        treeifyBin();
      }
    }
    ++modCount;
    if (++elementCount > threshold) {
      resize();
    }
    return null;
  }

  private HashEntry<K, V> newEntry(K key, V value, int hash) {
    HashEntry<K, V> e = new HashEntry<>(key, hash);
    e.value = value;
    return e;
  }

  /** Unlinks the entry for key (and value, if matchValue) in place. */
  final HashEntry<K, V> removeNode(Object key, Object value, boolean matchValue) {
    HashEntry<K, V>[] table = elementData;
    if (table == null || elementCount == 0) {
      return null;
    }
    int hash = hash(key);
    int i = hash & (table.length - 1);
    HashEntry<K, V> prev = null;
    for (HashEntry<K, V> e = table[i]; e != null; prev = e, e = e.next) {
      if (sameKey(e, hash, key)) {
        if (matchValue && !Objects.equals(e.value, value)) {
          return null;
        }
        if (prev == null) {
          table[i] = e.next;
        } else {
          prev.next = e.next;
        }
        ++modCount;
        --elementCount;
        return e;
      }
    }
    return null;
  }

  /** The JDK's putMapEntries: pre-sizes an unallocated table, or resizes once, then puts each. */
  final void putMapEntries(Map<? extends K, ? extends V> m) {
    int s = m.size();
    if (s <= 0) {
      return;
    }
    if (elementData == null) {
      float ft = ((float) s / loadFactor) + 1.0F;
      int t = ft < (float) MAX_CAPACITY ? (int) ft : MAX_CAPACITY;
      if (t > threshold) {
        threshold = tableSizeFor(t);
      }
    } else if (s > threshold) {
      resize();
    }
    for (Map.Entry<? extends K, ? extends V> e : m.entrySet()) {
      K key = e.getKey();
      putVal(hash(key), key, e.getValue(), false);
    }
  }

  // ---- the classlib's internal entry points, used by LinkedHashMap and its views ----

  final HashEntry<K, V> entryByKey(Object key) {
    return getNode(key);
  }

  final HashEntry<K, V> findNonNullKeyEntry(Object key, int index, int keyHash) {
    HashEntry<K, V>[] table = elementData;
    if (table == null) {
      return null;
    }
    HashEntry<K, V> e = table[index];
    while (e != null && !sameKey(e, keyHash, key)) {
      e = e.next;
    }
    return e;
  }

  final HashEntry<K, V> findNullKeyEntry() {
    HashEntry<K, V>[] table = elementData;
    if (table == null) {
      return null;
    }
    HashEntry<K, V> e = table[0];
    while (e != null && e.key != null) {
      e = e.next;
    }
    return e;
  }

  final HashEntry<K, V> removeByKey(Object key) {
    return removeNode(key, null, false);
  }

  final void removeEntry(HashEntry<K, V> entry) {
    HashEntry<K, V>[] table = elementData;
    int i = entry.origKeyHash & (table.length - 1);
    HashEntry<K, V> e = table[i];
    if (e == entry) {
      table[i] = entry.next;
    } else {
      while (e.next != entry) {
        e = e.next;
      }
      e.next = entry.next;
    }
    modCount++;
    elementCount--;
  }

  void rehash() {
    resize();
  }

  /** Makes room for {@code capacity} entries (LinkedHashMap's putAll asks before adding). */
  void rehash(int capacity) {
    if (elementData == null) {
      int t = tableSizeFor((int) (capacity / loadFactor + 1.0F));
      if (t > threshold) {
        threshold = t;
      }
    } else {
      while (capacity > threshold && elementData.length < MAX_CAPACITY) {
        resize();
      }
    }
  }

  void putAllImpl(Map<? extends K, ? extends V> m) {
    putMapEntries(m);
  }

  // ---- Map ----

  @Override
  public int size() {
    return elementCount;
  }

  @Override
  public boolean isEmpty() {
    return elementCount == 0;
  }

  @Override
  public V get(Object key) {
    HashEntry<K, V> e = getNode(key);
    return e == null ? null : e.value;
  }

  @Override
  public boolean containsKey(Object key) {
    return getNode(key) != null;
  }

  @Override
  public V put(K key, V value) {
    return putVal(hash(key), key, value, false);
  }

  @Override
  public void putAll(Map<? extends K, ? extends V> m) {
    putAllImpl(m);
  }

  @Override
  public V remove(Object key) {
    HashEntry<K, V> e = removeNode(key, null, false);
    return e == null ? null : e.value;
  }

  @Override
  public void clear() {
    modCount++;
    HashEntry<K, V>[] table = elementData;
    if (table != null && elementCount > 0) {
      elementCount = 0;
      for (int i = 0; i < table.length; i++) {
        table[i] = null;
      }
    }
  }

  @Override
  public boolean containsValue(Object value) {
    HashEntry<K, V>[] table = elementData;
    if (table != null && elementCount > 0) {
      for (HashEntry<K, V> head : table) {
        for (HashEntry<K, V> e = head; e != null; e = e.next) {
          V v = e.value;
          if (v == value || (value != null && value.equals(v))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  @Override
  public Set<K> keySet() {
    Set<K> view = keyView;
    if (view == null) {
      view = new KeyView();
      keyView = view;
    }
    return view;
  }

  @Override
  public Collection<V> values() {
    Collection<V> view = valueView;
    if (view == null) {
      view = new ValueView();
      valueView = view;
    }
    return view;
  }

  @Override
  public Set<Map.Entry<K, V>> entrySet() {
    Set<Map.Entry<K, V>> view = entryView;
    if (view == null) {
      view = new EntryView();
      entryView = view;
    }
    return view;
  }

  @Override
  public V getOrDefault(Object key, V defaultValue) {
    if (linked()) {
      V v = get(key);
      return v != null || containsKey(key) ? v : defaultValue;
    }
    HashEntry<K, V> e = getNode(key);
    return e == null ? defaultValue : e.value;
  }

  @Override
  public V putIfAbsent(K key, V value) {
    if (linked()) {
      V v = get(key);
      return v == null ? put(key, value) : v;
    }
    return putVal(hash(key), key, value, true);
  }

  @Override
  public boolean remove(Object key, Object value) {
    if (linked()) {
      Object current = get(key);
      if (!Objects.equals(current, value) || (current == null && !containsKey(key))) {
        return false;
      }
      remove(key);
      return true;
    }
    return removeNode(key, value, true) != null;
  }

  @Override
  public boolean replace(K key, V oldValue, V newValue) {
    if (linked()) {
      Object current = get(key);
      if (!Objects.equals(current, oldValue) || (current == null && !containsKey(key))) {
        return false;
      }
      put(key, newValue);
      return true;
    }
    HashEntry<K, V> e = getNode(key);
    if (e != null && Objects.equals(e.value, oldValue)) {
      e.value = newValue;
      return true;
    }
    return false;
  }

  @Override
  public V replace(K key, V value) {
    if (linked()) {
      V current = get(key);
      return current != null || containsKey(key) ? put(key, value) : null;
    }
    HashEntry<K, V> e = getNode(key);
    if (e != null) {
      V old = e.value;
      e.value = value;
      return old;
    }
    return null;
  }

  /**
   * Prepares an insertion by compute/computeIfAbsent/merge: the JDK resizes first when the size
   * already passed the threshold, and counts the bucket's entries to decide on treeification.
   */
  private HashEntry<K, V>[] tableForCompute() {
    HashEntry<K, V>[] table = elementData;
    if (elementCount > threshold || table == null || table.length == 0) {
      table = resize();
    }
    return table;
  }

  /** Inserts at the head of bucket i, as the JDK's compute family does. */
  private void insertAtHead(HashEntry<K, V>[] table, int i, K key, V value, int hash, int bucketSize) {
    HashEntry<K, V> e = newEntry(key, value, hash);
    e.next = table[i];
    table[i] = e;
    if (bucketSize >= TREEIFY_THRESHOLD - 1) {
      treeifyBin();
    }
  }

  @Override
  public V computeIfAbsent(K key, Function<? super K, ? extends V> mappingFunction) {
    if (mappingFunction == null) {
      throw new NullPointerException();
    }
    if (linked()) {
      V v = get(key);
      if (v == null) {
        V created = mappingFunction.apply(key);
        if (created != null) {
          put(key, created);
          return created;
        }
      }
      return v;
    }
    int hash = hash(key);
    HashEntry<K, V>[] table = tableForCompute();
    int i = hash & (table.length - 1);
    HashEntry<K, V> old = null;
    int bucketSize = 0;
    for (HashEntry<K, V> e = table[i]; e != null; e = e.next) {
      if (sameKey(e, hash, key)) {
        old = e;
        break;
      }
      bucketSize++;
    }
    if (old != null && old.value != null) {
      return old.value;
    }
    int mc = modCount;
    V v = mappingFunction.apply(key);
    if (mc != modCount) {
      throw new ConcurrentModificationException();
    }
    if (v == null) {
      return null;
    }
    if (old != null) {
      old.value = v;
      return v;
    }
    insertAtHead(table, i, key, v, hash, bucketSize);
    modCount = mc + 1;
    ++elementCount;
    return v;
  }

  @Override
  public V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
    if (remappingFunction == null) {
      throw new NullPointerException();
    }
    if (linked()) {
      V old = get(key);
      if (old != null) {
        V v = remappingFunction.apply(key, old);
        if (v != null) {
          put(key, v);
          return v;
        }
        remove(key);
      }
      return null;
    }
    HashEntry<K, V> e = getNode(key);
    if (e != null && e.value != null) {
      int mc = modCount;
      V v = remappingFunction.apply(key, e.value);
      if (mc != modCount) {
        throw new ConcurrentModificationException();
      }
      if (v == null) {
        removeNode(key, null, false);
      } else {
        e.value = v;
      }
      return v;
    }
    return null;
  }

  @Override
  public V compute(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
    if (remappingFunction == null) {
      throw new NullPointerException();
    }
    if (linked()) {
      V old = get(key);
      V v = remappingFunction.apply(key, old);
      if (v == null) {
        if (old != null || containsKey(key)) {
          remove(key);
        }
        return null;
      }
      put(key, v);
      return v;
    }
    int hash = hash(key);
    HashEntry<K, V>[] table = tableForCompute();
    int i = hash & (table.length - 1);
    HashEntry<K, V> old = null;
    int bucketSize = 0;
    for (HashEntry<K, V> e = table[i]; e != null; e = e.next) {
      if (sameKey(e, hash, key)) {
        old = e;
        break;
      }
      bucketSize++;
    }
    V oldValue = old == null ? null : old.value;
    int mc = modCount;
    V v = remappingFunction.apply(key, oldValue);
    if (mc != modCount) {
      throw new ConcurrentModificationException();
    }
    if (old != null) {
      if (v != null) {
        old.value = v;
      } else {
        removeNode(key, null, false);
      }
    } else if (v != null) {
      insertAtHead(table, i, key, v, hash, bucketSize);
      modCount = mc + 1;
      ++elementCount;
    }
    return v;
  }

  @Override
  public V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> remappingFunction) {
    if (value == null || remappingFunction == null) {
      throw new NullPointerException();
    }
    if (linked()) {
      V old = get(key);
      V v = old == null ? value : remappingFunction.apply(old, value);
      if (v == null) {
        remove(key);
      } else {
        put(key, v);
      }
      return v;
    }
    int hash = hash(key);
    HashEntry<K, V>[] table = tableForCompute();
    int i = hash & (table.length - 1);
    HashEntry<K, V> old = null;
    int bucketSize = 0;
    for (HashEntry<K, V> e = table[i]; e != null; e = e.next) {
      if (sameKey(e, hash, key)) {
        old = e;
        break;
      }
      bucketSize++;
    }
    if (old != null) {
      V v;
      if (old.value != null) {
        int mc = modCount;
        v = remappingFunction.apply(old.value, value);
        if (mc != modCount) {
          throw new ConcurrentModificationException();
        }
      } else {
        v = value;
      }
      if (v != null) {
        old.value = v;
      } else {
        removeNode(key, null, false);
      }
      return v;
    }
    insertAtHead(table, i, key, value, hash, bucketSize);
    ++modCount;
    ++elementCount;
    return value;
  }

  @Override
  public void forEach(BiConsumer<? super K, ? super V> action) {
    if (action == null) {
      throw new NullPointerException();
    }
    forEachEntry(e -> action.accept(e.key, e.value));
  }

  /** Visits every entry in iteration order, then fails if the map was modified meanwhile (as the JDK does). */
  private void forEachEntry(Consumer<HashEntry<K, V>> visit) {
    HashEntry<K, V>[] table = elementData;
    if (elementCount > 0 && table != null) {
      int mc = modCount;
      for (HashEntry<K, V> head : table) {
        for (HashEntry<K, V> e = head; e != null; e = e.next) {
          visit.accept(e);
        }
      }
      if (modCount != mc) {
        throw new ConcurrentModificationException();
      }
    }
  }

  @Override
  public void replaceAll(BiFunction<? super K, ? super V, ? extends V> function) {
    if (function == null) {
      throw new NullPointerException();
    }
    HashEntry<K, V>[] table = elementData;
    if (elementCount > 0 && table != null) {
      int mc = modCount;
      for (HashEntry<K, V> head : table) {
        for (HashEntry<K, V> e = head; e != null; e = e.next) {
          e.value = function.apply(e.key, e.value);
        }
      }
      if (modCount != mc) {
        throw new ConcurrentModificationException();
      }
    }
  }

  /** As the JDK: a shallow copy re-filled through putAll, so its table is sized for its size. */
  @Override
  @SuppressWarnings("unchecked")
  public Object clone() {
    THashMap<K, V> result;
    try {
      result = (THashMap<K, V>) super.clone();
    } catch (CloneNotSupportedException e) {
      throw new InternalError(e);
    }
    result.elementData = null;
    result.threshold = 0;
    result.elementCount = 0;
    result.modCount = 0;
    result.keyView = null;
    result.valueView = null;
    result.entryView = null;
    if (linked()) {
      result.putAllImpl(this);
    } else {
      result.putMapEntries(this);
    }
    return result;
  }

  // ---- views ----

  static final int KEYS = 0;
  static final int VALUES = 1;
  static final int ENTRIES = 2;

  /** The JDK's HashIterator: the next entry is found eagerly; remove unlinks the current one. */
  final class HashIter<E> implements Iterator<E> {
    private final int kind;
    private HashEntry<K, V> nextEntry;
    private HashEntry<K, V> current;
    private int expectedModCount;
    private int index;

    HashIter(int kind) {
      this.kind = kind;
      expectedModCount = modCount;
      HashEntry<K, V>[] table = elementData;
      if (table != null && elementCount > 0) {
        advance(table);
      }
    }

    private void advance(HashEntry<K, V>[] table) {
      HashEntry<K, V> e = null;
      while (index < table.length && (e = table[index++]) == null) {
        // skip empty buckets
      }
      nextEntry = e;
    }

    @Override
    public boolean hasNext() {
      return nextEntry != null;
    }

    @Override
    @SuppressWarnings("unchecked")
    public E next() {
      HashEntry<K, V> e = nextEntry;
      if (modCount != expectedModCount) {
        throw new ConcurrentModificationException();
      }
      if (e == null) {
        throw new NoSuchElementException();
      }
      current = e;
      nextEntry = e.next;
      if (nextEntry == null) {
        advance(elementData);
      }
      return (E) (kind == KEYS ? e.key : kind == VALUES ? e.value : e);
    }

    @Override
    public void remove() {
      HashEntry<K, V> e = current;
      if (e == null) {
        throw new IllegalStateException();
      }
      if (modCount != expectedModCount) {
        throw new ConcurrentModificationException();
      }
      current = null;
      removeNode(e.key, null, false);
      expectedModCount = modCount;
    }
  }

  final class KeyView extends AbstractSet<K> {
    @Override
    public int size() {
      return elementCount;
    }

    @Override
    public void clear() {
      THashMap.this.clear();
    }

    @Override
    public Iterator<K> iterator() {
      return new HashIter<>(KEYS);
    }

    @Override
    public boolean contains(Object o) {
      return containsKey(o);
    }

    @Override
    public boolean remove(Object key) {
      return removeNode(key, null, false) != null;
    }

    @Override
    public void forEach(Consumer<? super K> action) {
      if (action == null) {
        throw new NullPointerException();
      }
      forEachEntry(e -> action.accept(e.key));
    }
  }

  final class ValueView extends AbstractCollection<V> {
    @Override
    public int size() {
      return elementCount;
    }

    @Override
    public void clear() {
      THashMap.this.clear();
    }

    @Override
    public Iterator<V> iterator() {
      return new HashIter<>(VALUES);
    }

    @Override
    public boolean contains(Object o) {
      return containsValue(o);
    }

    @Override
    public void forEach(Consumer<? super V> action) {
      if (action == null) {
        throw new NullPointerException();
      }
      forEachEntry(e -> action.accept(e.value));
    }
  }

  final class EntryView extends AbstractSet<Map.Entry<K, V>> {
    @Override
    public int size() {
      return elementCount;
    }

    @Override
    public void clear() {
      THashMap.this.clear();
    }

    @Override
    public Iterator<Map.Entry<K, V>> iterator() {
      return new HashIter<>(ENTRIES);
    }

    @Override
    public boolean contains(Object o) {
      if (!(o instanceof Map.Entry)) {
        return false;
      }
      Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
      HashEntry<K, V> candidate = getNode(e.getKey());
      return candidate != null && candidate.equals(e);
    }

    @Override
    public boolean remove(Object o) {
      if (!(o instanceof Map.Entry)) {
        return false;
      }
      Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
      return removeNode(e.getKey(), e.getValue(), true) != null;
    }

    @Override
    public void forEach(Consumer<? super Map.Entry<K, V>> action) {
      if (action == null) {
        throw new NullPointerException();
      }
      forEachEntry(action::accept);
    }
  }
}
