package org.cortado.patch.java.util.regex;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.stream.Stream;

/**
 * Patches java.util.regex.Pattern: split as in the JDK (a zero-width match at the start gives no
 * leading empty string, the limit counts the last piece), single-letter alternatives, and adds
 * splitAsStream.
 */
final class TPattern {
  private static final int CASE_INSENSITIVE = 2;
  private static final int UNICODE_CASE = 64;

  private TLexer lexemes;

  // The classlib's methods (declarations only: natives in patches are not merged).
  public native Matcher matcher(CharSequence input);

  private native boolean hasFlag(int flag);

  private native TAbstractSet processRangeSet(TAbstractCharClass charClass);

  /**
   * Alternatives of single letters ("a|b|c") become one class. A letter followed by a class such as
   * \d starts a longer alternative: the classlib took it for a single letter too, so "c|a\d"
   * matched "a" and "1".
   */
  private TAbstractSet processAlternations(TAbstractSet last) {
    TCharClass letters = new TCharClass(hasFlag(CASE_INSENSITIVE), hasFlag(UNICODE_CASE));
    while (!lexemes.isEmpty() && lexemes.isLetter() && endsAlternative(lexemes)) {
      letters.add(lexemes.next());
      if (lexemes.peek() == TLexer.CHAR_VERTICAL_BAR) {
        lexemes.next();
      }
    }
    TAbstractSet set = processRangeSet(letters);
    set.setNext(last);
    return set;
  }

  /** Whether the token after the current one ends an alternative: the end, '|' or ')'. */
  private static boolean endsAlternative(TLexer lexemes) {
    int ahead = lexemes.lookAhead();
    return ahead == 0 && !lexemes.isNextSpecial() || ahead == TLexer.CHAR_VERTICAL_BAR
        || ahead == TLexer.CHAR_RIGHT_PARENTHESIS;
  }

  public String[] split(CharSequence input) {
    return split(input, 0);
  }

  public String[] split(CharSequence input, int limit) {
    ArrayList<String> parts = new ArrayList<>();
    Matcher m = matcher(input);
    int index = 0;
    while ((limit <= 0 || parts.size() < limit - 1) && m.find()) {
      if (m.end() == 0) {
        continue; // an empty match at the very start splits nothing off
      }
      parts.add(input.subSequence(index, m.start()).toString());
      index = m.end();
    }
    if (index == 0) {
      return new String[] {input.toString()};
    }
    parts.add(input.subSequence(index, input.length()).toString());
    int size = parts.size();
    if (limit == 0) {
      while (size > 0 && parts.get(size - 1).isEmpty()) {
        size--;
      }
    }
    return parts.subList(0, size).toArray(new String[0]);
  }

  public Stream<String> splitAsStream(CharSequence input) {
    return Arrays.stream(split(input));
  }
}
