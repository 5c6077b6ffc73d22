package org.cortado.patch.java.util.regex;

/** Declarations of java.util.regex.CharClass's methods for the other regex patches; it changes nothing. */
class TCharClass extends TAbstractCharClass {
  public native TCharClass add(int start, int end);
}
