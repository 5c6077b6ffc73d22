package org.cortado.patch.java.util;

/** Declares AbstractList's modCount (unchanged) so that the list iterator patch may read it. */
abstract class TAbstractList {
  protected transient int modCount;
}
