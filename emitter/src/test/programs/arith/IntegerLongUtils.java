import java.util.function.Supplier;

/** The static utilities of Integer, Long, Short and Byte over many values, including every error message. */
public class IntegerLongUtils {
  static int[] ints = {0, 1, -1, 2, 7, 10, 15, 16, 100, 255, 256, 1000, 12345, -12345, 65535, 65536, 0x7fff, -0x8000,
      0x12345678, 0x80000000, 0x7fffffff, 0x80000001, 0xdeadbeef, 0x0f0f0f0f, 0xf0000000, 1 << 20, -(1 << 20), 999999999};
  static long[] longs = {0L, 1L, -1L, 2L, 10L, 255L, 4294967295L, 4294967296L, -4294967296L, 0x7fffffffL, 0x80000000L,
      Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1, 0x123456789abcdef0L, 0xfedcba9876543210L, 1000000000000L,
      -999999999999999999L, 1L << 40, 0x00ff00ff00ff00ffL, 9007199254740993L};
  static int[] radixes = {2, 3, 7, 8, 10, 16, 20, 36, 1, 37, -5};

  static void show(String label, Supplier<Object> s) {
    try {
      System.out.println(label + " = " + s.get());
    } catch (RuntimeException e) {
      System.out.println(label + " -> " + e.getClass().getName() + ": " + e.getMessage());
    }
  }

  public static void main(String[] args) {
    integerToString();
    integerBits();
    integerParse();
    longToString();
    longBits();
    longParse();
    shortsAndBytes();
    boxing();
  }

  static void integerToString() {
    for (int v : ints) {
      StringBuilder sb = new StringBuilder("int " + v + ":");
      for (int r : radixes) {
        sb.append(' ').append(Integer.toString(v, r));
      }
      sb.append(" | hex ").append(Integer.toHexString(v)).append(" oct ").append(Integer.toOctalString(v))
          .append(" bin ").append(Integer.toBinaryString(v));
      sb.append(" | u ").append(Integer.toUnsignedString(v)).append(' ').append(Integer.toUnsignedString(v, 16))
          .append(' ').append(Integer.toUnsignedString(v, 36)).append(' ').append(Integer.toUnsignedString(v, 99))
          .append(' ').append(Integer.toUnsignedLong(v));
      System.out.println(sb);
    }
    System.out.println("Integer.toString(MIN) = " + Integer.toString(Integer.MIN_VALUE) + ", valueOf(MIN).toString() = "
        + Integer.valueOf(Integer.MIN_VALUE));
    System.out.println("String.valueOf(-42) = " + String.valueOf(-42) + ", \"\" + MAX = " + Integer.MAX_VALUE);
  }

  static void integerBits() {
    for (int v : ints) {
      System.out.println("bits " + Integer.toHexString(v) + ": hob " + Integer.toHexString(Integer.highestOneBit(v))
          + " lob " + Integer.toHexString(Integer.lowestOneBit(v)) + " nlz " + Integer.numberOfLeadingZeros(v)
          + " ntz " + Integer.numberOfTrailingZeros(v) + " pop " + Integer.bitCount(v)
          + " rev " + Integer.toHexString(Integer.reverse(v)) + " revb " + Integer.toHexString(Integer.reverseBytes(v))
          + " rol5 " + Integer.toHexString(Integer.rotateLeft(v, 5)) + " ror5 " + Integer.toHexString(Integer.rotateRight(v, 5))
          + " rol-3 " + Integer.toHexString(Integer.rotateLeft(v, -3)) + " ror33 " + Integer.toHexString(Integer.rotateRight(v, 33))
          + " sig " + Integer.signum(v) + " hash " + Integer.hashCode(v) + " " + Integer.valueOf(v).hashCode());
    }
    int a = ints[ints.length - 3];
    for (int b : ints) {
      if (b == 0) {
        continue;
      }
      System.out.println("cmp " + a + " " + b + ": " + Integer.compare(a, b) + " " + Integer.compareUnsigned(a, b) + " "
          + Integer.divideUnsigned(a, b) + " " + Integer.remainderUnsigned(a, b) + " " + Integer.divideUnsigned(b, 3) + " "
          + Integer.remainderUnsigned(b, 7) + " sum " + Integer.sum(a, b) + " max " + Integer.max(a, b) + " min " + Integer.min(a, b)
          + " cmpTo " + Integer.valueOf(b).compareTo(a) + " eq " + Integer.valueOf(b).equals(b) + " " + Integer.valueOf(b).equals((long) b));
    }
    show("divideUnsigned(1, 0)", () -> Integer.divideUnsigned(1, 0));
    show("remainderUnsigned(1, 0)", () -> Integer.remainderUnsigned(1, 0));
    System.out.println("SIZE " + Integer.SIZE + " BYTES " + Integer.BYTES + " MIN " + Integer.MIN_VALUE + " MAX " + Integer.MAX_VALUE);
  }

