package org.cortado.patch.java.util;

import java.util.Objects;

/** java.util.StringJoiner, which teavm-classlib lacks: the JDK 17 behaviour and messages. */
public final class TStringJoiner {
  private final String prefix;
  private final String delimiter;
  private final String suffix;
  private StringBuilder value;
  private String emptyValue;

  public TStringJoiner(CharSequence delimiter) {
    this(delimiter, "", "");
  }

  public TStringJoiner(CharSequence delimiter, CharSequence prefix, CharSequence suffix) {
    Objects.requireNonNull(prefix, "The prefix must not be null");
    Objects.requireNonNull(delimiter, "The delimiter must not be null");
    Objects.requireNonNull(suffix, "The suffix must not be null");
    this.prefix = prefix.toString();
    this.delimiter = delimiter.toString();
    this.suffix = suffix.toString();
  }

  public TStringJoiner setEmptyValue(CharSequence emptyValue) {
    this.emptyValue = Objects.requireNonNull(emptyValue, "The empty value must not be null").toString();
    return this;
  }

  public TStringJoiner add(CharSequence newElement) {
    String s = String.valueOf(newElement);
    if (value == null) {
      value = new StringBuilder(prefix);
    } else {
      value.append(delimiter);
    }
    value.append(s);
    return this;
  }

  public TStringJoiner merge(TStringJoiner other) {
    Objects.requireNonNull(other);
    if (other.value == null) {
      return this;
    }
    // Read the other's content before appending: it may be this joiner.
    String content = other.value.substring(other.prefix.length());
    if (value == null) {
      value = new StringBuilder(prefix);
    } else {
      value.append(delimiter);
    }
    value.append(content);
    return this;
  }

  public int length() {
    if (value == null) {
      return emptyValue != null ? emptyValue.length() : prefix.length() + suffix.length();
    }
    return value.length() + suffix.length();
  }

  @Override
  public String toString() {
    if (value == null) {
      return emptyValue != null ? emptyValue : prefix + suffix;
    }
    return value + suffix;
  }
}
