package org.cortado.patch.java.lang;

/** Adds JDK 11's Comparable to java.lang.StringBuilder. */
final class TStringBuilder implements Comparable<TStringBuilder> {
  public int compareTo(TStringBuilder other) {
    return ((TAbstractStringBuilder) (Object) this).compareTo((TAbstractStringBuilder) (Object) other);
  }
}
