package org.cortado.patch.java.lang;

import org.cortado.runtime.Numbers;

/** Patches java.lang.Long: the JDK's valueOf cache, parsing and decode with the JDK's messages, unsigned parsing. */
public final class TLong {
  /** Boxes for -128..127; created on first use because patch initialisers do not run. */
  private static Long[] cortadoCache;

  private TLong() {
  }

  public static Long valueOf(long l) {
    if (l < -128 || l > 127) {
      return new Long(l);
    }
    if (cortadoCache == null) {
      Long[] cache = new Long[256];
      for (int i = 0; i < cache.length; i++) {
        cache[i] = new Long(i - 128);
      }
      cortadoCache = cache;
    }
    return cortadoCache[(int) l + 128];
  }

  public static int hashCode(long value) {
    return (int) (value ^ (value >>> 32));
  }

  public static String toString(long i, int radix) {
    return Numbers.toString(i, radix);
  }

  public static String toUnsignedString(long i, int radix) {
    return Numbers.toUnsignedString(i, radix);
  }

  public static long parseLong(String s) {
    return parseLong(s, 10);
  }

  public static long parseLong(String s, int radix) {
    if (s == null) {
      throw new NumberFormatException("Cannot parse null string");
    }
    return Numbers.parse(s, radix, Long.MIN_VALUE);
  }

  public static long parseLong(CharSequence s, int beginIndex, int endIndex, int radix) {
    return Numbers.parse(s, beginIndex, endIndex, radix, Long.MIN_VALUE);
  }

  public static long parseUnsignedLong(String s) {
    return Numbers.parseUnsignedLong(s, 10);
  }

  public static long parseUnsignedLong(String s, int radix) {
    return Numbers.parseUnsignedLong(s, radix);
  }

  public static long parseUnsignedLong(CharSequence s, int beginIndex, int endIndex, int radix) {
    return Numbers.parseUnsignedLong(s, beginIndex, endIndex, radix);
  }

  public static Long valueOf(String s) {
    return valueOf(parseLong(s, 10));
  }

  public static Long valueOf(String s, int radix) {
    return valueOf(parseLong(s, radix));
  }

  public static Long decode(String nm) {
    return valueOf(Numbers.decode(nm, Long.MIN_VALUE));
  }
}
