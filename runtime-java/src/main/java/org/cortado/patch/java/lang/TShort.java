package org.cortado.patch.java.lang;

/** Patches java.lang.Short: parsing and decode go through Integer, with the JDK's range messages. */
public final class TShort {
  private TShort() {
  }

  public static short parseShort(String s) {
    return parseShort(s, 10);
  }

  public static short parseShort(String s, int radix) {
    int i = Integer.parseInt(s, radix);
    if (i < Short.MIN_VALUE || i > Short.MAX_VALUE) {
      throw new NumberFormatException("Value out of range. Value:\"" + s + "\" Radix:" + radix);
    }
    return (short) i;
  }

  public static Short valueOf(String s) {
    return Short.valueOf(parseShort(s, 10));
  }

  public static Short valueOf(String s, int radix) {
    return Short.valueOf(parseShort(s, radix));
  }

  public static Short decode(String nm) {
    int i = Integer.decode(nm);
    if (i < Short.MIN_VALUE || i > Short.MAX_VALUE) {
      throw new NumberFormatException("Value " + i + " out of range from input " + nm);
    }
    return Short.valueOf((short) i);
  }
}
