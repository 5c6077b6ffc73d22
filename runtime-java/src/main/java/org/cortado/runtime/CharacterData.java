package org.cortado.runtime;

/**
 * Unicode character properties for java.lang.Character and String case mapping, answered from
 * tables the emitter computes from the JVM it runs on (see the emitter's CharacterTables).
 *
 * <p>Each table is a string literal returned by a native method; only the tables a program can
 * reach are emitted, and each is decoded on first use. Properties that the JDK defines in terms
 * of the general category are computed from {@link #type}; the "properties" table holds only the
 * code points where a property departs from that definition (Other_Lowercase, Other_Alphabetic...).
 */
public final class CharacterData {
  /** Bits of the properties table; each flips the category-based answer. */
  private static final int OTHER_LOWER = 1;
  private static final int OTHER_UPPER = 2;
  private static final int OTHER_ALPHABETIC = 4;
  private static final int IDEOGRAPHIC = 8;
  private static final int OTHER_ID_START = 16;
  private static final int OTHER_ID_PART = 32;
  private static final int MIRRORED = 64;

  /** General categories as bit masks (bit i = category i). */
  private static final int LETTER = 0b111110;
  private static final int ALPHA = LETTER | 1 << Character.LETTER_NUMBER;
  private static final int JAVA_START = ALPHA | 1 << Character.CURRENCY_SYMBOL | 1 << Character.CONNECTOR_PUNCTUATION;
  private static final int JAVA_PART = JAVA_START | 1 << Character.DECIMAL_DIGIT_NUMBER
      | 1 << Character.NON_SPACING_MARK | 1 << Character.COMBINING_SPACING_MARK;
  private static final int UNICODE_PART = ALPHA | 1 << Character.CONNECTOR_PUNCTUATION
      | 1 << Character.DECIMAL_DIGIT_NUMBER | 1 << Character.NON_SPACING_MARK | 1 << Character.COMBINING_SPACING_MARK;
  private static final int SPACE = 1 << Character.SPACE_SEPARATOR | 1 << Character.LINE_SEPARATOR
      | 1 << Character.PARAGRAPH_SEPARATOR;
  /** Categories that never break a word, for the final-sigma rule of String.toLowerCase. */
  private static final int WORD = ALPHA | 1 << Character.DECIMAL_DIGIT_NUMBER | 1 << Character.OTHER_NUMBER
      | 1 << Character.NON_SPACING_MARK | 1 << Character.ENCLOSING_MARK | 1 << Character.COMBINING_SPACING_MARK | 1 << Character.FORMAT
      | 1 << Character.CONNECTOR_PUNCTUATION;

  private static Runs types;
  private static Runs upper;
  private static Runs lower;
  private static Runs title;
  private static Runs numeric;
  private static Runs properties;
  private static Runs directionality;
  private static Special upperSpecial;
  private static Special lowerSpecial;

  private CharacterData() {
  }

  // The emitter replaces each of these by the table's string literal.
  private static native String typeTable();

  private static native String upperTable();

  private static native String lowerTable();

  private static native String titleTable();

  private static native String numericTable();

  private static native String propertyTable();

  private static native String directionalityTable();

  private static native String upperSpecialTable();

  private static native String lowerSpecialTable();

  // ---------------------------------------------------------------- categories and predicates

  public static int type(int cp) {
    if (types == null) {
      types = Runs.decode(typeTable());
    }
    return types.value(cp, Character.UNASSIGNED);
  }

  private static boolean typeIn(int cp, int mask) {
    return (mask >>> type(cp) & 1) != 0;
  }

  private static boolean property(int cp, int bit) {
    if (properties == null) {
      properties = Runs.decode(propertyTable());
    }
    return (properties.value(cp, 0) & bit) != 0;
  }

  public static boolean isLetter(int cp) {
    return typeIn(cp, LETTER);
  }

