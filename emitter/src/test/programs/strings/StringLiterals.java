public class StringLiterals {
    static String codes(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (i > 0) sb.append(' ');
            sb.append((int) s.charAt(i));
        }
        return sb.toString();
    }

    // Non-ASCII output depends on the JVM's stdout encoding (locale), so print it escaped.
    static String esc(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch >= 32 && ch < 127) sb.append(ch);
            else {
                String h = Integer.toHexString(ch);
                sb.append("\\u");
                for (int k = h.length(); k < 4; k++) sb.append('0');
                sb.append(h);
            }
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        String empty = "";
        System.out.println("empty length=" + empty.length() + " isEmpty=" + empty.isEmpty() + " [" + empty + "]");
        String ascii = "Hello, World!";
        System.out.println("ascii=" + ascii + " length=" + ascii.length());
        String escapes = "tab\there\\backslash\"quote\'single";
        System.out.println("escapes=" + escapes + " length=" + escapes.length());
        String newline = "line1\nline2";
        System.out.println("newline string: " + newline);
        System.out.println("newline codes=" + codes("a\nb\rc\td\be\f"));
        String unicode = "caf\u00e9 na\u00efve \u00fcber";
        System.out.println("unicode=" + esc(unicode) + " length=" + unicode.length());
        System.out.println("unicode codes=" + codes("\u00e9\u00ef\u00fc"));
        String greek = "\u03b1\u03b2\u03b3 \u0391\u0392\u0393";
        System.out.println("greek=" + esc(greek) + " length=" + greek.length());
        String cjk = "\u4e2d\u6587\u5b57";
        System.out.println("cjk=" + esc(cjk) + " length=" + cjk.length() + " codes=" + codes(cjk));
        String emoji = "\uD83D\uDE00";
        System.out.println("emoji=" + esc(emoji) + " length=" + emoji.length() + " codes=" + codes(emoji));
        System.out.println("emoji codePointAt(0)=" + emoji.codePointAt(0) + " codePointCount=" + emoji.codePointCount(0, emoji.length()));
        System.out.println("emoji high surrogate=" + Character.isHighSurrogate(emoji.charAt(0)) + " low=" + Character.isLowSurrogate(emoji.charAt(1)));
        String mixed = "a\uD83D\uDE80b\uD834\uDD1Ec";
        System.out.println("mixed=" + esc(mixed) + " length=" + mixed.length() + " codePoints=" + mixed.codePointCount(0, mixed.length()));
        StringBuilder cps = new StringBuilder();
        for (int i = 0; i < mixed.length(); ) {
            int cp = mixed.codePointAt(i);
            cps.append(Integer.toHexString(cp)).append(' ');
            i += Character.charCount(cp);
        }
        System.out.println("mixed code points=" + cps.toString().trim());
        String fromCp = new String(Character.toChars(0x1F600));
        System.out.println("toChars equals literal=" + fromCp.equals(emoji));
        String octal = "\101\102\103\0end";
        System.out.println("octal escapes length=" + octal.length() + " codes=" + codes(octal));
        char c = '\u0041';
        System.out.println("char escape=" + c + " " + (int) c);
        String nul = "a\u0000b";
        System.out.println("embedded NUL length=" + nul.length() + " codes=" + codes(nul));
        String maxChar = "\uffff";
        System.out.println("max char code=" + (int) maxChar.charAt(0));
        String latin1Top = "\u00ff\u0100";
        System.out.println("latin1 boundary codes=" + codes(latin1Top) + " text=" + esc(latin1Top));
        String textBlock = """
            first line
              indented "quotes"
            last\tline
            """;
        System.out.print("text block:\n" + textBlock);
        System.out.println("text block length=" + textBlock.length());
        String multi = "con" + "cat" + "en" + "ated";
        System.out.println("compile-time concat=" + multi + " same=" + (multi == "concatenated"));
        String longStr = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdefghijklmnopqrstuvwxyz";
        System.out.println("long literal length=" + longStr.length() + " char[50]=" + longStr.charAt(50));
    }
}