  static void integerParse() {
    String[] inputs = {"0", "-0", "+0", "42", "-42", "+42", "0042", "2147483647", "-2147483648", "2147483648",
        "-2147483649", "4294967295", "4294967296", "", "-", "+", "+-1", "12a", " 1", "1 ", "1_000", "0x10", "ff",
        "FF", "-ff", "7fffffff", "80000000", "zz", "ZZ", "1010", "777", "99999999999", "00000000000000000000012"};
    int[] rs = {10, 16, 2, 36, 8};
    for (String s : inputs) {
      StringBuilder sb = new StringBuilder("parse \"" + s + "\":");
      for (int r : rs) {
        sb.append(' ').append(r).append('=');
        try {
          sb.append(Integer.parseInt(s, r));
        } catch (NumberFormatException e) {
          sb.append("NFE(").append(e.getMessage()).append(')');
        }
        sb.append(" u=");
        try {
          sb.append(Integer.parseUnsignedInt(s, r));
        } catch (NumberFormatException e) {
          sb.append("NFE(").append(e.getMessage()).append(')');
        }
      }
      System.out.println(sb);
    }
    show("parseInt(null)", () -> Integer.parseInt(null));
    show("parseInt(\"1\", 1)", () -> Integer.parseInt("1", 1));
    show("parseInt(\"1\", 37)", () -> Integer.parseInt("1", 37));
    show("parseUnsignedInt(null)", () -> Integer.parseUnsignedInt(null));
    show("parseUnsignedInt(\"-1\")", () -> Integer.parseUnsignedInt("-1"));
    show("parseUnsignedInt(\"-0\")", () -> Integer.parseUnsignedInt("-0"));
    show("parseUnsignedInt(\"+4294967295\")", () -> Integer.parseUnsignedInt("+4294967295"));
    show("parseUnsignedInt(\"1\", 40)", () -> Integer.parseUnsignedInt("1", 40));
    show("parseInt(cs, 2, 5, 10)", () -> Integer.parseInt("ab-12cd", 2, 5, 10));
    show("parseInt(cs, 1, 3, 16)", () -> Integer.parseInt("xffy", 1, 3, 16));
    show("parseInt(cs, 0, 0, 10)", () -> Integer.parseInt("123", 0, 0, 10));
    show("parseInt(cs, 2, 1, 10)", () -> Integer.parseInt("123", 2, 1, 10));
    show("parseInt(cs, 0, 9, 10)", () -> Integer.parseInt("123", 0, 9, 10));
    show("parseInt(cs, 0, 3, 10) bad", () -> Integer.parseInt("1x3", 0, 3, 10));
    show("parseInt(cs, 0, 1, 10) sign", () -> Integer.parseInt("-x", 0, 1, 10));
    show("parseInt(cs, 0, 3, 99)", () -> Integer.parseInt("123", 0, 3, 99));
    show("parseInt(null cs, 0, 3, 10)", () -> Integer.parseInt((CharSequence) null, 0, 3, 10));
    show("parseUnsignedInt(cs, 1, 11, 10)", () -> Integer.parseUnsignedInt("x4294967295", 1, 11, 10));
    show("parseUnsignedInt(cs, 0, 2, 10) bad", () -> Integer.parseUnsignedInt("-5", 0, 2, 10));
    show("parseUnsignedInt(cs, 0, 10, 10) big", () -> Integer.parseUnsignedInt("4294967296", 0, 10, 10));
    show("parseUnsignedInt(cs, 1, 3, 10) minus", () -> Integer.parseUnsignedInt("x-5", 1, 3, 10));
    show("parseUnsignedInt(cs, 1, 11, 10) big", () -> Integer.parseUnsignedInt("x4294967296y", 1, 11, 10));
    show("parseUnsignedInt(\"\", 99)", () -> Integer.parseUnsignedInt("", 99));
    show("parseUnsignedInt(cs, 1, 1, 99)", () -> Integer.parseUnsignedInt("x", 1, 1, 99));
    show("parseInt(cs, 1, 1, 99)", () -> Integer.parseInt("x", 1, 1, 99));
    show("parseInt(cs, 0, 1, 10) plus", () -> Integer.parseInt("+", 0, 1, 10));
    show("parseInt(Arabic-Indic digits)", () -> Integer.parseInt("-\u0661\u0662\u0663"));
    show("parseUnsignedInt(fullwidth digits, 16)", () -> Integer.parseUnsignedInt("\uff11\uff21", 16));
    show("parseLong(Devanagari digits)", () -> Long.parseLong("\u0967\u0966\u0966"));
    show("parseInt(StringBuilder)", () -> Integer.parseInt(new StringBuilder("--77"), 1, 4, 10));
    String[] decodes = {"0", "-0", "010", "-010", "0x1F", "0X1f", "#ff", "-#ff", "+0x10", "0x", "#", "-", "",
        "08", "0x80000000", "-0x80000000", "2147483648", "-2147483648", "--1", "0x-1", "+-5", " 5", "00"};
    for (String s : decodes) {
      show("Integer.decode(\"" + s + "\")", () -> Integer.decode(s));
    }
    show("Integer.valueOf(\"-1f\", 16)", () -> Integer.valueOf("-1f", 16));
    show("Integer.valueOf(\"77\")", () -> Integer.valueOf("77"));
    show("Integer.valueOf(\"x\")", () -> Integer.valueOf("x"));
  }

