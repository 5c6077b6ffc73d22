package org.cortado.runtime;

/**
 * Integer parsing shared by the Integer, Long, Short and Byte patches, with the JDK's results and
 * exception messages (which differ between the String and CharSequence overloads).
 */
public final class Numbers {
  private Numbers() {
  }

  /** The value of a digit in a radix, or -1; ASCII is decoded here so that only other scripts need Character's tables. */
  public static int digit(char c, int radix) {
    int d;
    if (c >= '0' && c <= '9') {
      d = c - '0';
    } else if (c >= 'a' && c <= 'z') {
      d = c - 'a' + 10;
    } else if (c >= 'A' && c <= 'Z') {
      d = c - 'A' + 10;
    } else if (c < 0x80) {
      return -1;
    } else {
      return Character.digit(c, radix);
    }
    return d < radix ? d : -1;
  }

  public static void checkRadix(int radix) {
    if (radix < Character.MIN_RADIX) {
      throw new NumberFormatException("radix " + radix + " less than Character.MIN_RADIX");
    }
    if (radix > Character.MAX_RADIX) {
      throw new NumberFormatException("radix " + radix + " greater than Character.MAX_RADIX");
    }
  }

  public static NumberFormatException forInputString(String s, int radix) {
    return new NumberFormatException("For input string: \"" + s + "\"" + (radix == 10 ? "" : " under radix " + radix));
  }

  public static void checkRange(CharSequence s, int begin, int end) {
    if (s == null) {
      throw new NullPointerException();
    }
    if (begin < 0 || begin > end || end > s.length()) {
      throw new IndexOutOfBoundsException();
    }
  }

  /**
   * Parses {@code s} (must not be null) as a signed number in [min, -(min + 1)], as parseInt(String, int)
   * and parseLong(String, int) do.
   */
  public static long parse(String s, int radix, long min) {
    checkRadix(radix);
    long r = parseDigits(s, 0, s.length(), radix, min);
    if (errorIndex >= 0) {
      throw forInputString(s, radix);
    }
    return r;
  }

  /** Parses {@code s[begin, end)} as the CharSequence overloads of parseInt and parseLong do. */
  public static long parse(CharSequence s, int begin, int end, int radix, long min) {
    checkRange(s, begin, end);
    checkRadix(radix);
    if (begin == end) {
      // Integer's overload words this error like the String one; Long's leaves the message empty.
      throw min == Integer.MIN_VALUE ? forInputString("", radix) : new NumberFormatException("");
    }
    long r = parseDigits(s, begin, end, radix, min);
    if (errorIndex >= 0) {
      throw new NumberFormatException("Error at index " + (errorIndex - begin) + " in: \""
          + s.subSequence(begin, end) + "\"");
    }
    return r;
  }

  public static NumberFormatException minusOnUnsigned(CharSequence s) {
    return new NumberFormatException("Illegal leading minus sign on unsigned string " + s + ".");
  }

  /** Long.parseUnsignedLong(String, int): short inputs parse as signed; longer ones split off the last digit. */
  public static long parseUnsignedLong(String s, int radix) {
    if (s == null) {
      throw new NumberFormatException("Cannot parse null string");
    }
    int len = s.length();
    if (len == 0) {
      throw forInputString(s, radix);
    }
    if (s.charAt(0) == '-') {
      throw minusOnUnsigned(s);
    }
    if (len <= 12 || (radix == 10 && len <= 18)) {
      return parse(s, radix, Long.MIN_VALUE);
    }
    return unsignedTail(s, 0, len, radix, s);
  }

  /** Long.parseUnsignedLong(CharSequence, int, int, int); its messages quote the subsequence. */
  public static long parseUnsignedLong(CharSequence s, int begin, int end, int radix) {
    checkRange(s, begin, end);
    int len = end - begin;
    if (len == 0) {
      throw new NumberFormatException("");
    }
    if (s.charAt(begin) == '-') {
      throw minusOnUnsigned(s.subSequence(begin, end));
    }
    if (len <= 12 || (radix == 10 && len <= 18)) {
      return parse(s, begin, end, radix, Long.MIN_VALUE);
    }
    return unsignedTail(s, begin, end, radix, s.subSequence(begin, end));
  }

