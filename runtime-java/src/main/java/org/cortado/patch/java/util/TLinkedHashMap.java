package org.cortado.patch.java.util;

import java.util.Collection;
import java.util.Set;

/**
 * Patches java.util.LinkedHashMap's two methods that compute bucket indexes themselves, so that
 * they use the patched HashMap's hash ({@link THashMap#hash}) and its lazily created table. The
 * iteration order (the linked list) is the classlib's, unchanged. Also: clone drops the cached
 * views, which still belong to the original map.
 */
class TLinkedHashMap<K, V> extends THashMap<K, V> {
  private static final long serialVersionUID = 3801124242820219131L;

  private boolean accessOrder;
  transient LinkedHashMapEntry<K, V> head;
  transient LinkedHashMapEntry<K, V> tail;
  /**
   * The classlib caches LinkedHashMap's views in AbstractMap fields that this package cannot see;
   * these fields (same names and descriptors) hide them, so that clone can reset them.
   */
  transient Set<K> cachedKeySet;
  transient Collection<V> cachedValues;

  /** Declares the classlib's linked entry type (unchanged) for the casts below. */
  static final class LinkedHashMapEntry<K, V> extends THashMap.HashEntry<K, V> {
    LinkedHashMapEntry(K key, int hash) {
      super(key, hash);
    }
  }

  private native void linkEntry(LinkedHashMapEntry<K, V> entry, boolean first);

  private native HashEntry<K, V> createHashedEntry(K key, int index, int hash, boolean first);

  @Override
  public V getOrDefault(Object key, V defaultValue) {
    LinkedHashMapEntry<K, V> m = (LinkedHashMapEntry<K, V>) entryByKey(key);
    if (m == null) {
      return defaultValue;
    }
    if (accessOrder) {
      linkEntry(m, false);
    }
    return m.value;
  }

  V putImpl(K key, V value, boolean first, boolean relink) {
    if (elementCount == 0) {
      head = null;
      tail = null;
    }
    int hash = hash(key);
    HashEntry<K, V>[] table = elementData;
    if (table == null) {
      table = resize();
    }
    int index = hash & (table.length - 1);
    LinkedHashMapEntry<K, V> m = (LinkedHashMapEntry<K, V>) (key != null
        ? findNonNullKeyEntry(key, index, hash) : findNullKeyEntry());
    if (m == null) {
      modCount++;
      if (++elementCount > threshold) {
        rehash();
        index = hash & (elementData.length - 1);
      }
      m = (LinkedHashMapEntry<K, V>) createHashedEntry(key, index, hash, first);
    } else if (relink) {
      linkEntry(m, first);
    }
    V result = m.value;
    m.value = value;
    return result;
  }

  @Override
  @SuppressWarnings("unchecked")
  public Object clone() {
    TLinkedHashMap<K, V> copy = (TLinkedHashMap<K, V>) super.clone();
    copy.cachedKeySet = null;
    copy.cachedValues = null;
    return copy;
  }
}
