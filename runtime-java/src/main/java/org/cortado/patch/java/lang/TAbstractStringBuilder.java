package org.cortado.patch.java.lang;

import org.cortado.runtime.FloatingDecimal;
import org.cortado.runtime.ReplaceClass;
import org.cortado.runtime.StringSupport;

/**
 * java.lang.AbstractStringBuilder with JDK 17's behaviour: its capacity growth, bounds checks and
 * messages, null handling, surrogate-aware reverse and zero-filling setLength.
 *
 * <p>The classlib's StringBuilder and StringBuffer delegate every method here. It stays concrete
 * and keeps {@code append(int, int)} and {@code insert(int, long, int)} because Integer.toString
 * and Long.toString build their results with them; {@code buffer} is read by String's constructors.
 */
@ReplaceClass
class TAbstractStringBuilder implements java.io.Serializable, CharSequence {
  char[] buffer;
  private int length;

  TAbstractStringBuilder() {
    buffer = new char[16];
  }

  TAbstractStringBuilder(int capacity) {
    buffer = new char[capacity];
  }

  TAbstractStringBuilder(String s) {
    buffer = new char[initialCapacity(s.length())];
    append(s);
  }

  TAbstractStringBuilder(CharSequence s) {
    buffer = new char[initialCapacity(s.length())];
    append(s);
  }

  private static int initialCapacity(int contentLength) {
    return contentLength < Integer.MAX_VALUE - 16 ? contentLength + 16 : Integer.MAX_VALUE;
  }

  // ---- capacity

  /** Grows to max(2 * capacity + 2, minCapacity), the JDK's rule, when minCapacity exceeds the capacity. */
  private void ensureCapacityInternal(int minCapacity) {
    if (minCapacity - buffer.length > 0) {
      int newCapacity = buffer.length * 2 + 2;
      if (newCapacity - minCapacity < 0) {
        newCapacity = minCapacity;
      }
      if (newCapacity < 0) {
        throw new OutOfMemoryError("Required length exceeds implementation limit");
      }
      char[] grown = new char[newCapacity];
      System.arraycopy(buffer, 0, grown, 0, length);
      buffer = grown;
    }
  }

  public void ensureCapacity(int minimumCapacity) {
    if (minimumCapacity > 0) {
      ensureCapacityInternal(minimumCapacity);
    }
  }

  public void trimToSize() {
    if (length < buffer.length) {
      char[] trimmed = new char[length];
      System.arraycopy(buffer, 0, trimmed, 0, length);
      buffer = trimmed;
    }
  }

  public int capacity() {
    return buffer.length;
  }

  public int length() {
    return length;
  }

  public boolean isEmpty() {
    return length == 0;
  }

  public void setLength(int newLength) {
    if (newLength < 0) {
      throw new StringIndexOutOfBoundsException(newLength);
    }
    ensureCapacityInternal(newLength);
    for (int i = length; i < newLength; i++) {
      buffer[i] = 0;
    }
    length = newLength;
  }

  /** Makes room for n chars at index (already checked) by moving the tail right. */
  private void openGap(int index, int n) {
    ensureCapacityInternal(length + n);
    System.arraycopy(buffer, index, buffer, index + n, length - index);
    length += n;
  }

  // ---- append

  public TAbstractStringBuilder append(Object obj) {
    return append(String.valueOf(obj));
  }

  TAbstractStringBuilder append(String s) {
    if (s == null) {
      s = "null";
    }
    int n = s.length();
    ensureCapacityInternal(length + n);
    s.getChars(0, n, buffer, length);
    length += n;
    return this;
  }

  TAbstractStringBuilder append(StringBuffer sb) {
    return append((CharSequence) sb);
  }

  TAbstractStringBuilder append(CharSequence s) {
    if (s == null) {
      return append("null");
    }
    if (s instanceof String) {
      return append((String) s);
    }
    return append(s, 0, s.length());
  }

  TAbstractStringBuilder append(CharSequence s, int start, int end) {
    if (s == null) {
      s = "null";
    }
    StringSupport.checkStartEnd(start, end, s.length());
    ensureCapacityInternal(length + end - start);
    // Chars are read one by one so that appending a builder to itself sees its old contents.
    for (int i = start, j = length; i < end; i++) {
      buffer[j++] = s.charAt(i);
    }
    length += end - start;
    return this;
  }

  TAbstractStringBuilder append(char[] chars) {
    return append(chars, 0, chars.length);
  }

  TAbstractStringBuilder append(char[] chars, int offset, int len) {
    StringSupport.checkStartEnd(offset, offset + len, chars.length);
    ensureCapacityInternal(length + len);
    System.arraycopy(chars, offset, buffer, length, len);
    length += len;
    return this;
  }

