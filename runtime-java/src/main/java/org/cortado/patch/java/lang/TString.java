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

  /** UTF-8 is decoded like the JDK (the classlib's decoder replaces malformed input differently). */
  private void initWithBytes(byte[] bytes, int offset, int length, java.nio.charset.Charset charset) {
    if (charset.name().equals("UTF-8")) {
      characters = org.cortado.runtime.Utf8.decode(bytes, offset, length);
      return;
    }
    java.nio.CharBuffer chars = charset.decode(java.nio.ByteBuffer.wrap(bytes, offset, length));
    characters = new char[chars.remaining()];
    chars.get(characters);
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

  // Index checks with the JDK's exception types and messages (the classlib throws bare IndexOutOfBoundsException).

  public char charAt(int index) {
    if (index < 0 || index >= characters.length) {
      throw new StringIndexOutOfBoundsException(index);
    }
    return characters[index];
  }

  public int codePointAt(int index) {
    if (index < 0 || index >= characters.length) {
      throw new StringIndexOutOfBoundsException("index " + index + ", length " + characters.length);
    }
    return Character.codePointAt(characters, index);
  }

  public int codePointBefore(int index) {
    if (index < 1 || index > characters.length) {
      throw new StringIndexOutOfBoundsException(index);
    }
    return Character.codePointBefore(characters, index);
  }

  public String substring(int beginIndex) {
    return substring(beginIndex, characters.length);
  }

  public String substring(int beginIndex, int endIndex) {
    int length = characters.length;
    if (beginIndex < 0 || beginIndex > endIndex || endIndex > length) {
      throw new StringIndexOutOfBoundsException("begin " + beginIndex + ", end " + endIndex + ", length " + length);
    }
    if (beginIndex == 0 && endIndex == length) {
      return (String) (Object) this;
    }
    return new String(characters, beginIndex, endIndex - beginIndex);
  }

  public CharSequence subSequence(int beginIndex, int endIndex) {
    return substring(beginIndex, endIndex);
  }

  public void getChars(int srcBegin, int srcEnd, char[] dst, int dstBegin) {
    int length = characters.length;
    if (srcBegin < 0 || srcBegin > srcEnd || srcEnd > length) {
      throw new StringIndexOutOfBoundsException("begin " + srcBegin + ", end " + srcEnd + ", length " + length);
    }
    int count = srcEnd - srcBegin;
    if (dstBegin < 0 || count > dst.length - dstBegin) {
      throw new StringIndexOutOfBoundsException("offset " + dstBegin + ", count " + count + ", length " + dst.length);
    }
    System.arraycopy(characters, srcBegin, dst, dstBegin, count);
  }

  @Deprecated
  public void getBytes(int srcBegin, int srcEnd, byte[] dst, int dstBegin) {
    int length = characters.length;
    if (srcBegin < 0 || srcBegin > srcEnd || srcEnd > length) {
      throw new StringIndexOutOfBoundsException("begin " + srcBegin + ", end " + srcEnd + ", length " + length);
    }
    int count = srcEnd - srcBegin;
    if (dstBegin < 0 || count > dst.length - dstBegin) {
      throw new StringIndexOutOfBoundsException("offset " + dstBegin + ", count " + count + ", length " + dst.length);
    }
    for (int i = 0; i < count; i++) {
      dst[dstBegin + i] = (byte) characters[srcBegin + i];
    }
  }

  public static String valueOf(char[] data, int offset, int count) {
    if (offset < 0 || count < 0 || offset > data.length - count) {
      throw new StringIndexOutOfBoundsException("offset " + offset + ", count " + count + ", length " + data.length);
    }
    return new String(data, offset, count);
  }

  public static String copyValueOf(char[] data, int offset, int count) {
    return valueOf(data, offset, count);
  }

  public String repeat(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("count is negative: " + count);
    }
    int length = characters.length;
    if (count == 1 || length == 0) {
      return (String) (Object) this;
    }
    if ((long) length * count > Integer.MAX_VALUE) {
      throw new OutOfMemoryError("Required length exceeds implementation limit");
    }
    char[] result = new char[length * count];
    for (int i = 0; i < count; i++) {
      System.arraycopy(characters, 0, result, i * length, length);
    }
    return new String(result);
  }

  // JDK 11/12 API the classlib lacks.

  /** Lines split at \n, \r and \r\n; a terminator at the very end does not start another line. */
  public java.util.stream.Stream<String> lines() {
    java.util.List<String> lines = new java.util.ArrayList<>();
    int length = characters.length;
    int start = 0;
    while (start < length) {
      int end = start;
      while (end < length && characters[end] != '\n' && characters[end] != '\r') {
        end++;
      }
      lines.add(new String(characters, start, end - start));
      start = end < length && characters[end] == '\r' && end + 1 < length && characters[end + 1] == '\n' ? end + 2 : end + 1;
    }
    return lines.stream();
  }

  /** Each line shifted by n spaces (or up to -n leading white space removed), ending with \n. */
  public String indent(int n) {
    if (characters.length == 0) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    lines().forEach(line -> {
      if (n > 0) {
        sb.append(" ".repeat(n)).append(line);
      } else if (n < 0) {
        int lead = 0;
        while (lead < line.length() && lead < -n) {
          int cp = line.codePointAt(lead);
          if (!Character.isWhitespace(cp)) {
            break;
          }
          lead += Character.charCount(cp);
        }
        sb.append(line, lead, line.length());
      } else {
        sb.append(line);
      }
      sb.append('\n');
    });
    return sb.toString();
  }

  public <R> R transform(java.util.function.Function<? super String, ? extends R> f) {
    return f.apply((String) (Object) this);
  }
}
