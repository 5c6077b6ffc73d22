package org.cortado.patch.java.util;

import java.util.ConcurrentModificationException;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Patches java.util.ArrayList: index errors carry the JDK's messages (the classlib's have none);
 * forEach fails with ConcurrentModificationException when the action modifies the list (the
 * classlib's looped until memory ran out); removeIf tests every element before removing any, so a
 * predicate that throws leaves the list unchanged, as in the JDK; add(int, E) and remove(int) move
 * the tail with one System.arraycopy (a Wasm array.copy), not element by element.
 */
public class TArrayList {
  private Object[] array;
  private int size;

  private int modCount() {
    return ((TAbstractList) (Object) this).modCount;
  }

  public void forEach(Consumer<Object> action) {
    if (action == null) {
      throw new NullPointerException();
    }
    int expected = modCount();
    Object[] es = array;
    int n = size;
    for (int i = 0; modCount() == expected && i < n; i++) {
      action.accept(es[i]);
    }
    if (modCount() != expected) {
      throw new ConcurrentModificationException();
    }
  }

  public boolean removeIf(Predicate<Object> filter) {
    if (filter == null) {
      throw new NullPointerException();
    }
    int expected = modCount();
    int n = size;
    boolean[] remove = null;
    for (int i = 0; modCount() == expected && i < n; i++) {
      if (filter.test(array[i])) {
        if (remove == null) {
          remove = new boolean[n];
        }
        remove[i] = true;
      }
    }
    if (modCount() != expected) {
      throw new ConcurrentModificationException();
    }
    if (remove == null) {
      return false;
    }
    int kept = 0;
    for (int i = 0; i < n; i++) {
      if (!remove[i]) {
        array[kept++] = array[i];
      }
    }
    for (int i = kept; i < n; i++) {
      array[i] = null;
    }
    size = kept;
    ((TAbstractList) (Object) this).modCount++;
    return true;
  }

  public void add(int index, Object element) {
    checkIndexForAdd(index);
    ensureCapacity(size + 1);
    System.arraycopy(array, index, array, index + 1, size - index);
    array[index] = element;
    size++;
    ((TAbstractList) (Object) this).modCount++;
  }

  public Object remove(int index) {
    checkIndex(index);
    Object old = array[index];
    int moved = size - index - 1;
    if (moved > 0) {
      System.arraycopy(array, index + 1, array, index, moved);
    }
    array[--size] = null;
    ((TAbstractList) (Object) this).modCount++;
    return old;
  }

  // The classlib's own method, declared so this patch compiles.
  public native void ensureCapacity(int minCapacity);

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
