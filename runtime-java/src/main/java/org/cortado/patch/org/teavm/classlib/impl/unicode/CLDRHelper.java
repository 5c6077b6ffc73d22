package org.cortado.patch.org.teavm.classlib.impl.unicode;

import org.cortado.runtime.LocaleData;

/** The number patterns of TeaVM's CLDRHelper, answered from {@link LocaleData}. */
public final class CLDRHelper {
  private CLDRHelper() {
  }

  public static String resolveNumberFormat(String language, String country) {
    return LocaleData.numberData(language, country)[LocaleData.NUMBER_PATTERN];
  }

  public static String resolvePercentFormat(String language, String country) {
    return LocaleData.numberData(language, country)[LocaleData.PERCENT_PATTERN];
  }

  public static String resolveCurrencyFormat(String language, String country) {
    return LocaleData.numberData(language, country)[LocaleData.CURRENCY_PATTERN];
  }
}
