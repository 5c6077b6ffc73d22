package org.cortado.patch.java.util;

/** Declares the fields of LinkedList's nodes (unchanged) for the list iterator patch. */
final class TLinkedList$Entry<E> {
  E item;
  TLinkedList$Entry<E> next;
  TLinkedList$Entry<E> previous;
}