  /** All but the last digit as a signed long (errors as in the CharSequence overload), then the last one. */
  private static long unsignedTail(CharSequence s, int begin, int end, int radix, CharSequence quoted) {
    long first = parse(s, begin, end - 1, radix, Long.MIN_VALUE);
    int last = digit(s.charAt(end - 1), radix);
    if (last < 0) {
      throw new NumberFormatException("Bad digit at end of " + quoted);
    }
    if (Long.compareUnsigned(first, Long.divideUnsigned(-1L - last, radix)) > 0) {
      throw new NumberFormatException("String value " + quoted + " exceeds range of unsigned long.");
    }
    return first * radix + last;
  }

  /** Integer.decode and Long.decode: an optional sign, then 0x, 0X, # or 0 selects the radix. */
  public static long decode(String nm, long min) {
    if (nm.isEmpty()) {
      throw new NumberFormatException("Zero length string");
    }
    int index = 0;
    boolean negative = false;
    char first = nm.charAt(0);
    if (first == '-') {
      negative = true;
      index++;
    } else if (first == '+') {
      index++;
    }
    int radix = 10;
    if (nm.startsWith("0x", index) || nm.startsWith("0X", index)) {
      index += 2;
      radix = 16;
    } else if (nm.startsWith("#", index)) {
      index++;
      radix = 16;
    } else if (nm.startsWith("0", index) && nm.length() > 1 + index) {
      index++;
      radix = 8;
    }
    if (nm.startsWith("-", index) || nm.startsWith("+", index)) {
      throw new NumberFormatException("Sign character in wrong position");
    }
    String digits = nm.substring(index);
    try {
      long v = parse(digits, radix, min);
      return negative ? -v : v;
    } catch (NumberFormatException e) {
      // Like the JDK: retry with the sign attached (MIN_VALUE gets here), so errors quote that form.
      return parse(negative ? "-" + digits : digits, radix, min);
    }
  }

  private static final String DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz";

  /** Long.toString(long, int); like the JDK, a radix outside 2..36 means 10. */
  public static String toString(long v, int radix) {
    if (radix < Character.MIN_RADIX || radix > Character.MAX_RADIX) {
      radix = 10;
    }
    char[] buf = new char[65];
    int pos = buf.length;
    // Work on the negative magnitude: MIN_VALUE has no positive counterpart.
    long n = v < 0 ? v : -v;
    do {
      buf[--pos] = DIGITS.charAt((int) -(n % radix));
      n /= radix;
    } while (n != 0);
    if (v < 0) {
      buf[--pos] = '-';
    }
    return new String(buf, pos, buf.length - pos);
  }

  /** Long.toUnsignedString(long, int); a radix outside 2..36 means 10. */
  public static String toUnsignedString(long v, int radix) {
    if (v >= 0) {
      return toString(v, radix);
    }
    if (radix < Character.MIN_RADIX || radix > Character.MAX_RADIX) {
      radix = 10;
    }
    long q = Long.divideUnsigned(v, radix);
    return toString(q, radix) + DIGITS.charAt((int) (v - q * radix));
  }

  /** Where the last {@link #parseDigits} failed, or -1 (single-threaded, so a static will do). */
  private static int errorIndex;

  /**
   * Optional sign then digits, accumulated negatively so that min itself is reachable. Fails at the
   * first character that is not a digit or that takes the value out of range: that position is the
   * error index the JDK reports.
   */
  private static long parseDigits(CharSequence s, int begin, int end, int radix, long min) {
    errorIndex = -1;
    int i = begin;
    boolean negative = false;
    long limit = min + 1;
    if (i < end) {
      char first = s.charAt(i);
      if (first < '0') {
        if (first == '-') {
          negative = true;
          limit = min;
        } else if (first != '+') {
          return fail(i);
        }
        i++;
      }
    }
    if (i >= end) {
      return fail(i);
    }
    long multmin = limit / radix;
    long result = 0;
    for (; i < end; i++) {
      int d = digit(s.charAt(i), radix);
      if (d < 0 || result < multmin) {
        return fail(i);
      }
      result *= radix;
      if (result < limit + d) {
        return fail(i);
      }
      result -= d;
    }
    return negative ? result : -result;
  }

  private static long fail(int index) {
    errorIndex = index;
    return 0;
  }
}
