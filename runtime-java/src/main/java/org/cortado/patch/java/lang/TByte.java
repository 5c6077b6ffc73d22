package org.cortado.patch.java.lang;

/** Patches java.lang.Byte: parsing and decode go through Integer, with the JDK's range messages. */
public final class TByte {
  private TByte() {
  }

  public static byte parseByte(String s) {
    return parseByte(s, 10);
  }

  public static byte parseByte(String s, int radix) {
    int i = Integer.parseInt(s, radix);
    if (i < Byte.MIN_VALUE || i > Byte.MAX_VALUE) {
      throw new NumberFormatException("Value out of range. Value:\"" + s + "\" Radix:" + radix);
    }
    return (byte) i;
  }

  public static Byte valueOf(String s) {
    return Byte.valueOf(parseByte(s, 10));
  }

  public static Byte valueOf(String s, int radix) {
    return Byte.valueOf(parseByte(s, radix));
  }

  public static Byte decode(String nm) {
    int i = Integer.decode(nm);
    if (i < Byte.MIN_VALUE || i > Byte.MAX_VALUE) {
      throw new NumberFormatException("Value " + i + " out of range from input " + nm);
    }
    return Byte.valueOf((byte) i);
  }
}
