package org.cortado.patch.java.lang;

/** Adds JDK 11's Comparable to java.lang.StringBuffer. */
final class TStringBuffer implements Comparable<TStringBuffer> {
  public int compareTo(TStringBuffer other) {
    return ((TAbstractStringBuilder) (Object) this).compareTo((TAbstractStringBuilder) (Object) other);
  }
}