  TAbstractStringBuilder append(boolean b) {
    return append(b ? "true" : "false");
  }

  TAbstractStringBuilder append(char c) {
    ensureCapacityInternal(length + 1);
    buffer[length++] = c;
    return this;
  }

  TAbstractStringBuilder append(int i) {
    return appendDecimal(i);
  }

  TAbstractStringBuilder append(long l) {
    return appendDecimal(l);
  }

  TAbstractStringBuilder append(float f) {
    return append(FloatingDecimal.toString(f));
  }

  TAbstractStringBuilder append(double d) {
    return append(FloatingDecimal.toString(d));
  }

  TAbstractStringBuilder appendCodePoint(int codePoint) {
    if (codePoint >>> 16 == 0) {
      return append((char) codePoint);
    }
    if (codePoint < 0 || codePoint > 0x10FFFF) {
      throw StringSupport.invalidCodePoint(codePoint);
    }
    ensureCapacityInternal(length + 2);
    buffer[length++] = (char) ((codePoint >>> 10) + (0xD800 - (0x10000 >>> 10)));
    buffer[length++] = (char) ((codePoint & 0x3FF) + 0xDC00);
    return this;
  }

  /** Decimal digits written in place; not via Integer/Long.toString, which build their text here. */
  private TAbstractStringBuilder appendDecimal(long value) {
    // Digits come from the non-positive magnitude, which also covers Long.MIN_VALUE.
    long q = value < 0 ? value : -value;
    int size = value < 0 ? 2 : 1;
    for (long t = q / 10; t != 0; t /= 10) {
      size++;
    }
    ensureCapacityInternal(length + size);
    int pos = length + size;
    do {
      buffer[--pos] = (char) ('0' - (int) (q % 10));
      q /= 10;
    } while (q != 0);
    if (value < 0) {
      buffer[--pos] = '-';
    }
    length += size;
    return this;
  }

  /** Integer.toString(int, radix) appends through this. */
  TAbstractStringBuilder append(int value, int radix) {
    return insert(length, value, radix);
  }

  TAbstractStringBuilder insert(int index, int value, int radix) {
    return insert(index, (long) value, radix);
  }

  /** Long.toString(long, radix) inserts through this: lower-case digits, a sign for negative values. */
  TAbstractStringBuilder insert(int index, long value, int radix) {
    if (radix < 2 || radix > 36) {
      radix = 10;
    }
    char[] digits = new char[65];
    int pos = digits.length;
    long q = value < 0 ? value : -value;
    do {
      int d = -(int) (q % radix);
      digits[--pos] = (char) (d < 10 ? '0' + d : 'a' + d - 10);
      q /= radix;
    } while (q != 0);
    if (value < 0) {
      digits[--pos] = '-';
    }
    return insert(index, digits, pos, digits.length - pos);
  }

  // ---- insert

  TAbstractStringBuilder insert(int offset, String s) {
    StringSupport.checkOffset(offset, length);
    if (s == null) {
      s = "null";
    }
    int n = s.length();
    openGap(offset, n);
    s.getChars(0, n, buffer, offset);
    return this;
  }

  TAbstractStringBuilder insert(int offset, Object obj) {
    return insert(offset, String.valueOf(obj));
  }

  TAbstractStringBuilder insert(int offset, CharSequence s) {
    if (s == null) {
      s = "null";
    }
    if (s instanceof String) {
      return insert(offset, (String) s);
    }
    return insert(offset, s, 0, s.length());
  }

  TAbstractStringBuilder insert(int offset, CharSequence s, int start, int end) {
    if (s == null) {
      s = "null";
    }
    StringSupport.checkOffset(offset, length);
    StringSupport.checkStartEnd(start, end, s.length());
    openGap(offset, end - start);
    // Read after moving the tail, as the JDK does: inserting a builder into itself sees the gap.
    for (int i = start; i < end; i++) {
      buffer[offset++] = s.charAt(i);
    }
    return this;
  }

  TAbstractStringBuilder insert(int offset, char[] chars) {
    StringSupport.checkOffset(offset, length);
    int n = chars.length;
    openGap(offset, n);
    System.arraycopy(chars, 0, buffer, offset, n);
    return this;
  }

  TAbstractStringBuilder insert(int index, char[] chars, int offset, int len) {
    StringSupport.checkOffset(index, length);
    StringSupport.checkStartEndString(offset, offset + len, chars.length);
    openGap(index, len);
    System.arraycopy(chars, offset, buffer, index, len);
    return this;
  }

  TAbstractStringBuilder insert(int offset, boolean b) {
    return insert(offset, b ? "true" : "false");
  }

  TAbstractStringBuilder insert(int offset, char c) {
    StringSupport.checkOffset(offset, length);
    openGap(offset, 1);
    buffer[offset] = c;
    return this;
  }

