package org.cortado.runtime;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.FormatFlagsConversionMismatchException;
import java.util.IllegalFormatConversionException;
import java.util.IllegalFormatFlagsException;
import java.util.IllegalFormatPrecisionException;
import java.util.MissingFormatWidthException;

/**
 * Formatter's floating-point conversions ({@code %e %E %f %g %G %a %A}) as the JDK prints them.
 * The JDK does not print the exact binary value: it takes the digits of {@code Double.toString}
 * and rounds them half-up at the requested precision ({@code %.2f} of 0.125 is "0.13", of 9.995
 * is "10.00"), then pads with zeros. A {@code float} argument is widened to double first.
 * Flags use the classlib's bits (see {@link #LEFT_JUSTIFY} and below).
 */
public final class FloatFormat {
  public static final int LEFT_JUSTIFY = 1;
  public static final int ALTERNATE = 4;
  public static final int PLUS = 8;
  public static final int SPACE = 16;
  public static final int ZERO_PAD = 32;
  public static final int GROUPING = 64;
  public static final int PARENTHESES = 128;

  /** The locale's digits and separators; {@code groupingSize} 0 means no grouping. */
  public record Symbols(char zero, char decimalSeparator, char groupingSeparator, int groupingSize) {
    public static final Symbols US = new Symbols('0', '.', ',', 3);
  }

  private final char conversion;
  private final boolean upper;
  private final int flags;
  private final int width;
  private final int precision;
  private final Symbols symbols;

  private FloatFormat(char conversion, int flags, int width, int precision, Symbols symbols) {
    this.conversion = Character.toLowerCase(conversion);
    this.upper = Character.isUpperCase(conversion);
    this.flags = flags;
    this.width = width;
    this.precision = precision;
    this.symbols = symbols;
  }

  public static boolean isFloatConversion(char c) {
    return "eEfgGaA".indexOf(c) >= 0;
  }

  /** The formatted argument (null, Float, Double or BigDecimal), justified to {@code width} (-1: none). */
  public static String format(Object arg, char conversion, int flags, int width, int precision, Symbols symbols) {
    return new FloatFormat(conversion, flags, width, precision, symbols).format(arg);
  }

  private String format(Object arg) {
    checkFlags();
    if (arg == null) {
      String s = upper ? "NULL" : "null";
      return justify(precision != -1 && precision < s.length() ? s.substring(0, precision) : s);
    }
    if (arg instanceof Float f) {
      return justify(formatDouble(f.doubleValue()));
    } else if (arg instanceof Double d) {
      return justify(formatDouble(d));
    } else if (arg instanceof BigDecimal b && conversion != 'a') {
      return justify(formatBigDecimal(b));
    }
    throw new IllegalFormatConversionException(conversion, arg.getClass());
  }

  private void checkFlags() {
    if (precision < -1) {
      throw new IllegalFormatPrecisionException(precision);
    }
    if (width == -1 && has(LEFT_JUSTIFY | ZERO_PAD)) {
      throw new MissingFormatWidthException(spec());
    }
    if ((flags & (PLUS | SPACE)) == (PLUS | SPACE) || (flags & (LEFT_JUSTIFY | ZERO_PAD)) == (LEFT_JUSTIFY | ZERO_PAD)) {
      throw new IllegalFormatFlagsException(flagString(flags, upper));
    }
    // In the JDK's order of checking; the message names the conversion in lower case.
    int[] bad = switch (conversion) {
      case 'a' -> new int[] {PARENTHESES, GROUPING};
      case 'e' -> new int[] {GROUPING};
      case 'g' -> new int[] {ALTERNATE};
      default -> new int[0];
    };
    for (int flag : bad) {
      if (has(flag)) {
        throw new FormatFlagsConversionMismatchException(flagString(flag, false), conversion);
      }
    }
  }

