package org.cortado.patch.java.lang;

/** Patches java.lang.CharSequence: the JDK 11 compare and JDK 15 isEmpty (abstract in the classlib). */
public interface TCharSequence {
  int length();

  default boolean isEmpty() {
    return length() == 0;
  }

  /** Like the JDK: identical and same-class Comparable arguments short-cut, otherwise chars are compared. */
  @SuppressWarnings("unchecked")
  static int compare(CharSequence cs1, CharSequence cs2) {
    if (cs1 == null || cs2 == null) {
      throw new NullPointerException();
    }
    if (cs1 == cs2) {
      return 0;
    }
    if (cs1.getClass() == cs2.getClass() && cs1 instanceof Comparable) {
      return ((Comparable<Object>) cs1).compareTo(cs2);
    }
    return compareChars(cs1, cs2);
  }

  /** The first differing chars' difference, or the difference of the lengths. */
  static int compareChars(CharSequence a, CharSequence b) {
    int n = Math.min(a.length(), b.length());
    for (int i = 0; i < n; i++) {
      char x = a.charAt(i);
      char y = b.charAt(i);
      if (x != y) {
        return x - y;
      }
    }
    return a.length() - b.length();
  }
}
