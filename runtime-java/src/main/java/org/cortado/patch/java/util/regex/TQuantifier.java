package org.cortado.patch.java.util.regex;

/** Declarations of java.util.regex.Quantifier's methods for the other regex patches; it changes nothing. */
class TQuantifier {
  public native int min();

  public native int max();
}
