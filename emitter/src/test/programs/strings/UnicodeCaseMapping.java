public class UnicodeCaseMapping {
    /** Non-ASCII characters as \\uXXXX escapes, so the output does not depend on the console encoding. */
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

    static void show(String label, String s) {
        String upper = s.toUpperCase();
        String lower = s.toLowerCase();
        System.out.println(label + ": " + esc(s) + " -> upper " + esc(upper) + " (" + upper.length() + ") lower "
            + esc(lower) + " (" + lower.length() + ")" + (upper == s ? " same-upper" : "") + (lower == s ? " same-lower" : ""));
    }

    public static void main(String[] args) {
        show("ascii", "Hello, World 123");
        show("latin1", "Stra\u00dfe \u00e0\u00e9\u00ee\u00f5\u00fc \u00ff \u00b5");
        show("german sharp s", "\u00df\u1e9e");
        show("greek", "\u039f\u0394\u039f\u03a3 \u03ba\u03b1\u03b9 \u03a3\u039f\u03a6\u0399\u0391");
        show("final sigma", "\u0391\u03a3 \u0391\u03a3\u0391 \u03a3 1\u03a3 \u0391\u03a3.");
        show("greek accents", "\u0390\u03b0\u1f80\u1fb3\u1ff3");
        show("dotted I", "\u0130stanbul \u0131");
        show("ligatures", "\ufb00\ufb01\ufb02\ufb03\ufb04\ufb05\ufb06");
        show("armenian", "\u0587\u0535\u0582");
        show("titlecase digraphs", "\u01c4\u01c5\u01c6\u01c7\u01c8\u01c9");
        show("cyrillic", "\u041f\u0440\u0438\u0432\u0435\u0442 \u043c\u0438\u0440");
        show("deseret", "\ud801\udc00\ud801\udc28");
        show("lone surrogates", "a\ud800b\udc00c");
        show("fullwidth", "\uff21\uff41\uff10");
        show("unchanged upper", "ABC \u4e2d\u6587");
        show("unchanged lower", "abc \u4e2d\u6587");
        show("empty", "");

        // Character-level mappings of the same letters.
        int[] cps = {0xDF, 0x130, 0x131, 0x149, 0x1C5, 0x1F0, 0x3A3, 0x3C2, 0x1E9E, 0xFB00, 0x10400, 0x10428};
        for (int cp : cps) {
            System.out.println("U+" + Integer.toHexString(cp) + " upper=" + Integer.toHexString(Character.toUpperCase(cp))
                + " lower=" + Integer.toHexString(Character.toLowerCase(cp)) + " title=" + Integer.toHexString(Character.toTitleCase(cp)));
        }

        // Case-insensitive comparison.
        String[][] pairs = {{"hello", "HELLO"}, {"stra\u00dfe", "STRASSE"}, {"\u03c3", "\u03a3"}, {"\u03c2", "\u03a3"},
            {"i", "\u0130"}, {"\u0131", "I"}, {"\u01c5", "\u01c6"}, {"abc", "abd"}, {"\u00e9", "\u00c9"}};
        for (String[] p : pairs) {
            System.out.println(esc(p[0]) + " vs " + esc(p[1]) + ": equalsIgnoreCase=" + p[0].equalsIgnoreCase(p[1])
                + " compareToIgnoreCase=" + Integer.signum(p[0].compareToIgnoreCase(p[1]))
                + " regionMatches=" + p[0].regionMatches(true, 0, p[1], 0, Math.min(p[0].length(), p[1].length())));
        }
    }
}
