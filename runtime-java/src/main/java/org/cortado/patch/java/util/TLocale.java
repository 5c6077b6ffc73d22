package org.cortado.patch.java.util;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.cortado.runtime.LocaleData;
import org.cortado.runtime.ReplaceClass;

/**
 * java.util.Locale without TeaVM's CLDR resources: language, script, country and variant with the
 * JDK's normalisation, string forms and hash code; the default locale is the emitter JVM's. No
 * extensions; display names are the default locale's (see {@link LocaleData}), codes when unknown.
 */
@ReplaceClass
public final class TLocale implements Cloneable, Serializable {
  /** JDK 17's Locale.Category. */
  public enum Category {
    DISPLAY, FORMAT
  }

  public static final char PRIVATE_USE_EXTENSION = 'x';
  public static final char UNICODE_LOCALE_EXTENSION = 'u';
  public static final TLocale ENGLISH = new TLocale("en", "");
  public static final TLocale FRENCH = new TLocale("fr", "");
  public static final TLocale GERMAN = new TLocale("de", "");
  public static final TLocale ITALIAN = new TLocale("it", "");
  public static final TLocale JAPANESE = new TLocale("ja", "");
  public static final TLocale KOREAN = new TLocale("ko", "");
  public static final TLocale CHINESE = new TLocale("zh", "");
  public static final TLocale SIMPLIFIED_CHINESE = new TLocale("zh", "CN");
  public static final TLocale TRADITIONAL_CHINESE = new TLocale("zh", "TW");
  public static final TLocale FRANCE = new TLocale("fr", "FR");
  public static final TLocale GERMANY = new TLocale("de", "DE");
  public static final TLocale ITALY = new TLocale("it", "IT");
  public static final TLocale JAPAN = new TLocale("ja", "JP");
  public static final TLocale KOREA = new TLocale("ko", "KR");
  public static final TLocale UK = new TLocale("en", "GB");
  public static final TLocale US = new TLocale("en", "US");
  public static final TLocale CANADA = new TLocale("en", "CA");
  public static final TLocale CANADA_FRENCH = new TLocale("fr", "CA");
  public static final TLocale ROOT = new TLocale("", "");
  public static final TLocale CHINA = SIMPLIFIED_CHINESE;
  public static final TLocale PRC = SIMPLIFIED_CHINESE;
  public static final TLocale TAIWAN = TRADITIONAL_CHINESE;

  private static TLocale defaultLocale;
  private static TLocale defaultDisplay;
  private static TLocale defaultFormat;

  private final String language;
  private final String script;
  private final String country;
  private final String variant;

  public TLocale(String language, String country, String variant) {
    this(language, "", country, variant);
  }

  public TLocale(String language, String country) {
    this(language, country, "");
  }

  public TLocale(String language) {
    this(language, "", "");
  }

  private TLocale(String language, String script, String country, String variant) {
    if (language == null || country == null || variant == null) {
      throw new NullPointerException();
    }
    this.language = modernLanguage(asciiLower(language));
    this.script = script;
    this.country = asciiUpper(country);
    this.variant = variant;
  }

  /** Like JDK 17, the ISO 639 codes that were renamed are reported by their new names. */
  private static String modernLanguage(String language) {
    switch (language) {
      case "iw":
        return "he";
      case "ji":
        return "yi";
      case "in":
        return "id";
      default:
        return language;
    }
  }

