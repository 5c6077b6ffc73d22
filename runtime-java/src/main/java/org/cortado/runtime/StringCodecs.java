package org.cortado.runtime;

/**
 * String's own conversions for the built-in charsets, with the JDK's replacements: U+FFFD for each
 * malformed byte sequence when decoding; '?' for each unmappable char or code point when encoding,
 * except in UTF-16, where an unpaired surrogate becomes U+FFFD.
 */
public final class StringCodecs {
  public static final int UTF_8 = 0;
  public static final int ISO_8859_1 = 1;
  public static final int US_ASCII = 2;
  public static final int UTF_16 = 3;
  public static final int UTF_16BE = 4;
  public static final int UTF_16LE = 5;

  private StringCodecs() {
  }

  /** One of the constants above for a canonical charset name, or -1. */
  public static int kind(String canonicalName) {
    switch (canonicalName) {
      case "UTF-8":
        return UTF_8;
      case "ISO-8859-1":
        return ISO_8859_1;
      case "US-ASCII":
        return US_ASCII;
      case "UTF-16":
        return UTF_16;
      case "UTF-16BE":
        return UTF_16BE;
      case "UTF-16LE":
        return UTF_16LE;
      default:
        return -1;
    }
  }

  public static char[] decode(int kind, byte[] b, int offset, int length) {
    if (kind == UTF_8) {
      return decodeUtf8(b, offset, length);
    }
    if (kind >= UTF_16) {
      return decodeUtf16(b, offset, length, kind);
    }
    char[] out = new char[length];
    for (int i = 0; i < length; i++) {
      int v = b[offset + i] & 0xFF;
      out[i] = kind == US_ASCII && v >= 0x80 ? '\uFFFD' : (char) v;
    }
    return out;
  }

  public static byte[] encode(int kind, char[] s, int offset, int length) {
    if (kind >= UTF_16) {
      return encodeUtf16(s, offset, length, kind);
    }
    return kind == UTF_8 ? encodeUtf8(s, offset, length) : encodeSingleByte(s, offset, length, kind == US_ASCII ? 0x7F : 0xFF);
  }

