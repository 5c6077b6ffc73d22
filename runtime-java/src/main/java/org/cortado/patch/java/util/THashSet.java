package org.cortado.patch.java.util;

import java.util.AbstractSet;
import java.util.Collection;
import java.util.HashMap;
import org.cortado.runtime.PatchConstructor;

/**
 * Patches java.util.HashSet(Collection) to size its map as the JDK does,
 * {@code max((int) (size / .75f) + 1, 16)}: the table size decides the iteration order.
 */
abstract class THashSet<E> extends AbstractSet<E> {
  transient HashMap<E, Object> backingMap;

  @PatchConstructor
  THashSet(Collection<? extends E> c) {
    backingMap = new HashMap<>(Math.max((int) (c.size() / .75f) + 1, 16));
    addAll(c);
  }
}