  static void longToString() {
    for (long v : longs) {
      StringBuilder sb = new StringBuilder("long " + v + ":");
      for (int r : radixes) {
        sb.append(' ').append(Long.toString(v, r));
      }
      sb.append(" | hex ").append(Long.toHexString(v)).append(" oct ").append(Long.toOctalString(v))
          .append(" bin ").append(Long.toBinaryString(v));
      sb.append(" | u ").append(Long.toUnsignedString(v)).append(' ').append(Long.toUnsignedString(v, 16))
          .append(' ').append(Long.toUnsignedString(v, 36)).append(' ').append(Long.toUnsignedString(v, 7))
          .append(' ').append(Long.toUnsignedString(v, 0));
      System.out.println(sb);
    }
  }

  static void longBits() {
    for (long v : longs) {
      System.out.println("lbits " + Long.toHexString(v) + ": hob " + Long.toHexString(Long.highestOneBit(v))
          + " lob " + Long.toHexString(Long.lowestOneBit(v)) + " nlz " + Long.numberOfLeadingZeros(v)
          + " ntz " + Long.numberOfTrailingZeros(v) + " pop " + Long.bitCount(v)
          + " rev " + Long.toHexString(Long.reverse(v)) + " revb " + Long.toHexString(Long.reverseBytes(v))
          + " rol7 " + Long.toHexString(Long.rotateLeft(v, 7)) + " ror7 " + Long.toHexString(Long.rotateRight(v, 7))
          + " rol-1 " + Long.toHexString(Long.rotateLeft(v, -1)) + " ror65 " + Long.toHexString(Long.rotateRight(v, 65))
          + " sig " + Long.signum(v) + " hash " + Long.hashCode(v) + " " + Long.valueOf(v).hashCode());
    }
    long a = 0x123456789abcdef0L;
    for (long b : longs) {
      if (b == 0) {
        continue;
      }
      System.out.println("lcmp " + b + ": " + Long.compare(a, b) + " " + Long.compareUnsigned(a, b) + " "
          + Long.divideUnsigned(a, b) + " " + Long.remainderUnsigned(a, b) + " " + Long.divideUnsigned(b, 10) + " "
          + Long.remainderUnsigned(b, 10) + " " + Long.divideUnsigned(b, -3) + " sum " + Long.sum(a, b)
          + " max " + Long.max(a, b) + " min " + Long.min(a, b) + " cmpTo " + Long.valueOf(b).compareTo(a)
          + " eq " + Long.valueOf(b).equals(b) + " " + Long.valueOf(b).equals((int) b));
    }
    show("Long.divideUnsigned(1, 0)", () -> Long.divideUnsigned(1, 0));
    show("Long.remainderUnsigned(1, 0)", () -> Long.remainderUnsigned(1, 0));
    System.out.println("SIZE " + Long.SIZE + " BYTES " + Long.BYTES + " MIN " + Long.MIN_VALUE + " MAX " + Long.MAX_VALUE);
  }

