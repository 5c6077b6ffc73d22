package org.cortado.patch.java.util;

/** Patches LinkedList's list iterator: add() must advance the iterator's index (the classlib forgets). */
final class TLinkedList$SequentialListIterator<E> {
  private TLinkedList$Entry<E> nextEntry;
  private TLinkedList$Entry<E> prevEntry;
  private TLinkedList$Entry<E> currentEntry;
  private int index;
  private int version;
  TLinkedList<E> this$0;

  private native void checkConcurrentModification();

  public void add(E e) {
    checkConcurrentModification();
    TLinkedList$Entry<E> entry = new TLinkedList$Entry<>();
    entry.item = e;
    entry.previous = prevEntry;
    entry.next = nextEntry;
    if (prevEntry != null) {
      prevEntry.next = entry;
    } else {
      this$0.firstEntry = entry;
    }
    if (nextEntry != null) {
      nextEntry.previous = entry;
    } else {
      this$0.lastEntry = entry;
    }
    prevEntry = entry;
    index++;
    this$0.size++;
    this$0.modCount++;
    version = this$0.modCount;
    currentEntry = null;
  }
}
