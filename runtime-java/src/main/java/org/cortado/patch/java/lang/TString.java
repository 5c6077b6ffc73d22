package org.cortado.patch.java.lang;

import java.io.UnsupportedEncodingException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cortado.runtime.CharacterData;
import org.cortado.runtime.PatchConstructor;
import org.cortado.runtime.StringCodecs;
import org.cortado.runtime.StringSupport;
import org.cortado.runtime.Strings;

/**
 * Gives java.lang.String its storage and JDK 17's behaviour where the classlib departs from it
 * (bounds checks and their messages, charsets, edge cases, which results are new strings). The
 * classlib declares native accessors and leaves the representation to the compiler: ours is a
 * char array; string literals are created by the emitter with the same layout.
 */
public final class TString {
  private char[] characters;

  // Lets javac compile `new TString()`; like every unmarked patch constructor it is not merged,
  // so the classlib's String() runs.
  private TString() {
  }

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

  // ---- JDK 17 behaviour: bounds checks and messages, edge cases, identity of results

  private static char[] chars(String s) {
    return ((TString) (Object) s).characters;
  }

  private String self() {
    return (String) (Object) this;
  }

  /** A new string over chars (not copied); the empty string is the "" literal, as the JDK returns it. */
  private static String wrap(char[] chars) {
    if (chars.length == 0) {
      return "";
    }
    TString s = new TString();
    s.characters = chars;
    return (String) (Object) s;
  }

  private static String copyOf(char[] chars, int offset, int count) {
    return count == 0 ? "" : new String(chars, offset, count);
  }

  @PatchConstructor
  TString(char[] value, int offset, int count) {
    StringSupport.checkOffsetCount(offset, count, value.length);
    initWithCharArray(value, offset, count);
  }

  @PatchConstructor
  TString(int[] codePoints, int offset, int count) {
    StringSupport.checkOffsetCount(offset, count, codePoints.length);
    int size = count;
    for (int i = offset; i < offset + count; i++) {
      int cp = codePoints[i];
      if (cp < 0 || cp > 0x10FFFF) {
        throw new IllegalArgumentException(Integer.toString(cp));
      }
      if (cp >= 0x10000) {
        size++;
      }
    }
    char[] chars = new char[size];
    for (int i = offset, j = 0; i < offset + count; i++) {
      int cp = codePoints[i];
      if (cp < 0x10000) {
        chars[j++] = (char) cp;
      } else {
        chars[j++] = (char) ((cp >>> 10) + (0xD800 - (0x10000 >>> 10)));
        chars[j++] = (char) ((cp & 0x3FF) + 0xDC00);
      }
    }
    characters = chars;
  }

  // A charset name the JDK does not know is an UnsupportedEncodingException (the classlib lets
  // Charset.forName's unchecked exceptions through).
  @PatchConstructor
  TString(byte[] bytes, int offset, int length, String charsetName) throws UnsupportedEncodingException {
    Charset charset = lookup(charsetName);
    StringSupport.checkOffsetCount(offset, length, bytes.length);
    initWithBytes(bytes, offset, length, charset);
  }

  @PatchConstructor
  TString(byte[] bytes, String charsetName) throws UnsupportedEncodingException {
    this(bytes, 0, bytes.length, charsetName);
  }

  /** The deprecated constructor: each char is hibyte in its high and a byte in its low 8 bits. */
  @PatchConstructor
  TString(byte[] ascii, int hibyte, int offset, int count) {
    StringSupport.checkOffsetCount(offset, count, ascii.length);
    char[] chars = new char[count];
    for (int i = 0; i < count; i++) {
      chars[i] = (char) (((hibyte & 0xFF) << 8) | (ascii[offset + i] & 0xFF));
    }
    characters = chars;
  }

  @PatchConstructor
  TString(byte[] ascii, int hibyte) {
    this(ascii, hibyte, 0, ascii.length);
  }

  private static Charset lookup(String charsetName) throws UnsupportedEncodingException {
    if (charsetName == null) {
      throw new NullPointerException("charsetName");
    }
    try {
      return Charset.forName(charsetName);
    } catch (UnsupportedCharsetException | IllegalCharsetNameException e) {
      throw new UnsupportedEncodingException(charsetName);
    }
  }

