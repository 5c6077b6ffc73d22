public class CharArithmetic {
    static char base = 'a';

    static char next(char c) { return (char) (c + 1); }

    public static void main(String[] args) {
        char c = 'A';
        System.out.println("'A' + 1 = " + (c + 1));
        System.out.println("(char)('A' + 1) = " + (char) (c + 1));
        System.out.println("'A' + 'B' = " + ('A' + 'B'));
        System.out.println("\"\" + 'A' + 'B' = " + "" + 'A' + 'B');
        System.out.println("'A' + 'B' + \"\" = " + ('A' + 'B' + ""));
        System.out.println("c - 'A' = " + (c - 'A'));
        System.out.println("'a' - 'z' = " + ('a' - 'z'));
        System.out.println("base * 2 = " + (base * 2));
        System.out.println("base / 2 = " + (base / 2));
        System.out.println("-base = " + (-base));
        System.out.println("~base = " + (~base));
        System.out.println("next('y') = " + next('y'));
        System.out.println("next(\\uffff) = " + (int) next('\uffff'));
        StringBuilder sb = new StringBuilder();
        for (char ch = 'a'; ch <= 'z'; ch++) sb.append(ch);
        System.out.println("alphabet: " + sb);
        sb.setLength(0);
        for (char ch = 'Z'; ch >= 'A'; ch -= 3) sb.append(ch);
        System.out.println("every third back: " + sb);
        // caesar cipher
        String msg = "Hello, World! xyz";
        sb.setLength(0);
        for (int i = 0; i < msg.length(); i++) {
            char ch = msg.charAt(i);
            if (ch >= 'a' && ch <= 'z') ch = (char) ('a' + (ch - 'a' + 13) % 26);
            else if (ch >= 'A' && ch <= 'Z') ch = (char) ('A' + (ch - 'A' + 13) % 26);
            sb.append(ch);
        }
        System.out.println("rot13: " + sb);
        // digit parsing by hand
        String num = "-90817";
        int val = 0;
        boolean neg = false;
        for (int i = 0; i < num.length(); i++) {
            char ch = num.charAt(i);
            if (ch == '-') neg = true;
            else val = val * 10 + (ch - '0');
        }
        System.out.println("parsed by hand: " + (neg ? -val : val));
        // hex digits
        char[] hex = new char[8];
        int h = 0xBEEF1234;
        for (int i = 7; i >= 0; i--) {
            int d = h & 0xF;
            hex[i] = (char) (d < 10 ? '0' + d : 'a' + d - 10);
            h >>>= 4;
        }
        System.out.println("hex by hand: " + new String(hex));
        // comparisons and unsigned nature
        char hi = '\u8000';
        System.out.println("'\\u8000' > 'A': " + (hi > 'A'));
        System.out.println("(short)'\\u8000' > 'A': " + ((short) hi > 'A'));
        System.out.println("(int)'\\u8000' = " + (int) hi);
        // char in switch
        String text = "a1 B2_c!";
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            String kind;
            switch (ch) {
                case 'a': case 'b': case 'c': kind = "lower-abc"; break;
                case 'B': kind = "upper-B"; break;
                case '1': case '2': kind = "digit"; break;
                case ' ': kind = "space"; break;
                default: kind = "other(" + (int) ch + ")";
            }
            System.out.println("char '" + ch + "' -> " + kind);
        }
        // Character helpers on ASCII
        for (char ch : new char[]{'a', 'Z', '5', ' ', '_', '\n'}) {
            System.out.println((int) ch + ": isDigit=" + Character.isDigit(ch) + " isLetter=" + Character.isLetter(ch)
                    + " isLetterOrDigit=" + Character.isLetterOrDigit(ch) + " isWhitespace=" + Character.isWhitespace(ch)
                    + " upper=" + (int) Character.toUpperCase(ch) + " lower=" + (int) Character.toLowerCase(ch)
                    + " digit16=" + Character.digit(ch, 16));
        }
        System.out.println("forDigit(11, 16) = " + Character.forDigit(11, 16));
        System.out.println("Character.MAX_VALUE = " + (int) Character.MAX_VALUE);
        // ternary with char and int constant keeps char type
        boolean flag = args.length == 0;
        System.out.println("flag ? 'x' : 0 = " + (flag ? 'x' : 0));
        int zero = 0;
        System.out.println("flag ? 'x' : zero = " + (flag ? 'x' : zero));
        char sum = 0;
        for (char ch = 'a'; ch < 'a' + 10; ch++) sum += ch;
        System.out.println("char sum = " + (int) sum);
    }
}
