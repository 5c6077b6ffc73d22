package org.cortado.patch.java.text;

import java.util.Locale;
import org.cortado.runtime.LocaleData;

/** Fills DecimalFormatSymbols from {@link LocaleData} instead of TeaVM's CLDR resources. */
public final class TDecimalFormatSymbols {
  private Locale locale;
  private char zeroDigit;
  private char groupingSeparator;
  private char decimalSeparator;
  private char perMill;
  private char percent;
  private char digit;
  private char patternSeparator;
  private String nan;
  private String infinity;
  private char minusSign;
  private char monetaryDecimalSeparator;
  private String exponentSeparator;

  private void initData() {
    String[] d = LocaleData.numberData(locale.getLanguage(), locale.getCountry());
    zeroDigit = d[LocaleData.ZERO].charAt(0);
    groupingSeparator = d[LocaleData.GROUPING].charAt(0);
    decimalSeparator = d[LocaleData.DECIMAL].charAt(0);
    perMill = d[LocaleData.PER_MILL].charAt(0);
    percent = d[LocaleData.PERCENT].charAt(0);
    digit = '#';
    patternSeparator = ';';
    nan = d[LocaleData.NAN];
    infinity = d[LocaleData.INFINITY];
    minusSign = d[LocaleData.MINUS].charAt(0);
    monetaryDecimalSeparator = d[LocaleData.MONETARY_DECIMAL].charAt(0);
    exponentSeparator = d[LocaleData.EXPONENT];
  }
}