  TAbstractStringBuilder insert(int offset, int i) {
    return insert(offset, String.valueOf(i));
  }

  TAbstractStringBuilder insert(int offset, long l) {
    return insert(offset, String.valueOf(l));
  }

  TAbstractStringBuilder insert(int offset, float f) {
    return insert(offset, FloatingDecimal.toString(f));
  }

  TAbstractStringBuilder insert(int offset, double d) {
    return insert(offset, FloatingDecimal.toString(d));
  }

  // ---- remove and replace

  public TAbstractStringBuilder delete(int start, int end) {
    if (end > length) {
      end = length;
    }
    StringSupport.checkStartEndString(start, end, length);
    System.arraycopy(buffer, end, buffer, start, length - end);
    length -= end - start;
    return this;
  }

  public TAbstractStringBuilder deleteCharAt(int index) {
    StringSupport.checkIndex(index, length);
    System.arraycopy(buffer, index + 1, buffer, index, length - index - 1);
    length--;
    return this;
  }

  public TAbstractStringBuilder replace(int start, int end, String s) {
    if (end > length) {
      end = length;
    }
    StringSupport.checkStartEndString(start, end, length);
    int n = s.length();
    int newLength = length + n - (end - start);
    ensureCapacityInternal(newLength);
    System.arraycopy(buffer, end, buffer, start + n, length - end);
    s.getChars(0, n, buffer, start);
    length = newLength;
    return this;
  }

  /** Reverses the chars, then restores the order within each surrogate pair. */
  public TAbstractStringBuilder reverse() {
    for (int i = 0, j = length - 1; i < j; i++, j--) {
      char c = buffer[i];
      buffer[i] = buffer[j];
      buffer[j] = c;
    }
    for (int i = 0; i < length - 1; i++) {
      if (StringSupport.isLow(buffer[i]) && StringSupport.isHigh(buffer[i + 1])) {
        char c = buffer[i];
        buffer[i] = buffer[i + 1];
        buffer[++i] = c;
      }
    }
    return this;
  }

  // ---- reading

  public char charAt(int index) {
    StringSupport.checkIndex(index, length);
    return buffer[index];
  }

  public void setCharAt(int index, char c) {
    StringSupport.checkIndex(index, length);
    buffer[index] = c;
  }

  public void getChars(int srcBegin, int srcEnd, char[] dst, int dstBegin) {
    StringSupport.checkStartEndString(srcBegin, srcEnd, length);
    int n = srcEnd - srcBegin;
    StringSupport.checkStartEnd(dstBegin, dstBegin + n, dst.length);
    System.arraycopy(buffer, srcBegin, dst, dstBegin, n);
  }

  public String substring(int start) {
    return substring(start, length);
  }

  public String substring(int start, int end) {
    StringSupport.checkStartEndString(start, end, length);
    return start == end ? "" : new String(buffer, start, end - start);
  }

  public CharSequence subSequence(int start, int end) {
    return substring(start, end);
  }

  /** An empty builder gives the "" literal, as in the JDK. */
  public String toString() {
    return length == 0 ? "" : new String(buffer, 0, length);
  }

  public int indexOf(String s) {
    return indexOf(s, 0);
  }

  public int indexOf(String s, int fromIndex) {
    return StringSupport.indexOf(buffer, length, s.toCharArray(), s.length(), fromIndex);
  }

  public int lastIndexOf(String s) {
    return lastIndexOf(s, length);
  }

  public int lastIndexOf(String s, int fromIndex) {
    return StringSupport.lastIndexOf(buffer, length, s.toCharArray(), s.length(), fromIndex);
  }

  public int codePointAt(int index) {
    StringSupport.checkIndex(index, length);
    return StringSupport.codePointAt(buffer, index, length);
  }

  public int codePointBefore(int index) {
    if (index < 1 || index > length) {
      throw new StringIndexOutOfBoundsException(index);
    }
    return StringSupport.codePointBefore(buffer, index);
  }

  public int codePointCount(int beginIndex, int endIndex) {
    if (beginIndex < 0 || endIndex > length || beginIndex > endIndex) {
      throw new IndexOutOfBoundsException();
    }
    return StringSupport.codePointCount(buffer, beginIndex, endIndex);
  }

  public int offsetByCodePoints(int index, int codePointOffset) {
    if (index < 0 || index > length) {
      throw new IndexOutOfBoundsException();
    }
    return StringSupport.offsetByCodePoints(buffer, length, index, codePointOffset);
  }

  /** StringBuilder.compareTo and StringBuffer.compareTo (JDK 11) compare through this. */
  int compareTo(TAbstractStringBuilder other) {
    return this == other ? 0 : StringSupport.compare(buffer, length, other.buffer, other.length);
  }
}
