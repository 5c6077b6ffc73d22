package org.cortado.patch.java.lang;

/** Patches java.lang.StringBuffer: Comparable since JDK 11 (the classlib lacks it). */
public final class TStringBuffer implements Comparable<StringBuffer> {
  @Override public synchronized int compareTo(StringBuffer another) {
    return TCharSequence.compareChars((StringBuffer) (Object) this, another);
  }
}
