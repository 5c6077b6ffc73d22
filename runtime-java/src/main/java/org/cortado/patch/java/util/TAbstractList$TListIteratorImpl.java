package org.cortado.patch.java.util;

import java.util.AbstractList;

/**
 * Patches AbstractList's list iterator: add() left the iterator's size unchanged, so the elements
 * after the cursor could no longer be reached, and did not check for concurrent modification.
 */
final class TAbstractList$TListIteratorImpl {
  private int i;
  private int j;
  private int lastModCount;
  private int sz;
  AbstractList<Object> this$0;

  /** The classlib's constructor (patch constructors are not merged; declared for javac). */
  TAbstractList$TListIteratorImpl(AbstractList<Object> list, int i, int modCount, int size) {
  }

  private native void checkConcurrentModification();

  public void add(Object e) {
    checkConcurrentModification();
    this$0.add(i++, e);
    sz++;
    lastModCount = ((TAbstractList) (Object) this$0).modCount;
    j = -1;
  }
}