  static void longParse() {
    String[] inputs = {"0", "-0", "42", "-42", "+42", "9223372036854775807", "-9223372036854775808",
        "9223372036854775808", "-9223372036854775809", "18446744073709551615", "18446744073709551616", "", "-", "+",
        "12L", "7fffffffffffffff", "8000000000000000", "ffffffffffffffff", "10000000000000000", "zzzzzzzzzzzz",
        "3w5e11264sgsf", "3w5e11264sgsg", "1y2p0ij32e8e7", "-1y2p0ij32e8e8"};
    int[] rs = {10, 16, 36};
    for (String s : inputs) {
      StringBuilder sb = new StringBuilder("lparse \"" + s + "\":");
      for (int r : rs) {
        sb.append(' ').append(r).append('=');
        try {
          sb.append(Long.parseLong(s, r));
        } catch (NumberFormatException e) {
          sb.append("NFE(").append(e.getMessage()).append(')');
        }
        sb.append(" u=");
        try {
          sb.append(Long.parseUnsignedLong(s, r));
        } catch (NumberFormatException e) {
          sb.append("NFE(").append(e.getMessage()).append(')');
        }
      }
      System.out.println(sb);
    }
    show("parseLong(null)", () -> Long.parseLong(null));
    show("parseLong(\"1\", 0)", () -> Long.parseLong("1", 0));
    show("parseUnsignedLong(null)", () -> Long.parseUnsignedLong(null));
    show("parseUnsignedLong(\"-1\")", () -> Long.parseUnsignedLong("-1"));
    show("parseUnsignedLong(\"1\", 99)", () -> Long.parseUnsignedLong("1", 99));
    show("parseLong(cs, 1, 4, 10)", () -> Long.parseLong("x-99x", 1, 4, 10));
    show("parseLong(cs, 1, 9, 10)", () -> Long.parseLong("x-99x", 1, 9, 10));
    show("parseUnsignedLong(cs, 0, 3, 16)", () -> Long.parseUnsignedLong("fffz", 0, 3, 16));
    show("parseUnsignedLong(cs, 0, 4, 16)", () -> Long.parseUnsignedLong("fffz", 0, 4, 16));
    show("parseUnsignedLong(cs, 1, 3, 10) minus", () -> Long.parseUnsignedLong("x-5", 1, 3, 10));
    show("parseUnsignedLong(cs, 1, 21, 10) big", () -> Long.parseUnsignedLong("x18446744073709551616y", 1, 21, 10));
    show("parseUnsignedLong(cs, 1, 17, 16) bad end", () -> Long.parseUnsignedLong("xfffffffffffffffzy", 1, 17, 16));
    show("parseUnsignedLong(\"fffffffffffffffz\", 16)", () -> Long.parseUnsignedLong("fffffffffffffffz", 16));
    show("parseUnsignedLong(23 digits)", () -> Long.parseUnsignedLong("12345678901234567890123", 10));
    show("parseLong(cs, 0, 0, 10)", () -> Long.parseLong("", 0, 0, 10));
    show("toString with bad radixes", () -> Integer.toString(255, 99) + " " + Long.toString(255, 1) + " "
        + Integer.toUnsignedString(-1, 0) + " " + Long.toUnsignedString(-1, 40));
    String[] decodes = {"0", "-0", "0777", "0x7fffffffffffffff", "-0x8000000000000000", "0x8000000000000000", "#F",
        "-#", "0x", "+", "9223372036854775808", "-9223372036854775808"};
    for (String s : decodes) {
      show("Long.decode(\"" + s + "\")", () -> Long.decode(s));
    }
    show("Long.valueOf(\"-zz\", 36)", () -> Long.valueOf("-zz", 36));
    show("Long.valueOf(\"1e3\")", () -> Long.valueOf("1e3"));
  }

