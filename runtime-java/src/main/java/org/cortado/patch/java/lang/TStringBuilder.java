package org.cortado.patch.java.lang;

/** Patches java.lang.StringBuilder: Comparable since JDK 11 (the classlib lacks it). */
public final class TStringBuilder implements Comparable<StringBuilder> {
  @Override public int compareTo(StringBuilder another) {
    return TCharSequence.compareChars((StringBuilder) (Object) this, another);
  }
}
