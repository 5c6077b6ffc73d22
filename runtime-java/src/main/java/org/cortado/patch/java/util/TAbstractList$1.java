package org.cortado.patch.java.util;

import java.util.AbstractList;
import java.util.NoSuchElementException;

/** Patches AbstractList's iterator: next() past the end throws NoSuchElementException, as in the JDK. */
final class TAbstractList$1 {
  private int index;
  private int size;
  private int removeIndex;
  AbstractList<Object> this$0;

  private native void checkConcurrentModification();

  public Object next() {
    checkConcurrentModification();
    if (index >= size) {
      throw new NoSuchElementException();
    }
    removeIndex = index;
    return this$0.get(index++);
  }
}
