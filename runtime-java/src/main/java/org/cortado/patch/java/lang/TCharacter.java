package org.cortado.patch.java.lang;

import org.cortado.runtime.CharacterData;

/**
 * Answers java.lang.Character's Unicode questions from {@link CharacterData} (the classlib reads
 * TeaVM's compile-time resources instead), adds the JDK methods the classlib lacks, and keeps
 * ASCII on fast paths that need no table.
 */
public final class TCharacter {
  private static boolean ascii(int cp) {
    return cp >= 0 && cp < 0x80;
  }

  private static boolean asciiLetter(int cp) {
    return cp >= 'A' && cp <= 'Z' || cp >= 'a' && cp <= 'z';
  }

  private static boolean asciiDigit(int cp) {
    return cp >= '0' && cp <= '9';
  }

  public static int getType(char ch) {
    return CharacterData.type(ch);
  }

  public static int getType(int cp) {
    return CharacterData.type(cp);
  }

  public static char toUpperCase(char ch) {
    return (char) toUpperCase((int) ch);
  }

  public static int toUpperCase(int cp) {
    if (ascii(cp)) {
      return cp >= 'a' && cp <= 'z' ? cp - 32 : cp;
    }
    return CharacterData.toUpperCase(cp);
  }

  public static char toLowerCase(char ch) {
    return (char) toLowerCase((int) ch);
  }

  public static int toLowerCase(int cp) {
    if (ascii(cp)) {
      return cp >= 'A' && cp <= 'Z' ? cp + 32 : cp;
    }
    return CharacterData.toLowerCase(cp);
  }

  public static char toTitleCase(char ch) {
    return (char) toTitleCase((int) ch);
  }

  public static int toTitleCase(int cp) {
    if (ascii(cp)) {
      return cp >= 'a' && cp <= 'z' ? cp - 32 : cp;
    }
    return CharacterData.toTitleCase(cp);
  }

  public static int digit(char ch, int radix) {
    return CharacterData.digit(ch, radix);
  }

  public static int digit(int cp, int radix) {
    return CharacterData.digit(cp, radix);
  }

  public static int getNumericValue(char ch) {
    return getNumericValue((int) ch);
  }

  public static int getNumericValue(int cp) {
    if (ascii(cp)) {
      return CharacterData.digit(cp, Character.MAX_RADIX);
    }
    return CharacterData.numericValue(cp);
  }

  public static boolean isDigit(char ch) {
    return isDigit((int) ch);
  }

  public static boolean isDigit(int cp) {
    return ascii(cp) ? asciiDigit(cp) : CharacterData.isDigit(cp);
  }

  public static boolean isLetter(char ch) {
    return isLetter((int) ch);
  }

  public static boolean isLetter(int cp) {
    return ascii(cp) ? asciiLetter(cp) : CharacterData.isLetter(cp);
  }

  public static boolean isLetterOrDigit(char ch) {
    return isLetterOrDigit((int) ch);
  }

  public static boolean isLetterOrDigit(int cp) {
    return ascii(cp) ? asciiLetter(cp) || asciiDigit(cp) : CharacterData.isLetterOrDigit(cp);
  }

  public static boolean isAlphabetic(int cp) {
    return ascii(cp) ? asciiLetter(cp) : CharacterData.isAlphabetic(cp);
  }

  public static boolean isLowerCase(char ch) {
    return isLowerCase((int) ch);
  }

  public static boolean isLowerCase(int cp) {
    return ascii(cp) ? cp >= 'a' && cp <= 'z' : CharacterData.isLowerCase(cp);
  }

  public static boolean isUpperCase(char ch) {
    return isUpperCase((int) ch);
  }

  public static boolean isUpperCase(int cp) {
    return ascii(cp) ? cp >= 'A' && cp <= 'Z' : CharacterData.isUpperCase(cp);
  }

  public static boolean isTitleCase(char ch) {
    return isTitleCase((int) ch);
  }

  public static boolean isTitleCase(int cp) {
    return !ascii(cp) && CharacterData.type(cp) == Character.TITLECASE_LETTER;
  }

  public static boolean isDefined(char ch) {
    return isDefined((int) ch);
  }

