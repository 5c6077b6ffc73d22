public class ParseInt {
    static void tryInt(String s) {
        try {
            System.out.println("parseInt(\"" + s + "\") = " + Integer.parseInt(s));
        } catch (NumberFormatException e) {
            System.out.println("parseInt(\"" + s + "\") -> NumberFormatException: " + e.getMessage());
        }
    }

    static void tryInt(String s, int radix) {
        try {
            System.out.println("parseInt(\"" + s + "\", " + radix + ") = " + Integer.parseInt(s, radix));
        } catch (NumberFormatException e) {
            System.out.println("parseInt(\"" + s + "\", " + radix + ") -> NumberFormatException");
        }
    }

    static void tryLong(String s) {
        try {
            System.out.println("parseLong(\"" + s + "\") = " + Long.parseLong(s));
        } catch (NumberFormatException e) {
            System.out.println("parseLong(\"" + s + "\") -> NumberFormatException: " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        String[] good = {"0", "1", "-1", "+5", "007", "-0", "2147483647", "-2147483648", "123456789", "-000123"};
        for (String s : good) tryInt(s);
        String[] bad = {"", "-", "+", "2147483648", "-2147483649", "12a", "abc", " 1", "1 ", "1.0", "--1", "99999999999"};
        for (String s : bad) tryInt(s);
        tryInt("ff", 16);
        tryInt("-FF", 16);
        tryInt("7fffffff", 16);
        tryInt("80000000", 16);
        tryInt("-80000000", 16);
        tryInt("1010", 2);
        tryInt("zz", 36);
        tryInt("ZZ", 36);
        tryInt("12", 3);
        tryInt("3", 3);
        tryInt("777", 8);
        tryLong("9223372036854775807");
        tryLong("-9223372036854775808");
        tryLong("9223372036854775808");
        tryLong("123L");
        tryLong("-42");
        tryLong("");
        System.out.println("Long.parseLong(\"7fffffffffffffff\", 16) = " + Long.parseLong("7fffffffffffffff", 16));
        System.out.println("Long.parseLong(\"-zzzzzz\", 36) = " + Long.parseLong("-zzzzzz", 36));
        System.out.println("Integer.valueOf(\"314\") = " + Integer.valueOf("314"));
        System.out.println("Integer.valueOf(\"-1f\", 16) = " + Integer.valueOf("-1f", 16));
        System.out.println("Short.parseShort(\"-32768\") = " + Short.parseShort("-32768"));
        System.out.println("Byte.parseByte(\"127\") = " + Byte.parseByte("127"));
        try {
            System.out.println(Byte.parseByte("128"));
        } catch (NumberFormatException e) {
            System.out.println("Byte.parseByte(\"128\") -> NumberFormatException: " + e.getMessage());
        }
        try {
            System.out.println(Short.parseShort("40000"));
        } catch (NumberFormatException e) {
            System.out.println("Short.parseShort(\"40000\") -> NumberFormatException: " + e.getMessage());
        }
        try {
            System.out.println(Integer.parseInt(null));
        } catch (NumberFormatException e) {
            System.out.println("parseInt(null) -> NumberFormatException: " + e.getMessage());
        }
        // round trips
        int bad2 = 0;
        int x = 17;
        for (int i = 0; i < 500; i++) {
            x = x * 1664525 + 1013904223;
            if (Integer.parseInt(Integer.toString(x)) != x) bad2++;
            if (Integer.parseUnsignedInt(Integer.toUnsignedString(x, 16), 16) != x) bad2++;
            if (Integer.parseInt(Integer.toString(x, 36), 36) != x) bad2++;
            long lx = (long) x * x;
            if (Long.parseLong(Long.toString(lx)) != lx) bad2++;
        }
        System.out.println("round trip failures: " + bad2);
        System.out.println("Integer.decode(\"0x1F\") = " + Integer.decode("0x1F"));
        System.out.println("Integer.decode(\"-010\") = " + Integer.decode("-010"));
        System.out.println("Integer.decode(\"#ff\") = " + Integer.decode("#ff"));
    }
}
