package org.cortado.runtime;

/**
 * Locale data for Locale, DecimalFormatSymbols, NumberFormat and Currency, from tables the emitter
 * takes from the JVM it runs on (see the emitter's LocaleTables). Number data exists for the root
 * locale, the Locale constants and the default locale; other locales fall back to their language,
 * then to the root. Names are those of the default locale, whatever locale asks.
 */
public final class LocaleData {
  /** Indexes of the number fields of {@link #numberData}. */
  public static final int GROUPING = 0;
  public static final int DECIMAL = 1;
  public static final int PER_MILL = 2;
  public static final int PERCENT = 3;
  public static final int MINUS = 4;
  public static final int ZERO = 5;
  public static final int MONETARY_DECIMAL = 6;
  public static final int EXPONENT = 7;
  public static final int NAN = 8;
  public static final int INFINITY = 9;
  public static final int NUMBER_PATTERN = 10;
  public static final int INTEGER_PATTERN = 11;
  public static final int PERCENT_PATTERN = 12;
  public static final int CURRENCY_PATTERN = 13;

  private static String[][] locales;
  private static String currencies;

  private LocaleData() {
  }

  // The emitter replaces each of these by the table's string literal.
  /** Language, script, country and variant of the default locale, one a line. */
  private static native String defaultLocale();

  /** Lines (no final newline), one per locale: tag, then tab-separated fields; empty fields are the root's (first line). */
  private static native String localeTable();

  /** "code\tname" lines for ISO languages (lower case), countries (upper case), scripts and variants. */
  private static native String displayNames();

  /** Count, 5-char currency entries (code, digits + 1, numeric code), then 3-char country entries (code, index). */
  private static native String currencyTable();

  /** "CODE\tsymbol" lines for currencies whose symbol is not their code. */
  private static native String currencySymbols();

  /** "CODE\tname" lines. */
  private static native String currencyNames();

  public static String[] defaultLocaleParts() {
    return split(defaultLocale(), '\n');
  }

  private static String[][] locales() {
    if (locales == null) {
      String[] lines = split(localeTable(), '\n');
      String[][] table = new String[lines.length][];
      for (int i = 0; i < table.length; i++) {
        table[i] = split(lines[i], '\t');
        for (int f = 1; f < table[i].length; f++) {
          if (table[i][f].isEmpty()) {
            table[i][f] = table[0][f];
          }
        }
      }
      locales = table;
    }
    return locales;
  }

  /** Number symbols and patterns (fields indexed by the constants above) for a locale. */
  public static String[] numberData(String language, String country) {
    String[][] table = locales();
    String[] found = table[0];
    String exact = country.isEmpty() ? language : language + "_" + country;
    for (String[] entry : table) {
      if (entry[0].equals(exact)) {
        found = entry;
        break;
      }
      if (entry[0].equals(language)) {
        found = entry;
      }
    }
    String[] fields = new String[found.length - 1];
    System.arraycopy(found, 1, fields, 0, fields.length);
    return fields;
  }

  /** The tags (language_COUNTRY) of the locales with number data. */
  public static String[] availableLocales() {
    String[][] table = locales();
    String[] tags = new String[table.length];
    for (int i = 0; i < tags.length; i++) {
      tags[i] = table[i][0];
    }
    return tags;
  }

  /** The default locale's name for a language (lower case), country (upper case), script or variant, or null. */
  public static String displayName(String code) {
    return lookup(displayNames(), code);
  }

  /** Index of a currency code in the currency table, or -1. */
  public static int currencyIndex(String code) {
    String t = currencyTable();
    int n = t.charAt(0);
    for (int i = 0; i < n; i++) {
      if (t.startsWith(code, 1 + 5 * i) && code.length() == 3) {
        return i;
      }
    }
    return -1;
  }

  /** The currency of an ISO country, or null. */
  public static String countryCurrency(String country) {
    String t = currencyTable();
    int n = t.charAt(0);
    for (int i = 1 + 5 * n; i + 3 <= t.length(); i += 3) {
      if (t.startsWith(country, i) && country.length() == 2) {
        return currencyCode(t.charAt(i + 2));
      }
    }
    return null;
  }

  public static int currencyCount() {
    return currencyTable().charAt(0);
  }

  public static String currencyCode(int index) {
    int at = 1 + 5 * index;
    return currencyTable().substring(at, at + 3);
  }

  public static int currencyDigits(int index) {
    return currencyTable().charAt(1 + 5 * index + 3) - 1;
  }

  public static int currencyNumericCode(int index) {
    return currencyTable().charAt(1 + 5 * index + 4);
  }

  public static String currencySymbol(String code) {
    String symbol = lookup(currencySymbols(), code);
    return symbol != null ? symbol : code;
  }

  public static String currencyName(String code) {
    String name = lookup(currencyNames(), code);
    return name != null ? name : code;
  }

  /** The text after "key\t" on a line of {@code table}, or null. */
  private static String lookup(String table, String key) {
    int at = 0;
    while (at < table.length()) {
      int end = table.indexOf('\n', at);
      if (table.startsWith(key, at) && at + key.length() < end && table.charAt(at + key.length()) == '\t') {
        return table.substring(at + key.length() + 1, end);
      }
      at = end + 1;
    }
    return null;
  }

  /** Splits on a character, keeping empty fields. */
  private static String[] split(String s, char separator) {
    int count = 1;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == separator) {
        count++;
      }
    }
    String[] parts = new String[count];
    int start = 0;
    for (int p = 0; p < count; p++) {
      int end = s.indexOf(separator, start);
      if (end < 0) {
        end = s.length();
      }
      parts[p] = s.substring(start, end);
      start = end + 1;
    }
    return parts;
  }
}