  private void initWithBytes(byte[] bytes, int offset, int length, Charset charset) {
    Objects.requireNonNull(charset, "charset");
    StringSupport.checkOffsetCount(offset, length, bytes.length);
    int kind = StringCodecs.kind(charset.name());
    if (kind >= 0) {
      characters = StringCodecs.decode(kind, bytes, offset, length);
      return;
    }
    CharBuffer decoded = charset.decode(ByteBuffer.wrap(bytes, offset, length));
    char[] chars = new char[decoded.remaining()];
    decoded.get(chars);
    characters = chars;
  }

  public byte[] getBytes(Charset charset) {
    int kind = StringCodecs.kind(charset.name());
    if (kind >= 0) {
      return StringCodecs.encode(kind, characters, 0, characters.length);
    }
    ByteBuffer encoded = charset.encode(CharBuffer.wrap(characters));
    byte[] bytes = new byte[encoded.remaining()];
    encoded.get(bytes);
    return bytes;
  }

  public byte[] getBytes(String charsetName) throws UnsupportedEncodingException {
    return getBytes(lookup(charsetName));
  }

  /** The deprecated form: the low 8 bits of each char. */
  public void getBytes(int srcBegin, int srcEnd, byte[] dst, int dstBegin) {
    StringSupport.checkBeginEnd(srcBegin, srcEnd, characters.length);
    StringSupport.checkOffsetCount(dstBegin, srcEnd - srcBegin, dst.length);
    for (int i = srcBegin; i < srcEnd; i++) {
      dst[dstBegin++] = (byte) characters[i];
    }
  }

  // The message depends on the JDK's storage: strings of Latin-1 chars only report the index alone.
  public char charAt(int index) {
    char[] a = characters;
    if (index < 0 || index >= a.length) {
      for (char c : a) {
        if (c > 0xFF) {
          StringSupport.checkIndex(index, a.length);
        }
      }
      throw new StringIndexOutOfBoundsException(index);
    }
    return a[index];
  }

  public int codePointAt(int index) {
    StringSupport.checkIndex(index, characters.length);
    return StringSupport.codePointAt(characters, index, characters.length);
  }

  public int codePointBefore(int index) {
    if (index < 1 || index > characters.length) {
      throw new StringIndexOutOfBoundsException(index);
    }
    return StringSupport.codePointBefore(characters, index);
  }

  public int codePointCount(int beginIndex, int endIndex) {
    if (beginIndex < 0 || beginIndex > endIndex || endIndex > characters.length) {
      throw new IndexOutOfBoundsException();
    }
    return StringSupport.codePointCount(characters, beginIndex, endIndex);
  }

  public int offsetByCodePoints(int index, int codePointOffset) {
    if (index < 0 || index > characters.length) {
      throw new IndexOutOfBoundsException();
    }
    return StringSupport.offsetByCodePoints(characters, characters.length, index, codePointOffset);
  }

  public void getChars(int srcBegin, int srcEnd, char[] dst, int dstBegin) {
    StringSupport.checkBeginEnd(srcBegin, srcEnd, characters.length);
    StringSupport.checkOffsetCount(dstBegin, srcEnd - srcBegin, dst.length);
    System.arraycopy(characters, srcBegin, dst, dstBegin, srcEnd - srcBegin);
  }

