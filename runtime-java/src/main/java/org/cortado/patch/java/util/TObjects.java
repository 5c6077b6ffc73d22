package org.cortado.patch.java.util;

import java.util.function.Supplier;

/** Patches java.util.Objects: the JDK's messages for null and index checks (the classlib's are empty). */
public final class TObjects {
  public static <T> T requireNonNull(T obj) {
    if (obj == null) {
      throw new NullPointerException();
    }
    return obj;
  }

  public static <T> T requireNonNullElse(T obj, T defaultObj) {
    return obj != null ? obj : requireNonNull(defaultObj, "defaultObj");
  }

  public static <T> T requireNonNullElseGet(T obj, Supplier<? extends T> supplier) {
    return obj != null ? obj : requireNonNull(requireNonNull(supplier, "supplier").get(), "supplier.get()");
  }

  private static native <T> T requireNonNull(T obj, String message);

  public static int checkIndex(int index, int length) {
    if (index < 0 || index >= length) {
      throw new IndexOutOfBoundsException("Index " + index + " out of bounds for length " + length);
    }
    return index;
  }

  public static long checkIndex(long index, long length) {
    if (index < 0 || index >= length) {
      throw new IndexOutOfBoundsException("Index " + index + " out of bounds for length " + length);
    }
    return index;
  }

  public static int checkFromToIndex(int fromIndex, int toIndex, int length) {
    if (fromIndex < 0 || fromIndex > toIndex || toIndex > length) {
      throw new IndexOutOfBoundsException("Range [" + fromIndex + ", " + toIndex + ") out of bounds for length " + length);
    }
    return fromIndex;
  }

  public static long checkFromToIndex(long fromIndex, long toIndex, long length) {
    if (fromIndex < 0 || fromIndex > toIndex || toIndex > length) {
      throw new IndexOutOfBoundsException("Range [" + fromIndex + ", " + toIndex + ") out of bounds for length " + length);
    }
    return fromIndex;
  }

  public static int checkFromIndexSize(int fromIndex, int size, int length) {
    if ((length | fromIndex | size) < 0 || size > length - fromIndex) {
      throw new IndexOutOfBoundsException("Range [" + fromIndex + ", " + fromIndex + " + " + size
          + ") out of bounds for length " + length);
    }
    return fromIndex;
  }

  public static long checkFromIndexSize(long fromIndex, long size, long length) {
    if ((length | fromIndex | size) < 0 || size > length - fromIndex) {
      throw new IndexOutOfBoundsException("Range [" + fromIndex + ", " + fromIndex + " + " + size
          + ") out of bounds for length " + length);
    }
    return fromIndex;
  }
}
