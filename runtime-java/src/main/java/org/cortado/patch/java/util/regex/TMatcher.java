package org.cortado.patch.java.util.regex;

import java.util.ArrayList;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.stream.Stream;

/**
 * Patches java.util.regex.Matcher: replacement strings as in the JDK ($n taking as many digits as
 * name a group, ${name}, the JDK's error messages), and the JDK 9 methods the classlib lacks
 * (StringBuilder appends, replacing functions, results) plus group/start/end by name.
 */
final class TMatcher {
  private CharSequence string;
  private int appendPos;
  private TMatchResultImpl matchResult;

  // The classlib's methods (declarations only: natives in patches are not merged).
  public native Matcher reset();

  public native boolean find();

  public native int start();

  public native int start(int group);

  public native int end();

  public native int end(int group);

  public native String group(int group);

  public native int groupCount();

  public native MatchResult toMatchResult();

  public native Map<String, Integer> namedGroups();

  private Matcher self() {
    return (Matcher) (Object) this;
  }

  public Matcher appendReplacement(StringBuffer sb, String replacement) {
    int start = start();
    StringBuilder expanded = new StringBuilder();
    expand(replacement, expanded);
    sb.append(string, appendPos, start).append(expanded);
    appendPos = end();
    return self();
  }

  public Matcher appendReplacement(StringBuilder sb, String replacement) {
    int start = start();
    StringBuilder expanded = new StringBuilder();
    expand(replacement, expanded);
    sb.append(string, appendPos, start).append(expanded);
    appendPos = end();
    return self();
  }

  public StringBuffer appendTail(StringBuffer sb) {
    return sb.append(string, appendPos, string.length());
  }

  public StringBuilder appendTail(StringBuilder sb) {
    return sb.append(string, appendPos, string.length());
  }

  public String replaceAll(String replacement) {
    reset();
    if (!find()) {
      return string.toString();
    }
    StringBuilder sb = new StringBuilder();
    do {
      appendReplacement(sb, replacement);
    } while (find());
    return appendTail(sb).toString();
  }

  public String replaceAll(Function<MatchResult, String> replacer) {
    Objects.requireNonNull(replacer);
    reset();
    if (!find()) {
      return string.toString();
    }
    StringBuilder sb = new StringBuilder();
    do {
      appendReplacement(sb, replacer.apply(self()));
    } while (find());
    return appendTail(sb).toString();
  }

  public String replaceFirst(String replacement) {
    if (replacement == null) {
      throw new NullPointerException("replacement");
    }
    reset();
    if (!find()) {
      return string.toString();
    }
    StringBuilder sb = new StringBuilder();
    appendReplacement(sb, replacement);
    return appendTail(sb).toString();
  }

  public String replaceFirst(Function<MatchResult, String> replacer) {
    Objects.requireNonNull(replacer);
    reset();
    if (!find()) {
      return string.toString();
    }
    StringBuilder sb = new StringBuilder();
    appendReplacement(sb, replacer.apply(self()));
    return appendTail(sb).toString();
  }

  /** The remaining matches, collected when called (the JDK's stream is lazy). */
  public Stream<MatchResult> results() {
    ArrayList<MatchResult> results = new ArrayList<>();
    while (find()) {
      results.add(toMatchResult());
    }
    return results.stream();
  }

  public String group(String name) {
    return group(namedGroup(name));
  }

  public int start(String name) {
    return start(namedGroup(name));
  }

  public int end(String name) {
    return end(namedGroup(name));
  }

  private int namedGroup(String name) {
    Objects.requireNonNull(name, "Group name");
    if (!matchResult.isValid()) {
      throw new IllegalStateException("No match found");
    }
    Integer group = namedGroups().get(name);
    if (group == null) {
      throw new IllegalArgumentException("No group with name <" + name + ">");
    }
    return group;
  }

  /** Appends the replacement with \x escapes and $n / ${name} group references resolved. */
  private void expand(String replacement, StringBuilder out) {
    int n = replacement.length();
    int i = 0;
    while (i < n) {
      char c = replacement.charAt(i++);
      if (c == '\\') {
        if (i == n) {
          throw new IllegalArgumentException("character to be escaped is missing");
        }
        out.append(replacement.charAt(i++));
      } else if (c != '$') {
        out.append(c);
      } else {
        if (i == n) {
          throw new IllegalArgumentException("Illegal group reference: group index is missing");
        }
        int group;
        if (replacement.charAt(i) == '{') {
          int nameStart = ++i;
          while (i < n && isAsciiLetterOrDigit(replacement.charAt(i))) {
            i++;
          }
          if (i == nameStart) {
            throw new IllegalArgumentException("named capturing group has 0 length name");
          }
          if (i == n || replacement.charAt(i) != '}') {
            throw new IllegalArgumentException("named capturing group is missing trailing '}'");
          }
          String name = replacement.substring(nameStart, i++);
          if (name.charAt(0) <= '9') {
            throw new IllegalArgumentException("capturing group name {" + name + "} starts with digit character");
          }
          Integer index = namedGroups().get(name);
          if (index == null) {
            throw new IllegalArgumentException("No group with name {" + name + "}");
          }
          group = index;
        } else {
          group = replacement.charAt(i) - '0';
          if (group < 0 || group > 9) {
            throw new IllegalArgumentException("Illegal group reference");
          }
          i++;
          // Further digits belong to the reference as long as they still name an existing group.
          while (i < n && replacement.charAt(i) >= '0' && replacement.charAt(i) <= '9'
              && group * 10 + replacement.charAt(i) - '0' <= groupCount()) {
            group = group * 10 + replacement.charAt(i++) - '0';
          }
        }
        String text = group(group);
        if (text != null) {
          out.append(text);
        }
      }
    }
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }
}