  private String spec() {
    StringBuilder sb = new StringBuilder("%").append(flagString(flags, false));
    if (width != -1) {
      sb.append(width);
    }
    if (precision != -1) {
      sb.append('.').append(precision);
    }
    return sb.append(upper ? Character.toUpperCase(conversion) : conversion).toString();
  }

  /** Flags as the JDK spells them in messages, where an upper-case conversion may count as the flag '^'. */
  private static String flagString(int flags, boolean upper) {
    StringBuilder sb = new StringBuilder();
    String chars = "-#+ 0,(";
    int[] bits = {LEFT_JUSTIFY, ALTERNATE, PLUS, SPACE, ZERO_PAD, GROUPING, PARENTHESES};
    for (int i = 0; i < bits.length; i++) {
      if ((flags & bits[i]) != 0) {
        sb.append(chars.charAt(i));
      }
      if (i == 0 && upper) {
        sb.append('^');
      }
    }
    return sb.toString();
  }

  private boolean has(int flag) {
    return (flags & flag) != 0;
  }

  // ---------------------------------------------------------------- double

  private String formatDouble(double value) {
    if (Double.isNaN(value)) {
      return upper ? "NAN" : "NaN";
    }
    boolean negative = Double.compare(value, 0.0) < 0;
    double v = Math.abs(value);
    StringBuilder sb = new StringBuilder();
    leadingSign(sb, negative);
    if (Double.isInfinite(v)) {
      sb.append(upper ? "INFINITY" : "Infinity");
    } else if (conversion == 'a') {
      hexadecimal(sb, v, negative);
    } else {
      decimal(sb, v, negative);
    }
    trailingSign(sb, negative);
    return sb.toString();
  }

  private void decimal(StringBuilder sb, double v, boolean negative) {
    if (conversion == 'e') {
      int prec = precision == -1 ? 6 : precision;
      Digits d = Digits.of(v);
      int exp = d.round(prec + 1);
      StringBuilder mant = d.scientific(prec, exp);
      addZeros(mant, prec);
      if (has(ALTERNATE) && prec == 0) {
        mant.append('.');
      }
      String e = v == 0.0 ? "+00" : exponent(exp);
      magnitude(sb, mant, adjustWidth(width == -1 ? -1 : width - e.length() - 1, negative));
      sb.append(upper ? 'E' : 'e').append(e.charAt(0));
      localizeDigits(sb, e.substring(1));
    } else if (conversion == 'f') {
      int prec = precision == -1 ? 6 : precision;
      Digits d = Digits.of(v);
      int exp = d.round(d.exp + prec);
      StringBuilder mant = d.decimal(prec, exp);
      addZeros(mant, prec);
      if (has(ALTERNATE) && prec == 0) {
        mant.append('.');
      }
      magnitude(sb, mant, adjustWidth(width, negative));
    } else {
      int prec = precision == -1 ? 6 : precision == 0 ? 1 : precision;
      StringBuilder mant;
      String e = null;
      if (v == 0.0) {
        mant = new StringBuilder("0");
        prec -= 1;
      } else {
        Digits d = Digits.of(v);
        int exp = d.round(prec);
        if (exp - 1 < -4 || exp - 1 >= prec) {
          mant = d.scientific(prec - 1, exp);
          e = exponent(exp);
          prec -= 1;
        } else {
          mant = d.decimal(prec - exp, exp);
          prec -= exp;
        }
      }
      addZeros(mant, prec);
      if (has(ALTERNATE) && prec == 0) {
        mant.append('.');
      }
      int w = width == -1 ? -1 : e != null ? width - e.length() - 1 : width;
      magnitude(sb, mant, adjustWidth(w, negative));
      if (e != null) {
        sb.append(upper ? 'E' : 'e').append(e.charAt(0));
        localizeDigits(sb, e.substring(1));
      }
    }
  }

