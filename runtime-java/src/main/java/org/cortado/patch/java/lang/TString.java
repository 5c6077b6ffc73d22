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
}
