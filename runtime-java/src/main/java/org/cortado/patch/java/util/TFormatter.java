package org.cortado.patch.java.util;

import java.io.IOException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.IllegalFormatConversionException;
import java.util.Locale;
import java.util.MissingFormatArgumentException;
import org.cortado.runtime.FloatFormat;

/** Holds the patch of Formatter's writer; Formatter itself keeps the classlib's code. */
public final class TFormatter {
  private TFormatter() {
  }

  /**
   * Fixes the classlib's format writer where it departs from the JDK: "%%" and "%n" take no
   * argument ("%n" was unknown), a missing argument is a MissingFormatArgumentException, and
   * "%d" prints Long.MIN_VALUE and Integer.MIN_VALUE with one minus sign.
   */
  static final class FormatWriter {
    // The classlib's flag bits, which FloatFormat shares.
    private static final int PLUS = FloatFormat.PLUS;
    private static final int SPACE = FloatFormat.SPACE;
    private static final int ZERO_PAD = FloatFormat.ZERO_PAD;
    private static final int GROUPING = FloatFormat.GROUPING;
    private static final int PARENTHESES = FloatFormat.PARENTHESES;
    private static final int MASK_FOR_INT_DECIMAL_FORMAT = 507;
    private static final int PREVIOUS_ARGUMENT = 256;

    Appendable out;
    Locale locale;
    String format;
    Object[] args;
    int index;
    int formatSpecifierStart;
    int argumentIndex;
    int width;
    int precision;
    int flags;

    void write() throws IOException {
      while (true) {
        int next = format.indexOf('%', index);
        if (next < 0) {
          out.append(format.substring(index));
          return;
        }
        out.append(format.substring(index, next));
        index = next + 1;
        formatSpecifierStart = index;
        char conversion = parseFormatSpecifier();
        if (conversion == '%') {
          formatGivenString(false, "%");
        } else if (conversion == 'n') {
          out.append(System.lineSeparator());
        } else {
          configureFormat();
          if (args == null || argumentIndex >= args.length) {
            throw new MissingFormatArgumentException("%" + format.substring(formatSpecifierStart, index));
          }
          if (FloatFormat.isFloatConversion(conversion)) {
            // The classlib lacks %e/%g/%a and prints %f through DecimalFormat; ours match the JDK.
            out.append(FloatFormat.format(args[argumentIndex], conversion, flags & ~PREVIOUS_ARGUMENT, width,
                precision, symbols()));
          } else {
            formatValue(conversion);
          }
        }
      }
    }

    private FloatFormat.Symbols symbols() {
      if (locale == null || locale.equals(Locale.US)) {
        return FloatFormat.Symbols.US;
      }
      DecimalFormatSymbols dfs = new DecimalFormatSymbols(locale);
      DecimalFormat df = (DecimalFormat) NumberFormat.getNumberInstance(locale);
      return new FloatFormat.Symbols(dfs.getZeroDigit(), dfs.getDecimalSeparator(), dfs.getGroupingSeparator(),
          df.isGroupingUsed() ? df.getGroupingSize() : 0);
    }

    private void formatDecimalInt(char specifier, boolean upperCase) throws IOException {
      verifyFlags(specifier, MASK_FOR_INT_DECIMAL_FORMAT);
      verifyIntFlags();
      Object arg = args[argumentIndex];
      long value;
      if (arg instanceof Long) {
        value = (Long) arg;
      } else if (arg instanceof Integer || arg instanceof Byte || arg instanceof Short) {
        value = ((Number) arg).intValue();
      } else {
        throw new IllegalFormatConversionException(specifier, arg != null ? arg.getClass() : null);
      }
      // The magnitude's digits; Long.MIN_VALUE has no positive counterpart, so drop the sign from the string.
      String digits = Long.toString(value);
      boolean negative = value < 0;
      if (negative) {
        digits = digits.substring(1);
      }
      StringBuilder prefix = new StringBuilder();
      if (negative) {
        prefix.append((flags & PARENTHESES) != 0 ? '(' : '-');
      } else if ((flags & PLUS) != 0) {
        prefix.append('+');
      } else if ((flags & SPACE) != 0) {
        prefix.append(' ');
      }
      StringBuilder magnitude = new StringBuilder();
      if ((flags & GROUPING) != 0) {
        char separator = new DecimalFormatSymbols(locale).getGroupingSeparator();
        int size = ((DecimalFormat) NumberFormat.getNumberInstance(locale)).getGroupingSize();
        int first = digits.length() % size == 0 ? size : digits.length() % size;
        magnitude.append(digits, 0, first);
        for (int i = first; i < digits.length(); i += size) {
          magnitude.append(separator).append(digits, i, i + size);
        }
      } else {
        magnitude.append(digits);
      }
      String suffix = negative && (flags & PARENTHESES) != 0 ? ")" : "";
      if ((flags & ZERO_PAD) != 0) {
        for (int length = prefix.length() + magnitude.length() + suffix.length(); length < width; length++) {
          prefix.append('0');
        }
      }
      formatGivenString(upperCase, prefix.append(magnitude).append(suffix).toString());
    }

    // The classlib's own methods, declared so this patch compiles.
    private native char parseFormatSpecifier();

    private native void configureFormat();

    private native void formatValue(char conversion) throws IOException;

    private native void formatGivenString(boolean upperCase, String s) throws IOException;

    private native void verifyFlags(char conversion, int mask);

    private native void verifyIntFlags();
  }
}