  private static String asciiLower(String s) {
    char[] chars = s.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      if (chars[i] >= 'A' && chars[i] <= 'Z') {
        chars[i] += 32;
      }
    }
    return new String(chars);
  }

  private static String asciiUpper(String s) {
    char[] chars = s.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      if (chars[i] >= 'a' && chars[i] <= 'z') {
        chars[i] -= 32;
      }
    }
    return new String(chars);
  }

  public static TLocale of(String language, String country, String variant) {
    return new TLocale(language, country, variant);
  }

  public static TLocale of(String language, String country) {
    return new TLocale(language, country);
  }

  public static TLocale of(String language) {
    return new TLocale(language);
  }

  public static TLocale getDefault() {
    if (defaultLocale == null) {
      String[] parts = LocaleData.defaultLocaleParts();
      defaultLocale = new TLocale(parts[0], parts[1], parts[2], parts[3]);
    }
    return defaultLocale;
  }

  public static TLocale getDefault(Category category) {
    TLocale l = category == Category.DISPLAY ? defaultDisplay : defaultFormat;
    if (category == null) {
      throw new NullPointerException();
    }
    return l != null ? l : getDefault();
  }

  public static void setDefault(TLocale locale) {
    if (locale == null) {
      throw new NullPointerException("Can't set default locale to NULL");
    }
    defaultLocale = locale;
    defaultDisplay = locale;
    defaultFormat = locale;
  }

  public static void setDefault(Category category, TLocale locale) {
    if (category == null) {
      throw new NullPointerException("Category cannot be NULL");
    }
    if (locale == null) {
      throw new NullPointerException("Can't set default locale to NULL");
    }
    if (category == Category.DISPLAY) {
      defaultDisplay = locale;
    } else {
      defaultFormat = locale;
    }
  }

  public static TLocale[] getAvailableLocales() {
    String[] tags = LocaleData.availableLocales();
    TLocale[] result = new TLocale[tags.length];
    for (int i = 0; i < tags.length; i++) {
      int sep = tags[i].indexOf('_');
      result[i] = sep < 0 ? new TLocale(tags[i]) : new TLocale(tags[i].substring(0, sep), tags[i].substring(sep + 1));
    }
    return result;
  }

  public String getLanguage() {
    return language;
  }

  public String getScript() {
    return script;
  }

  public String getCountry() {
    return country;
  }

  public String getVariant() {
    return variant;
  }

  public boolean hasExtensions() {
    return false;
  }

  public TLocale stripExtensions() {
    return this;
  }

  public String getDisplayLanguage() {
    return getDisplayLanguage(getDefault(Category.DISPLAY));
  }

  public String getDisplayLanguage(TLocale inLocale) {
    return displayName(language);
  }

  public String getDisplayScript() {
    return getDisplayScript(getDefault(Category.DISPLAY));
  }

  public String getDisplayScript(TLocale inLocale) {
    return displayName(script);
  }

  public String getDisplayCountry() {
    return getDisplayCountry(getDefault(Category.DISPLAY));
  }

  public String getDisplayCountry(TLocale inLocale) {
    return displayName(country);
  }

  public String getDisplayVariant() {
    return getDisplayVariant(getDefault(Category.DISPLAY));
  }

  public String getDisplayVariant(TLocale inLocale) {
    return String.join(", ", variantNames());
  }

  private List<String> variantNames() {
    List<String> names = subtags(variant, true);
    for (int i = 0; i < names.size(); i++) {
      names.set(i, displayName(names.get(i)));
    }
    return names;
  }

  private static String displayName(String code) {
    String name = code.isEmpty() ? null : LocaleData.displayName(code);
    return name != null ? name : code;
  }

  public String getDisplayName() {
    return getDisplayName(getDefault(Category.DISPLAY));
  }

  /** The JDK's English pattern: the first name, then the others in parentheses ("English (United States)"). */
  public String getDisplayName(TLocale inLocale) {
    List<String> names = new ArrayList<>();
    for (String name : new String[] {getDisplayLanguage(inLocale), getDisplayScript(inLocale), getDisplayCountry(inLocale)}) {
      if (!name.isEmpty()) {
        names.add(name);
      }
    }
    boolean onlyVariants = names.isEmpty();
    names.addAll(variantNames());
    if (onlyVariants || names.size() == 1) {
      return String.join(", ", names);
    }
    return names.get(0) + " (" + String.join(", ", names.subList(1, names.size())) + ")";
  }

  /** Splits on '-' (and '_' if asked) without regular expressions, keeping empty parts except a lone one. */
  private static List<String> subtags(String s, boolean underscore) {
    List<String> parts = new ArrayList<>();
    if (s.isEmpty()) {
      return parts;
    }
    int start = 0;
    for (int i = 0; i <= s.length(); i++) {
      if (i == s.length() || s.charAt(i) == '-' || underscore && s.charAt(i) == '_') {
        parts.add(s.substring(start, i));
        start = i + 1;
      }
    }
    return parts;
  }

  /** JDK form: language_COUNTRY_variant, with "_#Script" when there is a script. */
  @Override
  public String toString() {
    boolean l = !language.isEmpty();
    boolean s = !script.isEmpty();
    boolean r = !country.isEmpty();
    boolean v = !variant.isEmpty();
    StringBuilder sb = new StringBuilder(language);
    if (r || l && (v || s)) {
      sb.append('_').append(country);
    }
    if (v && (l || r)) {
      sb.append('_').append(variant);
    }
    if (s && (l || r)) {
      sb.append("_#").append(script);
    }
    return sb.toString();
  }

  public String toLanguageTag() {
    StringBuilder sb = new StringBuilder(language.isEmpty() ? "und" : language);
    if (!script.isEmpty()) {
      sb.append('-').append(script);
    }
    if (!country.isEmpty()) {
      sb.append('-').append(country);
    }
    if (!variant.isEmpty()) {
      List<String> parts = subtags(variant, true);
      boolean wellFormed = true;
      for (String p : parts) {
        wellFormed &= isVariantSubtag(p);
      }
      sb.append(wellFormed ? "-" : "-x-lvariant-").append(String.join("-", parts));
    }
    return sb.toString();
  }

  private static boolean isVariantSubtag(String s) {
    int n = s.length();
    return isAlphaNum(s) && (n >= 5 && n <= 8 || n == 4 && s.charAt(0) >= '0' && s.charAt(0) <= '9');
  }

  private static boolean isAlphaNum(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
        return false;
      }
    }
    return !s.isEmpty();
  }

  private static boolean isAlpha(String s, int min, int max) {
    if (s.length() < min || s.length() > max) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = (char) (s.charAt(i) | 0x20);
      if (c < 'a' || c > 'z') {
        return false;
      }
    }
    return true;
  }

  /** Language, script, region and variants of a BCP 47 tag; extensions and private use are dropped. */
  public static TLocale forLanguageTag(String tag) {
    String[] parts = subtags(tag, false).toArray(new String[0]);
    int i = 0;
    String language = "";
    String script = "";
    String region = "";
    StringBuilder variants = new StringBuilder();
    if (parts.length > 0 && isAlpha(parts[0], 2, 8)) {
      language = parts[i++].equalsIgnoreCase("und") ? "" : parts[0];
      while (i < parts.length && i <= 3 && isAlpha(parts[i], 3, 3)) {
        i++; // extended language subtags
      }
    } else {
      return ROOT;
    }
    if (i < parts.length && isAlpha(parts[i], 4, 4)) {
      String s = asciiLower(parts[i++]);
      script = Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
    if (i < parts.length && (isAlpha(parts[i], 2, 2) || parts[i].length() == 3 && isDigits(parts[i]))) {
      region = parts[i++];
    }
    while (i < parts.length && isVariantSubtag(parts[i])) {
      variants.append(variants.length() == 0 ? "" : "_").append(parts[i++]);
    }
    return new TLocale(language, script, region, variants.toString());
  }

  private static boolean isDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  @Override
  public Object clone() {
    try {
      return super.clone();
    } catch (CloneNotSupportedException e) {
      throw new InternalError(e);
    }
  }

  @Override
  public boolean equals(Object obj) {
    if (obj == this) {
      return true;
    }
    if (!(obj instanceof TLocale)) {
      return false;
    }
    TLocale other = (TLocale) obj;
    return language.equals(other.language) && script.equals(other.script) && country.equals(other.country)
        && variant.equals(other.variant);
  }

  /** The JDK's (BaseLocale's) hash. */
  @Override
  public int hashCode() {
    int h = language.hashCode();
    h = 31 * h + script.hashCode();
    h = 31 * h + country.hashCode();
    return 31 * h + variant.hashCode();
  }
}
