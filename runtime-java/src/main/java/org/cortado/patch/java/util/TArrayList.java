package org.cortado.patch.java.util;

/** Patches java.util.ArrayList: index errors carry the JDK's messages (the classlib's have none). */
public class TArrayList {
  private int size;

  private void checkIndex(int index) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException("Index " + index + " out of bounds for length " + size);
    }
  }

  private void checkIndexForAdd(int index) {
    if (index < 0 || index > size) {
      throw new IndexOutOfBoundsException("Index: " + index + ", Size: " + size);
    }
  }
}
