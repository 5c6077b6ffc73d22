package org.cortado.runtime;

/** The string intern pool. Literals are interned by the emitter (one object per distinct literal). */
public final class Strings {
  private static String[] table = new String[64];
  private static int count;

  private Strings() {
  }

  /** Returns the canonical instance of {@code s}; string literals are registered first. */
  public static String intern(String s) {
    if (count == 0) {
      Wasm.registerLiterals();
    }
    int mask = table.length - 1;
    int i = s.hashCode() & mask;
    while (table[i] != null) {
      if (table[i].equals(s)) {
        return table[i];
      }
      i = (i + 1) & mask;
    }
    add(s);
    return s;
  }

  /** Adds a string known to be absent (used for literals, during registration). */
  public static void add(String s) {
    if (2 * (count + 1) > table.length) {
      String[] old = table;
      table = new String[old.length * 2];
      count = 0;
      for (String t : old) {
        if (t != null) {
          add(t);
        }
      }
    }
    int mask = table.length - 1;
    int i = s.hashCode() & mask;
    while (table[i] != null) {
      i = (i + 1) & mask;
    }
    table[i] = s;
    count++;
  }
}
