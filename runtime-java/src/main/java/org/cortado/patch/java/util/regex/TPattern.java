package org.cortado.patch.java.util.regex;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.stream.Stream;

/**
 * Patches java.util.regex.Pattern: split as in the JDK (a zero-width match at the start gives no
 * leading empty string, the limit counts the last piece), and adds splitAsStream.
 */
final class TPattern {
  // The classlib's method (a declaration only: natives in patches are not merged).
  public native Matcher matcher(CharSequence input);

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