  static void shortsAndBytes() {
    short[] shorts = {0, 1, -1, 127, -128, 255, 32767, -32768, 0x1234, (short) 0xabcd};
    for (short v : shorts) {
      System.out.println("short " + v + ": " + Short.toString(v) + " u " + Short.toUnsignedInt(v) + " " + Short.toUnsignedLong(v)
          + " revb " + Short.reverseBytes(v) + " hash " + Short.hashCode(v) + " cmp " + Short.compare(v, (short) 100)
          + " cmpU " + Short.compareUnsigned(v, (short) 100) + " valueOf " + Short.valueOf(v) + " i " + Short.valueOf(v).intValue()
          + " d " + Short.valueOf(v).doubleValue() + " b " + Short.valueOf(v).byteValue());
    }
    byte[] bytes = {0, 1, -1, 127, -128, 0x55, (byte) 0xaa};
    for (byte v : bytes) {
      System.out.println("byte " + v + ": " + Byte.toString(v) + " u " + Byte.toUnsignedInt(v) + " " + Byte.toUnsignedLong(v)
          + " hash " + Byte.hashCode(v) + " cmp " + Byte.compare(v, (byte) 1) + " cmpU " + Byte.compareUnsigned(v, (byte) 1)
          + " valueOf " + Byte.valueOf(v) + " s " + Byte.valueOf(v).shortValue() + " f " + Byte.valueOf(v).floatValue());
    }
    String[] inputs = {"0", "-1", "127", "128", "-128", "-129", "255", "32767", "32768", "-32768", "-32769", "7f", "-80",
        "x", "", "+12"};
    for (String s : inputs) {
      show("parseShort(\"" + s + "\")", () -> Short.parseShort(s));
      show("parseShort(\"" + s + "\", 16)", () -> Short.parseShort(s, 16));
      show("parseByte(\"" + s + "\")", () -> Byte.parseByte(s));
      show("parseByte(\"" + s + "\", 16)", () -> Byte.parseByte(s, 16));
    }
    String[] decodes = {"0x7f", "0x80", "-0x80", "#7FFF", "0100", "-0", "0x8000", "-32768", "abc"};
    for (String s : decodes) {
      show("Short.decode(\"" + s + "\")", () -> Short.decode(s));
      show("Byte.decode(\"" + s + "\")", () -> Byte.decode(s));
    }
    show("Short.valueOf(\"-7\", 8)", () -> Short.valueOf("-7", 8));
    show("Byte.valueOf(\"z\", 36)", () -> Byte.valueOf("z", 36));
    show("Byte.valueOf(\"zz\", 36)", () -> Byte.valueOf("zz", 36));
    System.out.println("Short SIZE " + Short.SIZE + " BYTES " + Short.BYTES + " Byte SIZE " + Byte.SIZE + " BYTES " + Byte.BYTES);
  }

  static boolean same(Object a, Object b) {
    return a == b;
  }

  static void boxing() {
    int[] cands = {-129, -128, -1, 0, 1, 100, 127, 128, 1000};
    for (int i : cands) {
      System.out.println("cache " + i + ": Integer " + same(Integer.valueOf(i), Integer.valueOf(i))
          + " Long " + same(Long.valueOf(i), Long.valueOf(i)) + " Short " + same(Short.valueOf((short) i), Short.valueOf((short) i))
          + " Byte " + same(Byte.valueOf((byte) i), Byte.valueOf((byte) i))
          + " Character " + same(Character.valueOf((char) i), Character.valueOf((char) i))
          + " autobox " + same((Integer) i, (Integer) i) + " " + same((Long) (long) i, (Long) (long) i));
    }
    System.out.println("Boolean " + same(Boolean.valueOf(true), Boolean.TRUE) + " " + same(Boolean.valueOf("TRUE"), Boolean.TRUE)
        + " " + Boolean.valueOf("yes") + " " + Boolean.parseBoolean(null) + " " + Boolean.logicalXor(true, false)
        + " " + Boolean.hashCode(true) + " " + Boolean.hashCode(false) + " " + Boolean.compare(true, false)
        + " " + Boolean.toString(false));
    Long l1 = 5L;
    Integer i1 = 5;
    System.out.println("equals across types: " + l1.equals(5) + " " + i1.equals(5L) + " " + l1.equals(5L) + " "
        + Short.valueOf((short) 5).equals((byte) 5) + " " + Byte.valueOf((byte) 5).equals((byte) 5));
    System.out.println("Number views: " + Long.valueOf(Long.MAX_VALUE).intValue() + " " + Long.valueOf(Long.MAX_VALUE).floatValue()
        + " " + Integer.valueOf(-1).longValue() + " " + Integer.valueOf(300).byteValue() + " " + Integer.valueOf(70000).shortValue());
  }
}
