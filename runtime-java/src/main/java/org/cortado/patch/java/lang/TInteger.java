package org.cortado.patch.java.lang;

import org.cortado.runtime.Numbers;

/** Patches java.lang.Integer: parsing and decode with the JDK's results and messages, unsigned parsing. */
public final class TInteger {
  private TInteger() {
  }

  public static String toString(int i, int radix) {
    return Numbers.toString(i, radix);
  }

  public static String toUnsignedString(int i, int radix) {
    return Numbers.toString(i & 0xffffffffL, radix);
  }

  public static int parseInt(String s) {
    return parseInt(s, 10);
  }

  public static int parseInt(String s, int radix) {
    if (s == null) {
      throw new NumberFormatException("Cannot parse null string");
    }
    return (int) Numbers.parse(s, radix, Integer.MIN_VALUE);
  }

  public static int parseInt(CharSequence s, int beginIndex, int endIndex, int radix) {
    return (int) Numbers.parse(s, beginIndex, endIndex, radix, Integer.MIN_VALUE);
  }

  public static int parseUnsignedInt(String s) {
    return parseUnsignedInt(s, 10);
  }

  public static int parseUnsignedInt(String s, int radix) {
    if (s == null) {
      throw new NumberFormatException("Cannot parse null string");
    }
    if (s.isEmpty()) {
      throw Numbers.forInputString(s, radix);
    }
    if (s.charAt(0) == '-') {
      throw Numbers.minusOnUnsigned(s);
    }
    return unsignedInt(Long.parseLong(s, radix), s);
  }

  public static int parseUnsignedInt(CharSequence s, int beginIndex, int endIndex, int radix) {
    Numbers.checkRange(s, beginIndex, endIndex);
    if (beginIndex == endIndex) {
      throw new NumberFormatException("");
    }
    if (s.charAt(beginIndex) == '-') {
      // The JDK quotes the whole sequence here, unlike Long.parseUnsignedLong.
      throw Numbers.minusOnUnsigned(s);
    }
    return unsignedInt(Long.parseLong(s, beginIndex, endIndex, radix), s);
  }

  private static int unsignedInt(long value, CharSequence s) {
    if ((value >>> 32) != 0) {
      throw new NumberFormatException("String value " + s + " exceeds range of unsigned int.");
    }
    return (int) value;
  }

  public static Integer valueOf(String s) {
    return Integer.valueOf(parseInt(s, 10));
  }

  public static Integer valueOf(String s, int radix) {
    return Integer.valueOf(parseInt(s, radix));
  }

  public static Integer decode(String nm) {
    return Integer.valueOf((int) Numbers.decode(nm, Integer.MIN_VALUE));
  }
}
