package org.cortado.lowering;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Locale data behind {@code org.cortado.runtime.LocaleData}, taken from the JVM the emitter runs
 * on: its default locale, number symbols and patterns of the Locale constants, names in the
 * default locale, and currencies. Formats are documented with their decoders in LocaleData.
 */
public final class LocaleTables {
  /** The native methods of LocaleData that return a table, by name. */
  public static final List<String> NATIVES = List.of("defaultLocale", "localeTable", "displayNames",
      "currencyTable", "currencySymbols", "currencyNames");
  private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

  private LocaleTables() {
  }

  /** The table a LocaleData native returns. */
  public static String get(String nativeName) {
    return CACHE.computeIfAbsent(nativeName, LocaleTables::build);
  }

  private static String build(String name) {
    return switch (name) {
      case "defaultLocale" -> {
        Locale d = Locale.getDefault();
        yield String.join("\n", d.getLanguage(), d.getScript(), d.getCountry(), d.getVariant());
      }
      case "localeTable" -> localeTable();
      case "displayNames" -> displayNames();
      case "currencyTable" -> currencyTable();
      case "currencySymbols" -> currencyText(c -> c.getSymbol().equals(c.getCurrencyCode()) ? null : c.getSymbol());
      case "currencyNames" -> currencyText(Currency::getDisplayName);
      default -> throw new IllegalArgumentException(name);
    };
  }

  /** The locales with number data: the root, the Locale constants and the default locale. */
  static List<Locale> knownLocales() {
    Set<Locale> set = new LinkedHashSet<>(List.of(Locale.ROOT, Locale.ENGLISH, Locale.US, Locale.UK, Locale.CANADA,
        Locale.FRENCH, Locale.FRANCE, Locale.CANADA_FRENCH, Locale.GERMAN, Locale.GERMANY, Locale.ITALIAN,
        Locale.ITALY, Locale.JAPANESE, Locale.JAPAN, Locale.KOREAN, Locale.KOREA, Locale.CHINESE, Locale.CHINA,
        Locale.TAIWAN));
    Locale d = Locale.getDefault();
    set.add(new Locale(d.getLanguage()));
    set.add(new Locale(d.getLanguage(), d.getCountry()));
    return new ArrayList<>(set);
  }

  /**
   * One line per locale (no final newline): its tag (Locale.toString), then tab-separated number
   * symbols and patterns; the root's line comes first and other lines leave fields equal to the root's empty.
   */
  private static String localeTable() {
    StringBuilder sb = new StringBuilder();
    String[] root = null;
    for (Locale l : knownLocales()) {
      String[] fields = numberFields(l);
      if (root != null) {
        sb.append('\n');
      }
      sb.append(l);
      for (int i = 0; i < fields.length; i++) {
        sb.append('\t').append(root != null && fields[i].equals(root[i]) ? "" : fields[i]);
      }
      if (root == null) {
        root = fields;
      }
    }
    return sb.toString();
  }

  private static String[] numberFields(Locale l) {
    DecimalFormatSymbols s = DecimalFormatSymbols.getInstance(l);
    return new String[] {
        String.valueOf(s.getGroupingSeparator()), String.valueOf(s.getDecimalSeparator()),
        String.valueOf(s.getPerMill()), String.valueOf(s.getPercent()), String.valueOf(s.getMinusSign()),
        String.valueOf(s.getZeroDigit()), String.valueOf(s.getMonetaryDecimalSeparator()),
        s.getExponentSeparator(), s.getNaN(), s.getInfinity(),
        pattern(NumberFormat.getNumberInstance(l)), pattern(NumberFormat.getIntegerInstance(l)),
        pattern(NumberFormat.getPercentInstance(l)), pattern(NumberFormat.getCurrencyInstance(l))};
  }

  private static String pattern(NumberFormat f) {
    return ((DecimalFormat) f).toPattern();
  }

  /** "code\tname" lines: ISO languages, countries, and the JDK's scripts and variants, named in the default locale. */
  private static String displayNames() {
    StringBuilder sb = new StringBuilder();
    for (String code : Locale.getISOLanguages()) {
      line(sb, code, new Locale(code).getDisplayLanguage());
    }
    for (String code : Locale.getISOCountries()) {
      line(sb, code, new Locale("", code).getDisplayCountry());
    }
    // Scripts (title case) and variants (upper case, longer than a country) the JDK's locales use.
    Set<String> seen = new LinkedHashSet<>();
    for (Locale l : Locale.getAvailableLocales()) {
      if (!l.getScript().isEmpty() && seen.add(l.getScript())) {
        line(sb, l.getScript(), l.getDisplayScript());
      }
      if (l.getVariant().length() > 3 && seen.add(l.getVariant())) {
        line(sb, l.getVariant(), l.getDisplayVariant());
      }
    }
    return sb.toString();
  }

  private static void line(StringBuilder sb, String code, String name) {
    if (!name.isEmpty() && !name.equals(code)) {
      sb.append(code).append('\t').append(name).append('\n');
    }
  }

  /**
   * A count, then per currency (by code) the code, fraction digits + 1 and numeric code as chars;
   * then per ISO country with a currency its code and the currency's index as a char.
   */
  private static String currencyTable() {
    List<Currency> currencies = sortedCurrencies();
    StringBuilder sb = new StringBuilder().append((char) currencies.size());
    for (Currency c : currencies) {
      sb.append(c.getCurrencyCode()).append((char) (c.getDefaultFractionDigits() + 1)).append((char) c.getNumericCode());
    }
    for (String country : Locale.getISOCountries()) {
      Currency c = Currency.getInstance(new Locale("", country));
      if (c != null) {
        sb.append(country).append((char) currencies.indexOf(c));
      }
    }
    return sb.toString();
  }

  /** "CODE\ttext" lines for the currencies where {@code text} is not null. */
  private static String currencyText(java.util.function.Function<Currency, String> text) {
    StringBuilder sb = new StringBuilder();
    for (Currency c : sortedCurrencies()) {
      String t = text.apply(c);
      if (t != null) {
        sb.append(c.getCurrencyCode()).append('\t').append(t).append('\n');
      }
    }
    return sb.toString();
  }

  private static List<Currency> sortedCurrencies() {
    List<Currency> list = new ArrayList<>(Currency.getAvailableCurrencies());
    list.sort(Comparator.comparing(Currency::getCurrencyCode));
    return list;
  }
}
