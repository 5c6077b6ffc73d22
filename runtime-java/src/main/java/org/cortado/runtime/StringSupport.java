package org.cortado.runtime;

/**
 * Bounds checks with JDK 17's exception messages, and char-array searches, shared by the String
 * and AbstractStringBuilder patches.
 */
public final class StringSupport {
  private StringSupport() {
  }

  /** "index I, length L" (String.codePointAt, the builders' charAt/setCharAt/deleteCharAt). */
  public static void checkIndex(int index, int length) {
    if (index < 0 || index >= length) {
      throw new StringIndexOutOfBoundsException("index " + index + ", length " + length);
    }
  }

  /** "offset O, length L" (the builders' insert). */
  public static void checkOffset(int offset, int length) {
    if (offset < 0 || offset > length) {
      throw new StringIndexOutOfBoundsException("offset " + offset + ", length " + length);
    }
  }

  /** "begin B, end E, length L" (String.substring, getChars). */
  public static void checkBeginEnd(int begin, int end, int length) {
    if (begin < 0 || begin > end || end > length) {
      throw new StringIndexOutOfBoundsException("begin " + begin + ", end " + end + ", length " + length);
    }
  }

  /** "offset O, count C, length L" (String constructors and valueOf over arrays). */
  public static void checkOffsetCount(int offset, int count, int length) {
    if (offset < 0 || count < 0 || offset > length - count) {
      throw new StringIndexOutOfBoundsException("offset " + offset + ", count " + count + ", length " + length);
    }
  }

  /** "start S, end E, length L" as a StringIndexOutOfBoundsException (builder substring, delete, replace). */
  public static void checkStartEndString(int start, int end, int length) {
    if (start < 0 || start > end || end > length) {
      throw new StringIndexOutOfBoundsException("start " + start + ", end " + end + ", length " + length);
    }
  }

  /** "start S, end E, length L" as a plain IndexOutOfBoundsException (ranges of the argument of append). */
  public static void checkStartEnd(int start, int end, int length) {
    if (start < 0 || start > end || end > length) {
      throw new IndexOutOfBoundsException("start " + start + ", end " + end + ", length " + length);
    }
  }

  /** Character.toChars's message for an invalid code point, e.g. "0x110000". */
  public static IllegalArgumentException invalidCodePoint(int cp) {
    StringBuilder hex = new StringBuilder();
    for (int shift = 28; shift >= 0; shift -= 4) {
      int digit = (cp >>> shift) & 15;
      if (digit != 0 || hex.length() > 0 || shift == 0) {
        hex.append((char) (digit < 10 ? '0' + digit : 'A' + digit - 10));
      }
    }
    return new IllegalArgumentException("Not a valid Unicode code point: 0x" + hex);
  }

  public static boolean isHigh(char c) {
    return c >= '\uD800' && c <= '\uDBFF';
  }

  public static boolean isLow(char c) {
    return c >= '\uDC00' && c <= '\uDFFF';
  }

  /** The code point at {@code index} (in range), pairing with the next char only below {@code limit}. */
  public static int codePointAt(char[] a, int index, int limit) {
    char c = a[index];
    if (isHigh(c) && index + 1 < limit && isLow(a[index + 1])) {
      return ((c - 0xD800) << 10) + (a[index + 1] - 0xDC00) + 0x10000;
    }
    return c;
  }

  /** The code point ending just before {@code index} (in range 1..length). */
  public static int codePointBefore(char[] a, int index) {
    char c = a[index - 1];
    if (isLow(c) && index >= 2 && isHigh(a[index - 2])) {
      return ((a[index - 2] - 0xD800) << 10) + (c - 0xDC00) + 0x10000;
    }
    return c;
  }

  /** Code points in a[begin, end) (range already checked); unpaired surrogates count one each. */
  public static int codePointCount(char[] a, int begin, int end) {
    int n = end - begin;
    for (int i = begin; i < end - 1; i++) {
      if (isHigh(a[i]) && isLow(a[i + 1])) {
        n--;
        i++;
      }
    }
    return n;
  }

