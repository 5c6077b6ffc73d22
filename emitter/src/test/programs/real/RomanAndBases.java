import java.util.*;

/** Number formatting utilities: Roman numerals both ways, arbitrary bases with BigInteger, English words, and validation errors. */
public class RomanAndBases {
    static final int[] VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    static final String[] SYMBOLS = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};

    static String toRoman(int n) {
        if (n <= 0 || n >= 4000) throw new IllegalArgumentException("out of range: " + n);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < VALUES.length; i++) while (n >= VALUES[i]) { n -= VALUES[i]; sb.append(SYMBOLS[i]); }
        return sb.toString();
    }

    static int fromRoman(String s) {
        Map<Character, Integer> v = Map.of('I', 1, 'V', 5, 'X', 10, 'L', 50, 'C', 100, 'D', 500, 'M', 1000);
        int total = 0;
        for (int i = 0; i < s.length(); i++) {
            Integer cur = v.get(s.charAt(i));
            if (cur == null) throw new IllegalArgumentException("bad numeral '" + s.charAt(i) + "' in " + s);
            int next = i + 1 < s.length() ? v.getOrDefault(s.charAt(i + 1), 0) : 0;
            total += cur < next ? -cur : cur;
        }
        if (!toRoman(total).equals(s)) throw new IllegalArgumentException("non-canonical " + s + " (means " + total + ")");
        return total;
    }

    static final String[] ONES = {"", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
    static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};

    static String words(long n) {
        if (n == 0) return "zero";
        if (n < 0) return "minus " + words(-n);
        String[] scales = {"", " thousand", " million", " billion", " trillion"};
        List<String> parts = new ArrayList<>();
        for (int s = 0; n > 0; s++, n /= 1000) {
            int chunk = (int) (n % 1000);
            if (chunk == 0) continue;
            StringBuilder sb = new StringBuilder();
            if (chunk >= 100) sb.append(ONES[chunk / 100]).append(" hundred");
            int rest = chunk % 100;
            if (rest > 0) {
                if (sb.length() > 0) sb.append(" and ");
                sb.append(rest < 20 ? ONES[rest] : TENS[rest / 10] + (rest % 10 > 0 ? "-" + ONES[rest % 10] : ""));
            }
            parts.add(0, sb + scales[s]);
        }
        return String.join(" ", parts);
    }

    public static void main(String[] args) {
        for (int n : new int[] {1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999}) System.out.println(n + " = " + toRoman(n) + " = " + fromRoman(toRoman(n)));
        for (String bad : new String[] {"IIII", "VX", "MMMM", "ABC", "IC"}) {
            try {
                System.out.println(bad + " = " + fromRoman(bad));
            } catch (IllegalArgumentException e) {
                System.out.println(e.getMessage());
            }
        }
        int sum = 0;
        for (int n = 1; n < 4000; n++) sum += toRoman(n).length();
        System.out.println("total roman characters 1..3999: " + sum);
        java.math.BigInteger big = new java.math.BigInteger("123456789012345678901234567890");
        for (int radix : new int[] {2, 7, 16, 36}) System.out.println("base " + radix + ": " + big.toString(radix) + " back " + new java.math.BigInteger(big.toString(radix), radix).equals(big));
        for (long n : new long[] {0, 7, 13, 21, 100, 115, 1001, 45678, -909, 1_000_000, 2_147_483_647L}) System.out.println(n + ": " + words(n));
        System.out.println(Integer.toString(-255, 7) + " " + Long.toString(Long.MAX_VALUE, 3) + " " + Integer.parseInt("zz", 36) + " " + Integer.toUnsignedString(-1, 2).length());
    }
}
