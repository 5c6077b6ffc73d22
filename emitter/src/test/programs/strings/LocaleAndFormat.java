import java.text.DecimalFormatSymbols;
import java.util.Currency;
import java.util.Locale;

public class LocaleAndFormat {
    static long big = 1234567890123L;  // non-final: javac must not fold the formatting

    static String esc(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x7F) {
                sb.append(c);
            } else {
                String h = Integer.toHexString(c);
                sb.append("\\u").append("0000".substring(h.length())).append(h);
            }
        }
        return sb.toString();
    }

    static void describe(Locale l) {
        System.out.println("[" + l + "] lang=" + l.getLanguage() + " country=" + l.getCountry() + " variant=" + l.getVariant()
            + " tag=" + l.toLanguageTag() + " hash=" + l.hashCode() + " display=" + l.getDisplayName());
    }

    public static void main(String[] args) {
        Locale d = Locale.getDefault();
        System.out.println("default language=" + d.getLanguage() + " same as getDefault()=" + (d == Locale.getDefault()));
        Locale[] locales = {Locale.ROOT, Locale.ENGLISH, Locale.US, Locale.UK, Locale.GERMANY, Locale.FRANCE,
            Locale.CANADA_FRENCH, Locale.JAPAN, Locale.CHINA, Locale.TAIWAN, new Locale("EN", "us"),
            new Locale("iw"), new Locale("en", "US", "POSIX"), new Locale("", "US"), new Locale("xx", "YY", "v_w"),
            Locale.forLanguageTag("de-CH"), Locale.forLanguageTag("zh-Hant-TW"), Locale.forLanguageTag("und")};
        for (Locale l : locales) {
            describe(l);
        }
        System.out.println("equals: " + Locale.US.equals(new Locale("en", "US")) + " " + Locale.US.equals(Locale.UK)
            + " CHINA==SIMPLIFIED_CHINESE " + (Locale.CHINA == Locale.SIMPLIFIED_CHINESE));
        try {
            new Locale(null, "US");
        } catch (NullPointerException e) {
            System.out.println("null language: NullPointerException");
        }

        for (Locale l : new Locale[] {Locale.ROOT, Locale.US, Locale.GERMANY, Locale.FRANCE, Locale.ITALY, Locale.JAPAN}) {
            DecimalFormatSymbols s = DecimalFormatSymbols.getInstance(l);
            System.out.println("symbols " + l + ": grouping=" + esc(String.valueOf(s.getGroupingSeparator()))
                + " decimal=" + s.getDecimalSeparator() + " minus=" + s.getMinusSign() + " percent=" + s.getPercent()
                + " zero=" + s.getZeroDigit() + " exponent=" + s.getExponentSeparator() + " nan=" + s.getNaN()
                + " infinity=" + esc(s.getInfinity()));
        }

        // Integer formatting, with and without grouping.
        System.out.println(String.format("%d|%5d|%-5d|%05d|%x|%X|%o|%c|%b|%s|%%|%n", 42, 42, 42, 42, 255, 255, 8, 'q', true, "s").replace("\n", "\\n"));
        System.out.println(String.format(Locale.ROOT, "ROOT %,d %,d %,d", 1234567, -1234567, big));
        System.out.println(String.format(Locale.US, "US %,d %,d %,15d|%-,15d|%0,15d", 999, 1000, big, big, -big));
        System.out.println(esc(String.format(Locale.GERMANY, "GERMANY %,d", big)));
        System.out.println(esc(String.format(Locale.FRANCE, "FRANCE %,d", big)));
        System.out.println(String.format("default %,d (%+d) (% d) %(d %(,d", big, 7, 7, -7, -1234567));
        System.out.println(String.format("extremes %d %d %,d %x", Long.MIN_VALUE, Integer.MIN_VALUE, Long.MIN_VALUE, Long.MIN_VALUE));
        System.out.println("formatted: " + "%s=%d".formatted("k", 3) + " " + String.format("%2$s %1$s %<s", "a", "b"));

        Currency usd = Currency.getInstance("USD");
        Currency eur = Currency.getInstance(Locale.GERMANY);
        System.out.println("currency " + usd + " digits=" + usd.getDefaultFractionDigits() + " numeric=" + usd.getNumericCode()
            + " same instance=" + (usd == Currency.getInstance(Locale.US)) + " " + eur.getCurrencyCode() + " jpy digits="
            + Currency.getInstance("JPY").getDefaultFractionDigits());
        try {
            Currency.getInstance("XYZ");
        } catch (IllegalArgumentException e) {
            System.out.println("unknown currency: IllegalArgumentException");
        }
    }
}
