package org.cortado.patch.java.util;

import java.util.AbstractList;
import java.util.NoSuchElementException;

/**
 * Patches AbstractList's iterator: next() past the end throws NoSuchElementException, and hasNext()
 * compares with the list's current size (the classlib kept the size at creation, so removing the
 * second-to-last element while iterating threw ConcurrentModificationException), as in the JDK.
 */
final class TAbstractList$1 {
  private int index;
  private int size;
  private int removeIndex;
  AbstractList<Object> this$0;

  private native void checkConcurrentModification();

  public boolean hasNext() {
    return index != this$0.size();
  }

  public Object next() {
    checkConcurrentModification();
    if (index >= size) {
      throw new NoSuchElementException();
    }
    removeIndex = index;
    return this$0.get(index++);
  }
}
