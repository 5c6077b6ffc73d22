package org.cortado.patch.java.util;

import java.util.Map;

/**
 * Declares the fields of the classlib's map entry (unchanged) so that the HashMap patch can read
 * and write them; the native methods only let javac see the Map.Entry methods the classlib defines.
 */
class TMapEntry<K, V> implements Map.Entry<K, V> {
  K key;
  V value;

  @Override
  public native K getKey();

  @Override
  public native V getValue();

  @Override
  public native V setValue(V value);
}
