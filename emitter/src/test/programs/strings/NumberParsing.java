public class NumberParsing {
    static void tryInt(String s) {
        try {
            System.out.println("parseInt(" + show(s) + ")=" + Integer.parseInt(s));
        } catch (NumberFormatException e) {
            System.out.println("parseInt(" + show(s) + ") NFE: " + e.getMessage());
        }
    }
    static void tryIntRadix(String s, int radix) {
        try {
            System.out.println("parseInt(" + show(s) + "," + radix + ")=" + Integer.parseInt(s, radix));
        } catch (NumberFormatException e) {
            System.out.println("parseInt(" + show(s) + "," + radix + ") NFE: " + e.getMessage());
        }
    }
    static void tryLong(String s) {
        try {
            System.out.println("parseLong(" + show(s) + ")=" + Long.parseLong(s));
        } catch (NumberFormatException e) {
            System.out.println("parseLong(" + show(s) + ") NFE: " + e.getMessage());
        }
    }
    static void tryValueOf(String s) {
        try {
            Integer v = Integer.valueOf(s);
            System.out.println("Integer.valueOf(" + show(s) + ")=" + v);
        } catch (NumberFormatException e) {
            System.out.println("Integer.valueOf(" + show(s) + ") NFE: " + e.getMessage());
        }
    }
    static String show(String s) {
        if (s == null) return "null";
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 127) sb.append(c); else sb.append("\\u").append(Integer.toHexString(c));
        }
        return sb.append('"').toString();
    }

    public static void main(String[] args) {
        String[] ints = { "0", "42", "-42", "+42", "007", "2147483647", "-2147483648", "2147483648", "-2147483649",
            "abc", "", " 1", "1 ", "12a", "-", "+", "1_000", "0x10", "99999999999", "--1", "1.5", "\u0661\u0662" };
        for (String s : ints) tryInt(s);
        tryInt(null);
        tryIntRadix("ff", 16);
        tryIntRadix("FF", 16);
        tryIntRadix("-101", 2);
        tryIntRadix("zz", 36);
        tryIntRadix("777", 8);
        tryIntRadix("8", 8);
        tryIntRadix("g", 16);
        tryIntRadix("7fffffff", 16);
        tryIntRadix("80000000", 16);
        String[] longs = { "9223372036854775807", "-9223372036854775808", "9223372036854775808", "123L", "", "12345678901" };
        for (String s : longs) tryLong(s);
        tryValueOf("123");
        tryValueOf("12three");
        tryValueOf("");
        try {
            Short.parseShort("40000");
        } catch (NumberFormatException e) {
            System.out.println("parseShort(\"40000\") NFE: " + e.getMessage());
        }
        try {
            Byte.parseByte("128");
        } catch (NumberFormatException e) {
            System.out.println("parseByte(\"128\") NFE: " + e.getMessage());
        }
        System.out.println("parseShort(\"-300\")=" + Short.parseShort("-300") + " parseByte(\"-128\")=" + Byte.parseByte("-128"));
        System.out.println("Boolean.parseBoolean: " + Boolean.parseBoolean("TRUE") + " " + Boolean.parseBoolean("yes") + " " + Boolean.parseBoolean(null));
        System.out.println("NFE is IllegalArgumentException: " + (((Object) new NumberFormatException()) instanceof IllegalArgumentException));
        int total = 0, failures = 0;
        String csv = "10,20,x,30,,40,-5,5five";
        int start = 0;
        while (start <= csv.length()) {
            int comma = csv.indexOf(',', start);
            if (comma < 0) comma = csv.length();
            String field = csv.substring(start, comma);
            try {
                total += Integer.parseInt(field);
            } catch (NumberFormatException e) {
                failures++;
            }
            start = comma + 1;
        }
        System.out.println("csv total=" + total + " failures=" + failures);
        System.out.println("Integer.decode: " + Integer.decode("0x1F") + " " + Integer.decode("-010") + " " + Integer.decode("#ff"));
        System.out.println("roundtrip: " + Integer.parseInt(String.valueOf(Integer.MIN_VALUE)) + " " + Long.parseLong(Long.toString(Long.MAX_VALUE)));
    }
}
