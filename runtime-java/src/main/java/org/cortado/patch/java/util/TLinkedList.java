package org.cortado.patch.java.util;

/** Declares LinkedList's fields (unchanged) so that the list iterator patch may use them. */
abstract class TLinkedList<E> {
  protected transient int modCount;
  int size;
  TLinkedList$Entry<E> firstEntry;
  TLinkedList$Entry<E> lastEntry;
}