  public static boolean isDefined(int cp) {
    return ascii(cp) || CharacterData.type(cp) != Character.UNASSIGNED;
  }

  public static boolean isIdeographic(int cp) {
    return !ascii(cp) && CharacterData.isIdeographic(cp);
  }

  public static boolean isMirrored(char ch) {
    return isMirrored((int) ch);
  }

  public static boolean isMirrored(int cp) {
    return CharacterData.isMirrored(cp);
  }

  public static byte getDirectionality(char ch) {
    return getDirectionality((int) ch);
  }

  public static byte getDirectionality(int cp) {
    return (byte) CharacterData.directionality(cp);
  }

  public static boolean isSpaceChar(char ch) {
    return isSpaceChar((int) ch);
  }

  public static boolean isSpaceChar(int cp) {
    return ascii(cp) ? cp == ' ' : CharacterData.isSpaceChar(cp);
  }

  public static boolean isWhitespace(char ch) {
    return CharacterData.isWhitespace(ch);
  }

  public static boolean isWhitespace(int cp) {
    return CharacterData.isWhitespace(cp);
  }

  public static boolean isIdentifierIgnorable(char ch) {
    return isIdentifierIgnorable((int) ch);
  }

  public static boolean isIdentifierIgnorable(int cp) {
    return ascii(cp) ? cp <= 8 || cp >= 0xE && cp <= 0x1B || cp == 0x7F : CharacterData.isIdentifierIgnorable(cp);
  }

  public static boolean isJavaLetter(char ch) {
    return isJavaIdentifierStart((int) ch);
  }

  public static boolean isJavaIdentifierStart(char ch) {
    return isJavaIdentifierStart((int) ch);
  }

  public static boolean isJavaIdentifierStart(int cp) {
    return ascii(cp) ? asciiLetter(cp) || cp == '_' || cp == '$' : CharacterData.isJavaIdentifierStart(cp);
  }

  public static boolean isJavaLetterOrDigit(char ch) {
    return isJavaIdentifierPart((int) ch);
  }

  public static boolean isJavaIdentifierPart(char ch) {
    return isJavaIdentifierPart((int) ch);
  }

  public static boolean isJavaIdentifierPart(int cp) {
    if (ascii(cp)) {
      return asciiLetter(cp) || asciiDigit(cp) || cp == '_' || cp == '$' || isIdentifierIgnorable(cp);
    }
    return CharacterData.isJavaIdentifierPart(cp);
  }

  public static boolean isUnicodeIdentifierStart(char ch) {
    return isUnicodeIdentifierStart((int) ch);
  }

  public static boolean isUnicodeIdentifierStart(int cp) {
    return ascii(cp) ? asciiLetter(cp) : CharacterData.isUnicodeIdentifierStart(cp);
  }

  public static boolean isUnicodeIdentifierPart(char ch) {
    return isUnicodeIdentifierPart((int) ch);
  }

  public static boolean isUnicodeIdentifierPart(int cp) {
    if (ascii(cp)) {
      return asciiLetter(cp) || asciiDigit(cp) || cp == '_' || isIdentifierIgnorable(cp);
    }
    return CharacterData.isUnicodeIdentifierPart(cp);
  }

  public static String toString(int cp) {
    return new String(toChars(cp));
  }

  public static char[] toChars(int cp) {
    char[] chars = new char[Character.charCount(checkCodePoint(cp))];
    toChars(cp, chars, 0);
    return chars;
  }

  public static int toChars(int cp, char[] dst, int index) {
    if (Character.isBmpCodePoint(checkCodePoint(cp))) {
      dst[index] = (char) cp;
      return 1;
    }
    dst[index + 1] = Character.lowSurrogate(cp);
    dst[index] = Character.highSurrogate(cp);
    return 2;
  }

  /** The JDK's message, without pulling in Formatter. */
  private static int checkCodePoint(int cp) {
    if (!Character.isValidCodePoint(cp)) {
      throw new IllegalArgumentException("Not a valid Unicode code point: 0x" + Integer.toHexString(cp).toUpperCase());
    }
    return cp;
  }
}