  /** Character.offsetByCodePoints over a[0, length), index already checked. */
  public static int offsetByCodePoints(char[] a, int length, int index, int offset) {
    int x = index;
    if (offset >= 0) {
      int i = 0;
      for (; x < length && i < offset; i++) {
        if (isHigh(a[x++]) && x < length && isLow(a[x])) {
          x++;
        }
      }
      if (i < offset) {
        throw new IndexOutOfBoundsException();
      }
    } else {
      int i = offset;
      for (; x > 0 && i < 0; i++) {
        if (isLow(a[--x]) && x > 0 && isHigh(a[x - 1])) {
          x--;
        }
      }
      if (i < 0) {
        throw new IndexOutOfBoundsException();
      }
    }
    return x;
  }

  /** String.indexOf(int, int) over a[0, length): -1 for values that are no code point. */
  public static int indexOf(char[] a, int length, int ch, int from) {
    if (from < 0) {
      from = 0;
    }
    if (ch >= 0 && ch < 0x10000) {
      char c = (char) ch;
      for (int i = from; i < length; i++) {
        if (a[i] == c) {
          return i;
        }
      }
    } else if (ch >= 0x10000 && ch <= 0x10FFFF) {
      char hi = (char) ((ch >>> 10) + (0xD800 - (0x10000 >>> 10)));
      char lo = (char) ((ch & 0x3FF) + 0xDC00);
      for (int i = from; i < length - 1; i++) {
        if (a[i] == hi && a[i + 1] == lo) {
          return i;
        }
      }
    }
    return -1;
  }

  /** String.lastIndexOf(int, int) over a[0, length). */
  public static int lastIndexOf(char[] a, int length, int ch, int from) {
    if (from >= length) {
      from = length - 1;
    }
    if (ch >= 0 && ch < 0x10000) {
      char c = (char) ch;
      for (int i = from; i >= 0; i--) {
        if (a[i] == c) {
          return i;
        }
      }
    } else if (ch >= 0x10000 && ch <= 0x10FFFF) {
      char hi = (char) ((ch >>> 10) + (0xD800 - (0x10000 >>> 10)));
      char lo = (char) ((ch & 0x3FF) + 0xDC00);
      for (int i = Math.min(from, length - 2); i >= 0; i--) {
        if (a[i] == hi && a[i + 1] == lo) {
          return i;
        }
      }
    }
    return -1;
  }

  /** String.indexOf(String, int) of t[0, tLength) in s[0, sLength). */
  public static int indexOf(char[] s, int sLength, char[] t, int tLength, int from) {
    if (from >= sLength) {
      return tLength == 0 ? sLength : -1;
    }
    if (from < 0) {
      from = 0;
    }
    if (tLength == 0) {
      return from;
    }
    char first = t[0];
    int last = sLength - tLength;
    outer:
    for (int i = from; i <= last; i++) {
      if (s[i] != first) {
        continue;
      }
      for (int j = 1; j < tLength; j++) {
        if (s[i + j] != t[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /** String.lastIndexOf(String, int) of t[0, tLength) in s[0, sLength). */
  public static int lastIndexOf(char[] s, int sLength, char[] t, int tLength, int from) {
    int right = sLength - tLength;
    if (from > right) {
      from = right;
    }
    if (from < 0) {
      return -1;
    }
    outer:
    for (int i = from; i >= 0; i--) {
      for (int j = 0; j < tLength; j++) {
        if (s[i + j] != t[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /** Lexicographic comparison as in String.compareTo: the first differing chars, else the lengths. */
  public static int compare(char[] a, int aLength, char[] b, int bLength) {
    int n = Math.min(aLength, bLength);
    for (int i = 0; i < n; i++) {
      if (a[i] != b[i]) {
        return a[i] - b[i];
      }
    }
    return aLength - bLength;
  }
}
