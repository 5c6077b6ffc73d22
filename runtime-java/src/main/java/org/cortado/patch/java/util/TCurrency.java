package org.cortado.patch.java.util;

import java.io.Serializable;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.cortado.runtime.LocaleData;
import org.cortado.runtime.ReplaceClass;

/**
 * java.util.Currency over the ISO 4217 table in {@link LocaleData} (one instance per currency).
 * Symbols and names are the default locale's whatever locale asks. Unlike the JDK,
 * getInstance(Locale) answers null for a locale without a known country, because the classlib's
 * NumberFormat asks it for the default locale, which may have no country.
 */
@ReplaceClass
public final class TCurrency implements Serializable {
  private static TCurrency[] instances;
  private final int index;
  private final String code;

  private TCurrency(int index) {
    this.index = index;
    this.code = LocaleData.currencyCode(index);
  }

  private static TCurrency at(int index) {
    if (instances == null) {
      instances = new TCurrency[LocaleData.currencyCount()];
    }
    if (instances[index] == null) {
      instances[index] = new TCurrency(index);
    }
    return instances[index];
  }

  public static TCurrency getInstance(String currencyCode) {
    int index = LocaleData.currencyIndex(currencyCode);
    if (index < 0) {
      throw new IllegalArgumentException();
    }
    return at(index);
  }

  public static TCurrency getInstance(Locale locale) {
    String code = LocaleData.countryCurrency(locale.getCountry());
    return code == null ? null : getInstance(code);
  }

  public static Set<TCurrency> getAvailableCurrencies() {
    Set<TCurrency> set = new HashSet<>();
    for (int i = LocaleData.currencyCount() - 1; i >= 0; i--) {
      set.add(at(i));
    }
    return set;
  }

  public String getCurrencyCode() {
    return code;
  }

  public String getSymbol() {
    return LocaleData.currencySymbol(code);
  }

  public String getSymbol(Locale locale) {
    if (locale == null) {
      throw new NullPointerException();
    }
    return getSymbol();
  }

  public int getDefaultFractionDigits() {
    return LocaleData.currencyDigits(index);
  }

  public int getNumericCode() {
    return LocaleData.currencyNumericCode(index);
  }

  public String getNumericCodeAsString() {
    int n = getNumericCode();
    return n < 10 ? "00" + n : n < 100 ? "0" + n : String.valueOf(n);
  }

  public String getDisplayName() {
    return LocaleData.currencyName(code);
  }

  public String getDisplayName(Locale locale) {
    if (locale == null) {
      throw new NullPointerException();
    }
    return getDisplayName();
  }

  @Override
  public String toString() {
    return code;
  }
}
