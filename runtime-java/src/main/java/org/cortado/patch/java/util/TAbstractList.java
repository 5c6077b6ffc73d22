package org.cortado.patch.java.util;

import java.util.AbstractList;
import java.util.ListIterator;

/** Patches java.util.AbstractList: listIterator(int) checks its index; declares modCount for the iterator patches. */
abstract class TAbstractList {
  protected transient int modCount;

  public abstract int size();

  @SuppressWarnings("unchecked")
  public ListIterator<Object> listIterator(int index) {
    if (index < 0 || index > size()) {
      throw new IndexOutOfBoundsException("Index: " + index + ", Size: " + size());
    }
    return (ListIterator<Object>) (Object) new TAbstractList$TListIteratorImpl((AbstractList<Object>) (Object) this, index, modCount, size());
  }
}