  /**
   * Each maximal prefix of a valid sequence that cannot be completed becomes one U+FFFD, and
   * decoding goes on at the byte that broke it (the Unicode recommendation), except that, as in
   * the JDK, ED A0..BF starts a sequence that becomes one U+FFFD as a whole (an encoded surrogate).
   */
  private static char[] decodeUtf8(byte[] b, int offset, int length) {
    char[] out = new char[length];
    int n = 0;
    int i = offset;
    int end = offset + length;
    while (i < end) {
      int b0 = b[i] & 0xFF;
      if (b0 < 0x80) {
        out[n++] = (char) b0;
        i++;
        continue;
      }
      int size;
      int lo2 = 0x80;
      int hi2 = 0xBF;
      if (b0 >= 0xC2 && b0 <= 0xDF) {
        size = 2;
      } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        size = 3;
        if (b0 == 0xE0) {
          lo2 = 0xA0;
        }
      } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        size = 4;
        if (b0 == 0xF0) {
          lo2 = 0x90;
        } else if (b0 == 0xF4) {
          hi2 = 0x8F;
        }
      } else {
        out[n++] = '\uFFFD';
        i++;
        continue;
      }
      int cp = b0 & (0xFF >> (size + 1));
      int j = i + 1;
      boolean ok = true;
      for (int k = 1; k < size; k++, j++) {
        int bk = j < end ? b[j] & 0xFF : -1;
        if (k == 1 ? bk < lo2 || bk > hi2 : bk < 0x80 || bk > 0xBF) {
          ok = false;
          break;
        }
        cp = (cp << 6) | (bk & 0x3F);
      }
      if (!ok || (cp >= 0xD800 && cp <= 0xDFFF)) {
        out[n++] = '\uFFFD';
      } else if (cp < 0x10000) {
        out[n++] = (char) cp;
      } else {
        out[n++] = (char) ((cp >>> 10) + (0xD800 - (0x10000 >>> 10)));
        out[n++] = (char) ((cp & 0x3FF) + 0xDC00);
      }
      i = j;
    }
    return trim(out, n);
  }

  private static byte[] encodeUtf8(char[] s, int offset, int length) {
    byte[] out = new byte[length * 3];
    int n = 0;
    int end = offset + length;
    for (int i = offset; i < end; i++) {
      char c = s[i];
      if (c < 0x80) {
        out[n++] = (byte) c;
      } else if (c < 0x800) {
        out[n++] = (byte) (0xC0 | (c >> 6));
        out[n++] = (byte) (0x80 | (c & 0x3F));
      } else if (StringSupport.isHigh(c) && i + 1 < end && StringSupport.isLow(s[i + 1])) {
        int cp = ((c - 0xD800) << 10) + (s[++i] - 0xDC00) + 0x10000;
        out[n++] = (byte) (0xF0 | (cp >> 18));
        out[n++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
        out[n++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
        out[n++] = (byte) (0x80 | (cp & 0x3F));
      } else if (c >= 0xD800 && c <= 0xDFFF) {
        out[n++] = '?';
      } else {
        out[n++] = (byte) (0xE0 | (c >> 12));
        out[n++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        out[n++] = (byte) (0x80 | (c & 0x3F));
      }
    }
    byte[] result = new byte[n];
    System.arraycopy(out, 0, result, 0, n);
    return result;
  }

  /** A surrogate pair is one unmappable character, hence one '?'. */
  private static byte[] encodeSingleByte(char[] s, int offset, int length, int max) {
    byte[] out = new byte[length];
    int n = 0;
    int end = offset + length;
    for (int i = offset; i < end; i++) {
      char c = s[i];
      if (c <= max) {
        out[n++] = (byte) c;
      } else {
        out[n++] = '?';
        if (StringSupport.isHigh(c) && i + 1 < end && StringSupport.isLow(s[i + 1])) {
          i++;
        }
      }
    }
    if (n == length) {
      return out;
    }
    byte[] result = new byte[n];
    System.arraycopy(out, 0, result, 0, n);
    return result;
  }

  /** UTF-16 reads a byte order mark (big-endian without one); the BE and LE forms keep it as a char. */
  private static char[] decodeUtf16(byte[] b, int offset, int length, int kind) {
    boolean little = kind == UTF_16LE;
    int i = offset;
    int end = offset + length;
    if (kind == UTF_16 && length >= 2) {
      int bom = ((b[i] & 0xFF) << 8) | (b[i + 1] & 0xFF);
      if (bom == 0xFEFF || bom == 0xFFFE) {
        little = bom == 0xFFFE;
        i += 2;
      }
    }
    char[] out = new char[(end - i + 1) / 2];
    int n = 0;
    while (i + 1 < end) {
      char c = unit(b, i, little);
      i += 2;
      if (StringSupport.isHigh(c)) {
        // As in the JDK, a high surrogate and the unit after it (or the bytes left) are one
        // malformed sequence unless they form a pair.
        if (i + 1 < end && StringSupport.isLow(unit(b, i, little))) {
          out[n++] = c;
          out[n++] = unit(b, i, little);
        } else {
          out[n++] = '\uFFFD';
        }
        i = Math.min(i + 2, end);
      } else {
        out[n++] = StringSupport.isLow(c) ? '\uFFFD' : c;
      }
    }
    if (i < end) {
      out[n++] = '\uFFFD';
    }
    return trim(out, n);
  }

  private static char unit(byte[] b, int i, boolean little) {
    return little ? (char) ((b[i] & 0xFF) | ((b[i + 1] & 0xFF) << 8)) : (char) (((b[i] & 0xFF) << 8) | (b[i + 1] & 0xFF));
  }

  private static byte[] encodeUtf16(char[] s, int offset, int length, int kind) {
    boolean little = kind == UTF_16LE;
    int bom = kind == UTF_16 && length > 0 ? 2 : 0;
    byte[] out = new byte[bom + 2 * length];
    if (bom > 0) {
      out[0] = (byte) 0xFE;
      out[1] = (byte) 0xFF;
    }
    int end = offset + length;
    for (int i = offset, j = bom; i < end; i++, j += 2) {
      char c = s[i];
      if (StringSupport.isHigh(c) && i + 1 < end && StringSupport.isLow(s[i + 1])) {
        putUnit(out, j, c, little);
        c = s[++i];
        j += 2;
      } else if (c >= 0xD800 && c <= 0xDFFF) {
        c = '\uFFFD';
      }
      putUnit(out, j, c, little);
    }
    return out;
  }

  private static void putUnit(byte[] out, int j, char c, boolean little) {
    out[j + (little ? 1 : 0)] = (byte) (c >> 8);
    out[j + (little ? 0 : 1)] = (byte) c;
  }

  private static char[] trim(char[] a, int n) {
    if (n == a.length) {
      return a;
    }
    char[] r = new char[n];
    System.arraycopy(a, 0, r, 0, n);
    return r;
  }
}
