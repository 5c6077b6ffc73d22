package org.cortado.runtime;

/** UTF-8 decoding as the JDK's String constructors do it, including how malformed input is replaced. */
public final class Utf8 {
  private static final char REPLACEMENT = '\uFFFD';

  private Utf8() {
  }

  /**
   * Each malformed sequence becomes one U+FFFD: a bad lead byte alone, or a lead byte with the
   * continuation bytes that were valid so far. As in the JDK, a well-formed three-byte encoding of
   * a surrogate is one replacement for all three bytes.
   */
  public static char[] decode(byte[] bytes, int offset, int length) {
    char[] out = new char[length];
    int n = 0;
    int i = offset;
    int end = offset + length;
    while (i < end) {
      int b = bytes[i] & 0xFF;
      if (b < 0x80) {
        out[n++] = (char) b;
        i++;
        continue;
      }
      int need;
      int min = 0x80;
      int max = 0xBF;
      if (b >= 0xC2 && b <= 0xDF) {
        need = 1;
      } else if (b >= 0xE0 && b <= 0xEF) {
        need = 2;
        if (b == 0xE0) {
          min = 0xA0;
        }
      } else if (b >= 0xF0 && b <= 0xF4) {
        need = 3;
        if (b == 0xF0) {
          min = 0x90;
        } else if (b == 0xF4) {
          max = 0x8F;
        }
      } else {
        out[n++] = REPLACEMENT;
        i++;
        continue;
      }
      int cp = b & (0x3F >> need);
      int j = i + 1;
      int k = 0;
      while (k < need && j < end) {
        int c = bytes[j] & 0xFF;
        if (c < (k == 0 ? min : 0x80) || c > (k == 0 ? max : 0xBF)) {
          break;
        }
        cp = (cp << 6) | (c & 0x3F);
        j++;
        k++;
      }
      i = j;
      if (k < need || Character.isSurrogate((char) cp) && need == 2) {
        out[n++] = REPLACEMENT;
      } else if (cp >= 0x10000) {
        out[n++] = Character.highSurrogate(cp);
        out[n++] = Character.lowSurrogate(cp);
      } else {
        out[n++] = (char) cp;
      }
    }
    if (n == out.length) {
      return out;
    }
    char[] exact = new char[n];
    System.arraycopy(out, 0, exact, 0, n);
    return exact;
  }
}
