package org.cortado.patch.java.lang;

import org.cortado.runtime.FloatingDecimal;
import org.cortado.runtime.Numbers;

/** Patches java.lang.AbstractStringBuilder: floating-point appends use the JDK's decimal form. */
abstract class TAbstractStringBuilder {
  // The classlib's methods (declarations only: natives in patches are not merged).
  native TAbstractStringBuilder append(String s);

  /** A null CharSequence appends "null", as in the JDK (the classlib throws). */
  protected TAbstractStringBuilder append(CharSequence s) {
    return s == null ? append("null") : append(s, 0, s.length());
  }

  protected TAbstractStringBuilder insert(int index, CharSequence s) {
    return s == null ? insert(index, "null") : insert(index, s, 0, s.length());
  }

  protected TAbstractStringBuilder insert(int index, double d) {
    return insert(index, FloatingDecimal.toString(d));
  }

  protected TAbstractStringBuilder insert(int index, float f) {
    return insert(index, FloatingDecimal.toString(f));
  }

  // Index checks with the JDK's exception types and messages, and the JDK's setLength/reverse
  // (the classlib throws bare exceptions, accepts some bad indexes and splits surrogate pairs).

  char[] buffer;
  private int length;

  public native void ensureCapacity(int capacity);

  /** Moves [start, length) to end; the classlib's helper. */
  private native void insertSpace(int start, int end);

  private void checkIndex(int index) {
    if (index < 0 || index >= length) {
      throw new StringIndexOutOfBoundsException("index " + index + ", length " + length);
    }
  }

  private void checkOffset(int offset) {
    if (offset < 0 || offset > length) {
      throw new StringIndexOutOfBoundsException("offset " + offset + ", length " + length);
    }
  }

  private static String range(int start, int end, int length) {
    return "start " + start + ", end " + end + ", length " + length;
  }

  private static void checkRange(int start, int end, int length) {
    if (start < 0 || start > end || end > length) {
      throw new IndexOutOfBoundsException(range(start, end, length));
    }
  }

  private static void checkStringRange(int start, int end, int length) {
    if (start < 0 || start > end || end > length) {
      throw new StringIndexOutOfBoundsException(range(start, end, length));
    }
  }

  public char charAt(int index) {
    checkIndex(index);
    return buffer[index];
  }

  public void setCharAt(int index, char ch) {
    checkIndex(index);
    buffer[index] = ch;
  }

  public TAbstractStringBuilder deleteCharAt(int index) {
    checkIndex(index);
    System.arraycopy(buffer, index + 1, buffer, index, length - index - 1);
    length--;
    return this;
  }

  public int codePointAt(int index) {
    checkIndex(index);
    return Character.codePointAt(buffer, index, length);
  }

  public int codePointBefore(int index) {
    if (index < 1 || index > length) {
      throw new StringIndexOutOfBoundsException(index);
    }
    return Character.codePointBefore(buffer, index, 0);
  }

  public int codePointCount(int beginIndex, int endIndex) {
    if (beginIndex < 0 || endIndex > length || beginIndex > endIndex) {
      throw new IndexOutOfBoundsException();
    }
    return Character.codePointCount(buffer, beginIndex, endIndex - beginIndex);
  }

  public String substring(int start) {
    return substring(start, length);
  }

  public String substring(int start, int end) {
    checkStringRange(start, end, length);
    return new String(buffer, start, end - start);
  }

  public CharSequence subSequence(int start, int end) {
    return substring(start, end);
  }

  public TAbstractStringBuilder delete(int start, int end) {
    end = Math.min(end, length);
    checkStringRange(start, end, length);
    System.arraycopy(buffer, end, buffer, start, length - end);
    length -= end - start;
    return this;
  }

  public TAbstractStringBuilder replace(int start, int end, String str) {
    end = Math.min(end, length);
    checkStringRange(start, end, length);
    int newLength = length - (end - start) + str.length();
    ensureCapacity(newLength);
    System.arraycopy(buffer, end, buffer, start + str.length(), length - end);
    str.getChars(0, str.length(), buffer, start);
    length = newLength;
    return this;
  }

