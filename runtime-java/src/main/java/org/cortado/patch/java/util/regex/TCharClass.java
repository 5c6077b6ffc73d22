package org.cortado.patch.java.util.regex;

/** Declarations of java.util.regex.CharClass's members for the other regex patches; it changes nothing. */
class TCharClass extends TAbstractCharClass {
  // Like every unmarked patch constructor these are not merged: the classlib's run.
  TCharClass() {
  }

  TCharClass(boolean caseInsensitive, boolean unicodeCase) {
  }

  public native TCharClass add(int ch);

  public native TCharClass add(int start, int end);
}
