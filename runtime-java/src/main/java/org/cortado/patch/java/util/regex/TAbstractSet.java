package org.cortado.patch.java.util.regex;

/** Declarations of java.util.regex.AbstractSet's methods for the other regex patches; it changes nothing. */
abstract class TAbstractSet {
  public native int matches(int stringIndex, CharSequence testString, TMatchResultImpl matchResult);

  public native boolean hasConsumed(TMatchResultImpl matchResult);

  public native void setNext(TAbstractSet next);

  public native int find(int stringIndex, CharSequence testString, TMatchResultImpl matchResult);

  public native int findBack(int stringIndex, int lastIndex, CharSequence testString, TMatchResultImpl matchResult);
}
