package org.cortado.patch.java.util.regex;

/** Holds the patches of AbstractCharClass's nested classes; AbstractCharClass itself is unchanged. */
abstract class TAbstractCharClass {
  /** \p{Punct} is ASCII punctuation as in the JDK (the classlib included the digits). */
  static class LazyPunct {
    protected TAbstractCharClass computeValue() {
      return new TCharClass().add(0x21, 0x2F).add(0x3A, 0x40).add(0x5B, 0x60).add(0x7B, 0x7E);
    }
  }
}