  public char[] toCharArray() {
    char[] copy = new char[characters.length];
    System.arraycopy(characters, 0, copy, 0, copy.length);
    return copy;
  }

  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof String)) {
      return false;
    }
    char[] a = characters;
    char[] b = chars((String) other);
    if (a.length != b.length) {
      return false;
    }
    for (int i = 0; i < a.length; i++) {
      if (a[i] != b[i]) {
        return false;
      }
    }
    return true;
  }

  public int compareTo(String other) {
    return StringSupport.compare(characters, characters.length, chars(other), other.length());
  }

  public boolean isBlank() {
    for (char c : characters) {
      if (!Character.isWhitespace(c)) {
        return false;
      }
    }
    return true;
  }

  public boolean startsWith(String prefix, int offset) {
    return regionMatches(offset, prefix, 0, prefix.length());
  }

  public boolean startsWith(String prefix) {
    return regionMatches(0, prefix, 0, prefix.length());
  }

  public boolean endsWith(String suffix) {
    return regionMatches(characters.length - suffix.length(), suffix, 0, suffix.length());
  }

  public boolean regionMatches(int offset, String other, int otherOffset, int len) {
    char[] b = chars(other);
    if (otherOffset < 0 || offset < 0 || offset > (long) characters.length - len || otherOffset > (long) b.length - len) {
      return false;
    }
    for (int i = 0; i < len; i++) {
      if (characters[offset + i] != b[otherOffset + i]) {
        return false;
      }
    }
    return true;
  }

  public int indexOf(int ch) {
    return StringSupport.indexOf(characters, characters.length, ch, 0);
  }

  public int indexOf(int ch, int fromIndex) {
    return StringSupport.indexOf(characters, characters.length, ch, fromIndex);
  }

  public int lastIndexOf(int ch) {
    return StringSupport.lastIndexOf(characters, characters.length, ch, characters.length - 1);
  }

  public int lastIndexOf(int ch, int fromIndex) {
    return StringSupport.lastIndexOf(characters, characters.length, ch, fromIndex);
  }

  public int indexOf(String s) {
    return StringSupport.indexOf(characters, characters.length, chars(s), s.length(), 0);
  }

  public int indexOf(String s, int fromIndex) {
    return StringSupport.indexOf(characters, characters.length, chars(s), s.length(), fromIndex);
  }

  public int lastIndexOf(String s) {
    return StringSupport.lastIndexOf(characters, characters.length, chars(s), s.length(), characters.length);
  }

  public int lastIndexOf(String s, int fromIndex) {
    return StringSupport.lastIndexOf(characters, characters.length, chars(s), s.length(), fromIndex);
  }

  public boolean contains(CharSequence s) {
    return indexOf(s.toString()) >= 0;
  }

  public String substring(int beginIndex) {
    return substring(beginIndex, characters.length);
  }

  public String substring(int beginIndex, int endIndex) {
    StringSupport.checkBeginEnd(beginIndex, endIndex, characters.length);
    if (beginIndex == 0 && endIndex == characters.length) {
      return self();
    }
    return copyOf(characters, beginIndex, endIndex - beginIndex);
  }

  public CharSequence subSequence(int beginIndex, int endIndex) {
    return substring(beginIndex, endIndex);
  }

  /** An empty receiver still gives a new string (the classlib returned the argument itself). */
  public String concat(String other) {
    char[] b = chars(other);
    if (b.length == 0) {
      return self();
    }
    char[] result = new char[characters.length + b.length];
    System.arraycopy(characters, 0, result, 0, characters.length);
    System.arraycopy(b, 0, result, characters.length, b.length);
    return wrap(result);
  }

  public String replace(char oldChar, char newChar) {
    int first = oldChar == newChar ? -1 : indexOf(oldChar);
    if (first < 0) {
      return self();
    }
    char[] result = toCharArray();
    for (int i = first; i < result.length; i++) {
      if (result[i] == oldChar) {
        result[i] = newChar;
      }
    }
    return wrap(result);
  }

  /** An empty target matches before every char and at the end (the classlib looped forever). */
  public String replace(CharSequence target, CharSequence replacement) {
    String t = target.toString();
    String r = replacement.toString();
    int n = characters.length;
    if (t.isEmpty()) {
      StringBuilder sb = new StringBuilder(n + (n + 1) * r.length());
      sb.append(r);
      for (int i = 0; i < n; i++) {
        sb.append(characters[i]).append(r);
      }
      return sb.toString();
    }
    int at = indexOf(t);
    if (at < 0) {
      return self();
    }
    StringBuilder sb = new StringBuilder();
    int from = 0;
    do {
      sb.append(characters, from, at - from).append(r);
      from = at + t.length();
      at = indexOf(t, from);
    } while (at >= 0);
    sb.append(characters, from, n - from);
    return sb.toString();
  }

  public String trim() {
    int begin = 0;
    int end = characters.length;
    while (begin < end && characters[begin] <= ' ') {
      begin++;
    }
    while (end > begin && characters[end - 1] <= ' ') {
      end--;
    }
    return substring(begin, end);
  }

  /** All whitespace (even an empty receiver) gives the "" literal, as in the JDK. */
  public String strip() {
    int begin = indexOfNonWhitespace();
    return begin == characters.length ? "" : substring(begin, lastIndexOfNonWhitespace());
  }

  public String stripLeading() {
    return substring(indexOfNonWhitespace());
  }

  public String stripTrailing() {
    return substring(0, lastIndexOfNonWhitespace());
  }

  private int indexOfNonWhitespace() {
    int i = 0;
    while (i < characters.length) {
      int cp = StringSupport.codePointAt(characters, i, characters.length);
      if (!Character.isWhitespace(cp)) {
        break;
      }
      i += Character.charCount(cp);
    }
    return i;
  }

  /** The index just after the last non-whitespace code point. */
  private int lastIndexOfNonWhitespace() {
    int i = characters.length;
    while (i > 0) {
      int cp = StringSupport.codePointBefore(characters, i);
      if (!Character.isWhitespace(cp)) {
        break;
      }
      i -= Character.charCount(cp);
    }
    return i;
  }

  /** Lines end at \n, \r or \r\n; a final terminator opens no empty line. */
  private String[] splitLines() {
    ArrayList<String> lines = new ArrayList<>();
    int n = characters.length;
    int start = 0;
    while (start < n) {
      int end = start;
      while (end < n && characters[end] != '\n' && characters[end] != '\r') {
        end++;
      }
      lines.add(substring(start, end));
      start = end < n && characters[end] == '\r' && end + 1 < n && characters[end + 1] == '\n' ? end + 2 : end + 1;
    }
    return lines.toArray(new String[0]);
  }

  public Stream<String> lines() {
    return Arrays.stream(splitLines());
  }

  public String indent(int n) {
    if (characters.length == 0) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    for (String line : splitLines()) {
      if (n > 0) {
        for (int i = 0; i < n; i++) {
          sb.append(' ');
        }
        sb.append(line);
      } else if (n < 0) {
        TString l = (TString) (Object) line;
        sb.append(line, n == Integer.MIN_VALUE ? l.indexOfNonWhitespace() : Math.min(-n, l.indexOfNonWhitespace()), line.length());
      } else {
        sb.append(line);
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  /**
   * Removes the indentation common to the non-blank lines (and the last line), strips trailing
   * whitespace and normalises line ends to \n; a final line end keeps nothing indented.
   */
  public String stripIndent() {
    int n = characters.length;
    if (n == 0) {
      return "";
    }
    boolean endsWithNewline = characters[n - 1] == '\n' || characters[n - 1] == '\r';
    String[] lines = splitLines();
    int outdent = Integer.MAX_VALUE;
    if (!endsWithNewline) {
      for (String line : lines) {
        int lead = ((TString) (Object) line).indexOfNonWhitespace();
        if (lead != line.length()) {
          outdent = Math.min(outdent, lead);
        }
      }
      String last = lines[lines.length - 1];
      if (last.isBlank()) {
        outdent = Math.min(outdent, last.length());
      }
    } else {
      outdent = 0;
    }
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        sb.append('\n');
      }
      TString line = (TString) (Object) lines[i];
      int first = line.indexOfNonWhitespace();
      int last = line.lastIndexOfNonWhitespace();
      if (first < last) {
        sb.append(line.characters, Math.min(outdent, first), last - Math.min(outdent, first));
      }
    }
    if (endsWithNewline) {
      sb.append('\n');
    }
    return new String(sb);
  }

  public String translateEscapes() {
    char[] a = characters;
    if (a.length == 0) {
      return "";
    }
    StringBuilder sb = new StringBuilder(a.length);
    int i = 0;
    while (i < a.length) {
      char c = a[i++];
      if (c != '\\') {
        sb.append(c);
        continue;
      }
      c = i < a.length ? a[i++] : '\0';
      switch (c) {
        case 'b': sb.append('\b'); break;
        case 'f': sb.append('\f'); break;
        case 'n': sb.append('\n'); break;
        case 'r': sb.append('\r'); break;
        case 's': sb.append(' '); break;
        case 't': sb.append('\t'); break;
        case '\'': case '"': case '\\': sb.append(c); break;
        case '\n':
          break;
        case '\r':
          if (i < a.length && a[i] == '\n') {
            i++;
          }
          break;
        default:
          if (c >= '0' && c <= '7') {
            int value = c - '0';
            int maxDigits = c <= '3' ? 3 : 2;
            for (int k = 1; k < maxDigits && i < a.length && a[i] >= '0' && a[i] <= '7'; k++) {
              value = value * 8 + (a[i++] - '0');
            }
            sb.append((char) value);
          } else {
            String hex = Integer.toHexString(c).toUpperCase();
            throw new IllegalArgumentException("Invalid escape sequence: \\" + c + " \\\\u" + "0000".substring(hex.length()) + hex);
          }
      }
    }
    return new String(sb);
  }

  public <R> R transform(Function<? super String, ? extends R> f) {
    return f.apply(self());
  }

  public Optional<String> describeConstable() {
    return Optional.of(self());
  }

  public String repeat(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("count is negative: " + count);
    }
    int n = characters.length;
    if (count == 1) {
      return self();
    }
    if (n == 0 || count == 0) {
      return "";
    }
    if (Integer.MAX_VALUE / count < n) {
      throw new OutOfMemoryError("Required length exceeds implementation limit");
    }
    char[] result = new char[n * count];
    for (int i = 0; i < count; i++) {
      System.arraycopy(characters, 0, result, i * n, n);
    }
    return wrap(result);
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  public String[] split(String regex) {
    return split(regex, 0);
  }

  /**
   * A delimiter that is one literal char (or a backslash-escaped non-alphanumeric char) is split
   * without java.util.regex, as the JDK does; other patterns go through Pattern.
   */
  public String[] split(String regex, int limit) {
    int delimiter = -1;
    if (regex.length() == 1 && ".$|()[{^?*+\\".indexOf(regex.charAt(0)) < 0) {
      delimiter = regex.charAt(0);
    } else if (regex.length() == 2 && regex.charAt(0) == '\\' && !isAsciiLetterOrDigit(regex.charAt(1))) {
      delimiter = regex.charAt(1);
    }
    if (delimiter < 0 || StringSupport.isHigh((char) delimiter) || StringSupport.isLow((char) delimiter)) {
      return Pattern.compile(regex).split(self(), limit);
    }
    ArrayList<String> parts = new ArrayList<>();
    int start = 0;
    int at;
    while ((limit <= 0 || parts.size() < limit - 1) && (at = indexOf(delimiter, start)) >= 0) {
      parts.add(substring(start, at));
      start = at + 1;
    }
    if (start == 0) {
      return new String[] {self()};
    }
    parts.add(substring(start));
    int size = parts.size();
    if (limit == 0) {
      while (size > 0 && parts.get(size - 1).isEmpty()) {
        size--;
      }
    }
    return parts.subList(0, size).toArray(new String[0]);
  }

  /** Null elements join as "null", as in the JDK (the classlib throws). */
  public static String join(CharSequence delimiter, CharSequence... elements) {
    Objects.requireNonNull(delimiter);
    Objects.requireNonNull(elements);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < elements.length; i++) {
      if (i > 0) {
        sb.append(delimiter);
      }
      sb.append(elements[i]);
    }
    return new String(sb); // always a new string, as in the JDK
  }

  public static String join(CharSequence delimiter, Iterable<? extends CharSequence> elements) {
    Objects.requireNonNull(delimiter);
    Objects.requireNonNull(elements);
    StringBuilder sb = new StringBuilder();
    boolean first = true;
    for (CharSequence e : elements) {
      if (!first) {
        sb.append(delimiter);
      }
      sb.append(e);
      first = false;
    }
    return new String(sb);
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