  public static boolean isDigit(int cp) {
    return type(cp) == Character.DECIMAL_DIGIT_NUMBER;
  }

  public static boolean isLetterOrDigit(int cp) {
    return typeIn(cp, LETTER | 1 << Character.DECIMAL_DIGIT_NUMBER);
  }

  public static boolean isLowerCase(int cp) {
    return (type(cp) == Character.LOWERCASE_LETTER) != property(cp, OTHER_LOWER);
  }

  public static boolean isUpperCase(int cp) {
    return (type(cp) == Character.UPPERCASE_LETTER) != property(cp, OTHER_UPPER);
  }

  public static boolean isAlphabetic(int cp) {
    return typeIn(cp, ALPHA) != property(cp, OTHER_ALPHABETIC);
  }

  public static boolean isIdeographic(int cp) {
    return property(cp, IDEOGRAPHIC);
  }

  public static boolean isMirrored(int cp) {
    return property(cp, MIRRORED);
  }

  public static boolean isSpaceChar(int cp) {
    return typeIn(cp, SPACE);
  }

  /** Space separators except the no-break spaces, plus the ASCII and file/group/record/unit separators. */
  public static boolean isWhitespace(int cp) {
    if (cp < 0x80) {
      return cp >= 9 && cp <= 0xD || cp >= 0x1C && cp <= 0x20;
    }
    return cp != 0xA0 && cp != 0x2007 && cp != 0x202F && typeIn(cp, SPACE);
  }

  public static boolean isIdentifierIgnorable(int cp) {
    return cp >= 0 && cp <= 8 || cp >= 0xE && cp <= 0x1B || cp >= 0x7F && cp <= 0x9F
        || type(cp) == Character.FORMAT;
  }

  public static boolean isJavaIdentifierStart(int cp) {
    return typeIn(cp, JAVA_START);
  }

  public static boolean isJavaIdentifierPart(int cp) {
    return typeIn(cp, JAVA_PART) || isIdentifierIgnorable(cp);
  }

  public static boolean isUnicodeIdentifierStart(int cp) {
    return typeIn(cp, ALPHA) != property(cp, OTHER_ID_START);
  }

  public static boolean isUnicodeIdentifierPart(int cp) {
    return (typeIn(cp, UNICODE_PART) || isIdentifierIgnorable(cp)) != property(cp, OTHER_ID_PART);
  }

  public static int directionality(int cp) {
    if (directionality == null) {
      directionality = Runs.decode(directionalityTable());
    }
    return directionality.value(cp, 0) - 1;
  }

  // ---------------------------------------------------------------- numbers

  public static int numericValue(int cp) {
    if (numeric == null) {
      numeric = Runs.decode(numericTable());
    }
    int i = numeric.index(cp);
    if (i < 0) {
      return -1;
    }
    int v = numeric.values[i];
    int base = unzigzag(v >>> 1);
    return (v & 1) != 0 ? base + cp - numeric.starts[i] : base;
  }

  /** Decimal digits have their value; Latin letters (ASCII and fullwidth) count from 10. */
  public static int digit(int cp, int radix) {
    if (radix < Character.MIN_RADIX || radix > Character.MAX_RADIX) {
      return -1;
    }
    int value = -1;
    if (cp >= 0 && cp < 0x80) {
      int letter = cp | 0x20;
      value = cp >= '0' && cp <= '9' ? cp - '0' : letter >= 'a' && letter <= 'z' ? letter - 'a' + 10 : -1;
    } else if (type(cp) == Character.DECIMAL_DIGIT_NUMBER || cp >= 0xFF21 && cp <= 0xFF3A || cp >= 0xFF41 && cp <= 0xFF5A) {
      value = numericValue(cp);
    }
    return value < radix ? value : -1;
  }

  // ---------------------------------------------------------------- case mapping

  public static int toUpperCase(int cp) {
    if (upper == null) {
      upper = Runs.decode(upperTable());
    }
    return mapCase(upper, cp);
  }