  /** The exponent of a value 0.d1d2… × 10^exp in scientific notation: sign and at least two digits. */
  private static String exponent(int exp) {
    int e = exp - 1;
    String digits = Integer.toString(Math.abs(e));
    return (e < 0 ? "-" : "+") + (digits.length() == 1 ? "0" : "") + digits;
  }

  /** The decimal digits of Double.toString: value = 0.d1d2… × 10^exp. */
  private static final class Digits {
    final char[] digits;
    final int exp;

    private Digits(char[] digits, int exp) {
      this.digits = digits;
      this.exp = exp;
    }

    static Digits of(double v) {
      String s = Double.toString(v);
      int e = s.indexOf('E');
      int exp10 = e < 0 ? 0 : Integer.parseInt(s.substring(e + 1));
      String mantissa = e < 0 ? s : s.substring(0, e);
      int dot = mantissa.indexOf('.');
      String all = mantissa.substring(0, dot) + mantissa.substring(dot + 1);
      int exp = dot + exp10;
      int first = 0;
      while (first < all.length() - 1 && all.charAt(first) == '0') {
        first++;
        exp--;
      }
      int last = all.length();
      while (last > first + 1 && all.charAt(last - 1) == '0') {
        last--;
      }
      return new Digits(all.substring(first, last).toCharArray(), exp);
    }

    /** Rounds half-up to keep {@code keep} digits (none if negative); returns the new exponent. */
    int round(int keep) {
      int n = digits.length;
      if (keep >= n || keep < 0) {
        return exp;
      }
      if (keep == 0) {
        if (digits[0] >= '5') {
          digits[0] = '1';
          java.util.Arrays.fill(digits, 1, n, '0');
          return exp + 1;
        }
        java.util.Arrays.fill(digits, 0, n, '0');
        return exp;
      }
      if (digits[keep] >= '5') {
        int i = keep - 1;
        while (i >= 0 && digits[i] == '9') {
          i--;
        }
        if (i < 0) {
          digits[0] = '1';
          java.util.Arrays.fill(digits, 1, n, '0');
          return exp + 1;
        }
        digits[i]++;
        java.util.Arrays.fill(digits, i + 1, n, '0');
      } else {
        java.util.Arrays.fill(digits, keep, n, '0');
      }
      return exp;
    }

    /** d.ddd with at most {@code precision} fraction digits (the rest are added as zeros later). */
    StringBuilder scientific(int precision, int exp) {
      StringBuilder sb = new StringBuilder().append(digits[0]);
      int t = Math.max(0, Math.min(digits.length - 1, precision));
      if (t > 0) {
        sb.append('.').append(digits, 1, t);
      }
      return sb;
    }

    /** ddd.ddd with at most {@code precision} fraction digits. */
    StringBuilder decimal(int precision, int exp) {
      StringBuilder sb = new StringBuilder();
      int n = digits.length;
      if (exp > 0) {
        if (n < exp) {
          sb.append(digits);
          for (int i = n; i < exp; i++) {
            sb.append('0');
          }
        } else {
          sb.append(digits, 0, exp);
          int t = Math.min(n - exp, precision);
          if (t > 0) {
            sb.append('.').append(digits, exp, t);
          }
        }
        return sb;
      }
      int zeros = Math.max(0, Math.min(-exp, precision));
      int t = Math.max(0, Math.min(n, precision + exp));
      if (zeros > 0 || t > 0) {
        sb.append("0.");
        for (int i = 0; i < zeros; i++) {
          sb.append('0');
        }
        sb.append(digits, 0, t);
      } else {
        sb.append('0');
      }
      return sb;
    }
  }

  private void hexadecimal(StringBuilder sb, double v, boolean negative) {
    int prec = precision == -1 ? 0 : precision == 0 ? 1 : precision;
    String s = hexDigits(v, prec);
    sb.append(upper ? "0X" : "0x");
    if (has(ZERO_PAD)) {
      int leading = has(SPACE) || has(PLUS) || negative ? 3 : 2;
      for (int i = s.length() + leading; i < width; i++) {
        sb.append('0');
      }
    }
    int p = s.indexOf('p');
    StringBuilder mant = new StringBuilder(upper ? s.substring(0, p).toUpperCase() : s.substring(0, p));
    if (prec != 0) {
      addZeros(mant, prec);
    }
    sb.append(mant).append(upper ? 'P' : 'p').append(s, p + 1, s.length());
  }

