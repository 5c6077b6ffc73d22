package org.cortado.patch.java.util;

/**
 * Patches java.util.Iterator: remove() is a default method that throws
 * UnsupportedOperationException("remove"), as in the JDK (the classlib declared it abstract, so an
 * iterator compiled against the JDK without remove() failed with an internal error).
 */
public interface TIterator {
  default void remove() {
    throw new UnsupportedOperationException("remove");
  }
}