  public static int toLowerCase(int cp) {
    if (lower == null) {
      lower = Runs.decode(lowerTable());
    }
    return mapCase(lower, cp);
  }

  public static int toTitleCase(int cp) {
    if (title == null) {
      title = Runs.decode(titleTable());
    }
    return mapCase(title, cp);
  }

  /** Case runs hold (delta, stride): stride-2 runs map every other code point (Ā ā Ă ă ...). */
  private static int mapCase(Runs runs, int cp) {
    int i = runs.index(cp);
    if (i < 0) {
      return cp;
    }
    int v = runs.values[i];
    if ((v & 1) != 0 && ((cp - runs.starts[i]) & 1) != 0) {
      return cp;
    }
    return cp + unzigzag(v >>> 1);
  }

  /** String.toUpperCase for locales without special rules (the JDK's, apart from tr, az and lt). */
  public static String toUpperCase(String s) {
    int n = s.length();
    int i = 0;
    while (i < n && s.charAt(i) < 0x80 && (s.charAt(i) < 'a' || s.charAt(i) > 'z')) {
      i++;
    }
    if (i == n) {
      return s;
    }
    StringBuilder sb = new StringBuilder(n + 8);
    sb.append(s, 0, i);
    while (i < n) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (cp < 0x80) {
        sb.append((char) (cp >= 'a' && cp <= 'z' ? cp - 32 : cp));
        continue;
      }
      if (upperSpecial == null) {
        upperSpecial = new Special(upperSpecialTable());
      }
      String special = upperSpecial.get(cp);
      if (special != null) {
        sb.append(special);
      } else {
        sb.appendCodePoint(toUpperCase(cp));
      }
    }
    return unlessSame(sb.toString(), s);
  }

  /** String.toLowerCase for locales without special rules, with the final-sigma rule. */
  public static String toLowerCase(String s) {
    int n = s.length();
    int i = 0;
    while (i < n && s.charAt(i) < 0x80 && (s.charAt(i) < 'A' || s.charAt(i) > 'Z')) {
      i++;
    }
    if (i == n) {
      return s;
    }
    StringBuilder sb = new StringBuilder(n + 8);
    sb.append(s, 0, i);
    while (i < n) {
      int cp = s.codePointAt(i);
      if (cp < 0x80) {
        sb.append((char) (cp >= 'A' && cp <= 'Z' ? cp + 32 : cp));
      } else if (cp == 0x3A3) {
        sb.append(isFinalSigma(s, i) ? '\u03C2' : '\u03C3');
      } else {
        if (lowerSpecial == null) {
          lowerSpecial = new Special(lowerSpecialTable());
        }
        String special = lowerSpecial.get(cp);
        if (special != null) {
          sb.append(special);
        } else {
          sb.appendCodePoint(toLowerCase(cp));
        }
      }
      i += Character.charCount(cp);
    }
    return unlessSame(sb.toString(), s);
  }

  /** Like the JDK, case mapping returns the string itself when nothing changes and it holds no surrogates. */
  private static String unlessSame(String mapped, String original) {
    if (!mapped.equals(original)) {
      return mapped;
    }
    for (int i = 0; i < original.length(); i++) {
      if (Character.isSurrogate(original.charAt(i))) {
        return mapped;
      }
    }
    return original;
  }

  /**
   * Unicode's Final_Sigma condition: a cased letter comes before the sigma within its word and
   * none follows. Words are approximated (the JDK asks its word BreakIterator) as runs of
   * letters, numbers, marks, format characters and connectors, where one mid-word mark
   * ('.', quotes, dashes) between two letters does not end the word.
   */
  private static boolean isFinalSigma(String s, int index) {
    for (int i = index; i > 0; ) {
      int cp = s.codePointBefore(i);
      i -= Character.charCount(cp);
      if (!inWord(s, i, cp)) {
        return false;
      }
      if (isCased(cp)) {
        for (int j = index + 1; j < s.length(); ) {
          int next = s.codePointAt(j);
          if (!inWord(s, j, next)) {
            return true;
          }
          if (isCased(next)) {
            return false;
          }
          j += Character.charCount(next);
        }
        return true;
      }
    }
    return false;
  }

  private static boolean inWord(String s, int i, int cp) {
    if (typeIn(cp, WORD)) {
      return true;
    }
    boolean mid = cp == '.' || cp == '\'' || cp == '"' || cp == 0xAD || cp == 0x2027
        || type(cp) == Character.DASH_PUNCTUATION;
    return mid && i > 0 && i + 1 < s.length() && typeIn(s.codePointBefore(i), LETTER)
        && typeIn(s.codePointAt(i + 1), LETTER);
  }

  private static boolean isCased(int cp) {
    return type(cp) == Character.TITLECASE_LETTER || isLowerCase(cp) || isUpperCase(cp);
  }

  private static int unzigzag(int v) {
    return v >>> 1 ^ -(v & 1);
  }

  /**
   * A decoded run table. Encoding: char 0 is the value width k; then a varint count and, per
   * run, varint(length << k | value), where value 2^k-1 means "the value follows as a varint".
   * Varints are little-endian 15-bit groups, bit 15 marking that more follow. Runs are
   * consecutive from code point 0 and cover all of Unicode.
   */
  public static final class Runs {
    final int[] starts;
    final int[] values;

    private Runs(int[] starts, int[] values) {
      this.starts = starts;
      this.values = values;
    }

    public static Runs decode(String s) {
      int[] pos = {1};
      int k = s.charAt(0);
      int escape = (1 << k) - 1;
      int n = varint(s, pos);
      int[] starts = new int[n];
      int[] values = new int[n];
      int start = 0;
      for (int i = 0; i < n; i++) {
        int word = varint(s, pos);
        int value = word & escape;
        starts[i] = start;
        values[i] = value == escape ? varint(s, pos) : value;
        start += word >>> k;
      }
      return new Runs(starts, values);
    }

    /** The index of the run holding {@code cp}, or -1 if it is no code point. */
    int index(int cp) {
      if (cp < 0 || cp > Character.MAX_CODE_POINT) {
        return -1;
      }
      int lo = 0;
      int hi = starts.length - 1;
      while (lo < hi) {
        int mid = (lo + hi + 1) >>> 1;
        if (starts[mid] <= cp) {
          lo = mid;
        } else {
          hi = mid - 1;
        }
      }
      return lo;
    }

    public int value(int cp, int undefined) {
      int i = index(cp);
      return i < 0 ? undefined : values[i];
    }
  }

  static int varint(String s, int[] pos) {
    int v = 0;
    for (int shift = 0; ; shift += 15) {
      char c = s.charAt(pos[0]++);
      v |= (c & 0x7FFF) << shift;
      if (c < 0x8000) {
        return v;
      }
    }
  }

  /**
   * Code points whose String case mapping is not their Character mapping (ß to SS...). Encoding:
   * varint count, then per entry varint(code point), the length and the replacement's chars.
   */
  static final class Special {
    final int[] codePoints;
    final String[] replacements;

    Special(String s) {
      int[] pos = {0};
      int n = varint(s, pos);
      codePoints = new int[n];
      replacements = new String[n];
      for (int i = 0; i < n; i++) {
        codePoints[i] = varint(s, pos);
        int len = s.charAt(pos[0]);
        replacements[i] = s.substring(pos[0] + 1, pos[0] + 1 + len);
        pos[0] += 1 + len;
      }
    }

    String get(int cp) {
      int lo = 0;
      int hi = codePoints.length - 1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        if (codePoints[mid] < cp) {
          lo = mid + 1;
        } else if (codePoints[mid] > cp) {
          hi = mid - 1;
        } else {
          return replacements[mid];
        }
      }
      return null;
    }
  }
}