  /** Double.toHexString without "0x", rounded to {@code prec} hex digits as the JDK rounds them. */
  private static String hexDigits(double d, int prec) {
    if (d == 0.0 || prec == 0 || prec >= 13) {
      return Double.toHexString(d).substring(2);
    }
    int exponent = Math.getExponent(d);
    boolean subnormal = exponent == Double.MIN_EXPONENT - 1;
    if (subnormal) {
      d *= Math.scalb(1.0, 54);
      exponent = Math.getExponent(d);
    }
    int shift = 53 - (1 + prec * 4);
    long bits = Double.doubleToLongBits(d);
    long signif = (bits & 0x7FFFFFFFFFFFFFFFL) >> shift;
    long rounding = bits & ~(~0L << shift);
    boolean leastZero = (signif & 1L) == 0L;
    boolean round = ((1L << (shift - 1)) & rounding) != 0L;
    boolean sticky = shift > 1 && (~(1L << (shift - 1)) & rounding) != 0;
    // The JDK's rounding condition, reproduced as it is.
    if ((leastZero && round && sticky) || (!leastZero && round)) {
      signif++;
    }
    double result = Double.longBitsToDouble((bits & 0x8000000000000000L) | (signif << shift));
    if (Double.isInfinite(result)) {
      return "1.0p1024";
    }
    String res = Double.toHexString(result).substring(2);
    if (!subnormal) {
      return res;
    }
    int p = res.indexOf('p');
    return res.substring(0, p) + "p" + (Integer.parseInt(res.substring(p + 1)) - 54);
  }

  // ---------------------------------------------------------------- BigDecimal

  private String formatBigDecimal(BigDecimal value) {
    boolean negative = value.signum() < 0;
    BigDecimal v = value.abs();
    StringBuilder sb = new StringBuilder();
    leadingSign(sb, negative);
    bigDecimal(sb, v, conversion, precision, negative);
    trailingSign(sb, negative);
    return sb.toString();
  }