  public void setLength(int newLength) {
    if (newLength < 0) {
      throw new StringIndexOutOfBoundsException(newLength);
    }
    ensureCapacity(newLength);
    for (int i = length; i < newLength; i++) {
      buffer[i] = 0;
    }
    length = newLength;
  }

  public void getChars(int srcBegin, int srcEnd, char[] dst, int dstBegin) {
    checkStringRange(srcBegin, srcEnd, length);
    int n = srcEnd - srcBegin;
    checkRange(dstBegin, dstBegin + n, dst.length);
    System.arraycopy(buffer, srcBegin, dst, dstBegin, n);
  }

  protected TAbstractStringBuilder append(CharSequence s, int start, int end) {
    if (s == null) {
      s = "null";
    }
    checkRange(start, end, s.length());
    ensureCapacity(length + end - start);
    for (int i = start; i < end; i++) {
      buffer[length++] = s.charAt(i);
    }
    return this;
  }

  protected TAbstractStringBuilder append(char[] str, int offset, int len) {
    checkRange(offset, offset + len, str.length);
    ensureCapacity(length + len);
    System.arraycopy(str, offset, buffer, length, len);
    length += len;
    return this;
  }

  protected TAbstractStringBuilder insert(int index, char[] str, int offset, int len) {
    checkOffset(index);
    checkStringRange(offset, offset + len, str.length);
    insertSpace(index, index + len);
    System.arraycopy(str, offset, buffer, index, len);
    return this;
  }

  protected TAbstractStringBuilder insert(int index, char[] str) {
    checkOffset(index);
    insertSpace(index, index + str.length);
    System.arraycopy(str, 0, buffer, index, str.length);
    return this;
  }

  protected TAbstractStringBuilder insert(int index, CharSequence s, int start, int end) {
    checkOffset(index);
    if (s == null) {
      s = "null";
    }
    checkRange(start, end, s.length());
    insertSpace(index, index + end - start);
    for (int i = start; i < end; i++) {
      buffer[index++] = s.charAt(i);
    }
    return this;
  }

  protected TAbstractStringBuilder insert(int index, String s) {
    checkOffset(index);
    if (s == null) {
      s = "null";
    }
    insertSpace(index, index + s.length());
    s.getChars(0, s.length(), buffer, index);
    return this;
  }

  protected TAbstractStringBuilder insert(int index, char c) {
    checkOffset(index);
    insertSpace(index, index + 1);
    buffer[index] = c;
    return this;
  }

  protected TAbstractStringBuilder insert(int index, boolean b) {
    return insert(index, String.valueOf(b));
  }

  // Not String.valueOf: the classlib's Long.toString(long) inserts into a StringBuilder.
  protected TAbstractStringBuilder insert(int index, int i) {
    return insert(index, Numbers.toString(i, 10));
  }

  protected TAbstractStringBuilder insert(int index, long l) {
    return insert(index, Numbers.toString(l, 10));
  }

  protected TAbstractStringBuilder insert(int index, Object o) {
    return insert(index, String.valueOf(o));
  }

  protected TAbstractStringBuilder appendCodePoint(int codePoint) {
    if (!Character.isValidCodePoint(codePoint)) {
      throw new IllegalArgumentException("Not a valid Unicode code point: 0x"
          + Integer.toHexString(codePoint).toUpperCase());
    }
    ensureCapacity(length + 2);
    length += Character.toChars(codePoint, buffer, length);
    return this;
  }

  /** Reverses the chars, then puts surrogate pairs back in order. */
  public TAbstractStringBuilder reverse() {
    for (int i = 0, j = length - 1; i < j; i++, j--) {
      char c = buffer[i];
      buffer[i] = buffer[j];
      buffer[j] = c;
    }
    for (int i = 0; i < length - 1; i++) {
      if (Character.isLowSurrogate(buffer[i]) && Character.isHighSurrogate(buffer[i + 1])) {
        char c = buffer[i];
        buffer[i] = buffer[i + 1];
        buffer[++i] = c;
      }
    }
    return this;
  }
}
