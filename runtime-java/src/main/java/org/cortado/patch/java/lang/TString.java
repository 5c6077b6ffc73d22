package org.cortado.patch.java.lang;

import java.util.Locale;
import org.cortado.runtime.CharacterData;
import org.cortado.runtime.Strings;

/**
 * Gives java.lang.String its storage: the classlib declares native accessors and leaves the
 * representation to the compiler. Ours is a char array; string literals are created by the
 * emitter with the same layout.
 */
public final class TString {
  private char[] characters;

  private void initWithEmptyChars() {
    characters = new char[0];
  }

  private void borrowChars(TString other) {
    characters = other.characters;
  }

  private void initWithCharArray(char[] chars, int offset, int count) {
    char[] copy = new char[count];
    System.arraycopy(chars, offset, copy, 0, count);
    characters = copy;
  }

  private void takeCharArray(char[] chars) {
    characters = chars;
  }

  private int charactersLength() {
    return characters.length;
  }

  private char charactersGet(int index) {
    return characters[index];
  }

  private void copyCharsToArray(int begin, char[] dst, int dstBegin, int length) {
    System.arraycopy(characters, begin, dst, dstBegin, length);
  }

  private char[] fastCharArray() {
    return characters;
  }

  /** Null elements join as "null", as in the JDK (the classlib throws). */
  public static String join(CharSequence delimiter, CharSequence... elements) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < elements.length; i++) {
      if (i > 0) {
        sb.append(delimiter);
      }
      sb.append(elements[i]);
    }
    return sb.toString();
  }

  public static String join(CharSequence delimiter, Iterable<? extends CharSequence> elements) {
    StringBuilder sb = new StringBuilder();
    boolean first = true;
    for (CharSequence e : elements) {
      if (!first) {
        sb.append(delimiter);
      }
      sb.append(e);
      first = false;
    }
    return sb.toString();
  }

  public String intern() {
    return Strings.intern((String) (Object) this);
  }

  // Case mapping follows the JDK's rules for locales without language-specific ones (all but tr, az, lt).
  public String toUpperCase() {
    return CharacterData.toUpperCase((String) (Object) this);
  }

  public String toUpperCase(Locale locale) {
    return CharacterData.toUpperCase((String) (Object) this);
  }

  public String toLowerCase() {
    return CharacterData.toLowerCase((String) (Object) this);
  }

  public String toLowerCase(Locale locale) {
    return CharacterData.toLowerCase((String) (Object) this);
  }

  // Case-insensitive comparison as in the JDK: chars (or surrogate pairs) match when their upper
  // cases or the lower cases of those match (the classlib compared lower cases only).
  public boolean equalsIgnoreCase(String other) {
    String self = (String) (Object) this;
    return self == other || other != null && other.length() == self.length()
        && regionMatches(true, 0, other, 0, self.length());
  }

  public boolean regionMatches(boolean ignoreCase, int offset, String other, int otherOffset, int len) {
    String self = (String) (Object) this;
    if (!ignoreCase) {
      return self.regionMatches(offset, other, otherOffset, len);
    }
    if (otherOffset < 0 || offset < 0 || offset > (long) self.length() - len
        || otherOffset > (long) other.length() - len) {
      return false;
    }
    int end = offset + len;
    while (offset < end) {
      int c1 = self.charAt(offset++);
      int c2 = other.charAt(otherOffset++);
      if (c1 == c2) {
        continue;
      }
      if (Character.isHighSurrogate((char) c1) && Character.isHighSurrogate((char) c2) && offset < end
          && Character.isLowSurrogate(self.charAt(offset)) && Character.isLowSurrogate(other.charAt(otherOffset))) {
        c1 = Character.toCodePoint((char) c1, self.charAt(offset++));
        c2 = Character.toCodePoint((char) c2, other.charAt(otherOffset++));
      }
      if (compareIgnoringCase(c1, c2) != 0) {
        return false;
      }
    }
    return true;
  }

  public int compareToIgnoreCase(String other) {
    String self = (String) (Object) this;
    int limit = Math.min(self.length(), other.length());
    for (int i = 0; i < limit; i++) {
      char c1 = self.charAt(i);
      char c2 = other.charAt(i);
      if (c1 != c2) {
        int diff = compareIgnoringCase(c1, c2);
        if (diff != 0) {
          return diff;
        }
      }
    }
    return self.length() - other.length();
  }

  private static int compareIgnoringCase(int c1, int c2) {
    int u1 = Character.toUpperCase(c1);
    int u2 = Character.toUpperCase(c2);
    return u1 == u2 ? 0 : Character.toLowerCase(u1) - Character.toLowerCase(u2);
  }
}