  private void bigDecimal(StringBuilder sb, BigDecimal v, char conv, int precision, boolean negative) {
    if (conv == 'e') {
      int prec = precision == -1 ? 6 : precision;
      int origPrec = v.precision();
      int zeros = 0;
      int keep;
      if (prec > origPrec - 1) {
        keep = origPrec;
        zeros = prec - (origPrec - 1);
      } else {
        keep = prec + 1;
      }
      BigDecimal r = new BigDecimal(v.unscaledValue(), v.scale(), new MathContext(keep, RoundingMode.HALF_UP));
      String digits = r.unscaledValue().toString();
      int exp = digits.length() - 1 - r.scale();
      StringBuilder mant = new StringBuilder().append(digits.charAt(0));
      if (digits.length() > 1) {
        mant.append('.').append(digits, 1, digits.length());
      }
      if ((origPrec == 1 || digits.length() == 1) && (zeros > 0 || has(ALTERNATE))) {
        mant.append('.');
      }
      for (int i = 0; i < zeros; i++) {
        mant.append('0');
      }
      String e = (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
      magnitude(sb, mant, adjustWidth(width == -1 ? -1 : width - e.length() - 1, negative));
      sb.append(upper ? 'E' : 'e').append(e.charAt(0));
      localizeDigits(sb, e.substring(1));
    } else if (conv == 'f') {
      int prec = precision == -1 ? 6 : precision;
      if (v.scale() > prec) {
        v = v.setScale(prec, RoundingMode.HALF_UP);
      }
      StringBuilder mant = new StringBuilder(v.scale() < 0 ? v.setScale(0).toPlainString() : v.toPlainString());
      int scale = Math.max(v.scale(), 0);
      int zeros = scale < prec ? prec - scale : 0;
      if (scale == 0 && (has(ALTERNATE) || zeros > 0)) {
        mant.append('.');
      }
      for (int i = 0; i < zeros; i++) {
        mant.append('0');
      }
      magnitude(sb, mant, adjustWidth(width, negative));
    } else {
      int prec = precision == -1 ? 6 : precision == 0 ? 1 : precision;
      v = v.round(new MathContext(prec));
      if (v.signum() == 0 || (v.compareTo(BigDecimal.valueOf(1, 4)) >= 0 && v.compareTo(BigDecimal.valueOf(1, -prec)) < 0)) {
        int e = -v.scale() + (v.unscaledValue().toString().length() - 1);
        bigDecimal(sb, v, 'f', prec - e - 1, negative);
      } else {
        bigDecimal(sb, v, 'e', prec - 1, negative);
      }
    }
  }

  // ---------------------------------------------------------------- layout

  private void leadingSign(StringBuilder sb, boolean negative) {
    if (!negative) {
      if (has(PLUS)) {
        sb.append('+');
      } else if (has(SPACE)) {
        sb.append(' ');
      }
    } else {
      sb.append(has(PARENTHESES) ? '(' : '-');
    }
  }

  private void trailingSign(StringBuilder sb, boolean negative) {
    if (negative && has(PARENTHESES)) {
      sb.append(')');
    }
  }

  private int adjustWidth(int w, boolean negative) {
    return w != -1 && negative && has(PARENTHESES) ? w - 1 : w;
  }

  /** Pads a mantissa's fraction with zeros to {@code prec} digits, adding the point if needed. */
  private static void addZeros(StringBuilder mant, int prec) {
    int dot = mant.indexOf(".");
    int have = dot < 0 ? 0 : mant.length() - dot - 1;
    if (have >= prec) {
      return;
    }
    if (dot < 0) {
      mant.append('.');
    }
    for (int i = have; i < prec; i++) {
      mant.append('0');
    }
  }

  /** Appends digits in the locale's form with grouping, then zero-pads after the sign to {@code w}. */
  private void magnitude(StringBuilder sb, CharSequence value, int w) {
    int begin = sb.length();
    int dot = value.length();
    for (int i = 0; i < value.length(); i++) {
      if (value.charAt(i) == '.') {
        dot = i;
        break;
      }
    }
    int group = has(GROUPING) ? symbols.groupingSize() : 0;
    for (int i = 0; i < value.length(); i++) {
      if (i == dot) {
        sb.append(symbols.decimalSeparator());
        group = 0;
        continue;
      }
      sb.append((char) (value.charAt(i) - '0' + symbols.zero()));
      if (group > 0 && i != dot - 1 && (dot - i) % group == 1) {
        sb.append(symbols.groupingSeparator());
      }
    }
    if (w != -1 && has(ZERO_PAD)) {
      StringBuilder pad = new StringBuilder();
      for (int k = sb.length(); k < w; k++) {
        pad.append(symbols.zero());
      }
      sb.insert(begin, pad);
    }
  }

  private void localizeDigits(StringBuilder sb, String digits) {
    for (int i = 0; i < digits.length(); i++) {
      sb.append((char) (digits.charAt(i) - '0' + symbols.zero()));
    }
  }

  private String justify(String s) {
    if (width == -1 || s.length() >= width) {
      return s;
    }
    StringBuilder sb = new StringBuilder(width);
    if (has(LEFT_JUSTIFY)) {
      sb.append(s);
    }
    for (int i = s.length(); i < width; i++) {
      sb.append(' ');
    }
    if (!has(LEFT_JUSTIFY)) {
      sb.append(s);
    }
    return sb.toString();
  }
}
