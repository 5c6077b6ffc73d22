import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * String searches with out-of-range and extreme fromIndex values, supplementary and invalid code
 * points; comparisons; which operations return the receiver, the "" literal or a new string;
 * UTF-16 charsets and charset names.
 */
public class StringSearchEdges {
    static String s = "abcabc\uD83D\uDE00ab";
    static int[] froms = { Integer.MIN_VALUE, -100, -1, 0, 1, 2, 5, 6, 7, 8, 9, 10, 11, 100, Integer.MAX_VALUE };

    static String hex(byte[] b) {
        StringBuilder sb = new StringBuilder();
        for (byte x : b) sb.append(' ').append(Integer.toHexString(x & 0xFF));
        return sb.toString();
    }

    static String codes(String t) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < t.length(); i++) sb.append(' ').append(Integer.toHexString(t.charAt(i)));
        return sb.toString();
    }

    public static void main(String[] args) {
        int[] chars = { 'a', 'c', 'z', 0x1F600, 0xD83D, 0xDE00, -1, 0x110000, 'a' + 0x10000, 0 };
        for (int ch : chars) {
            StringBuilder line = new StringBuilder("char " + Integer.toHexString(ch) + ": " + s.indexOf(ch) + "/" + s.lastIndexOf(ch) + " |");
            for (int f : froms) line.append(' ').append(s.indexOf(ch, f)).append('/').append(s.lastIndexOf(ch, f));
            System.out.println(line);
        }
        String[] needles = { "", "a", "ab", "abc", "bc\uD83D", "\uDE00", "\uD83D\uDE00ab", "abcabc\uD83D\uDE00ab", "abcabc\uD83D\uDE00abc", "x" };
        for (String n : needles) {
            StringBuilder line = new StringBuilder("str" + codes(n) + ": " + s.indexOf(n) + "/" + s.lastIndexOf(n) + " contains=" + s.contains(n) + " |");
            for (int f : froms) line.append(' ').append(s.indexOf(n, f)).append('/').append(s.lastIndexOf(n, f));
            System.out.println(line);
        }
        System.out.println("empty: " + "".indexOf("") + " " + "".lastIndexOf("") + " " + "".indexOf("", 5) + " " + "".lastIndexOf("", -1)
                + " " + "".indexOf('a') + " " + "".lastIndexOf('a', 10));
        for (int off = -2; off <= s.length() + 1; off++) {
            System.out.println("startsWith ab at " + off + ": " + s.startsWith("ab", off) + " empty: " + s.startsWith("", off)
                    + " regionMatches: " + s.regionMatches(off, "abc", 0, 2) + " " + s.regionMatches(off, "xab", 1, 2)
                    + " " + s.regionMatches(off, "ab", 0, -1) + " " + s.regionMatches(0, "ab", off, 1));
        }
        System.out.println("regionMatches huge: " + s.regionMatches(Integer.MAX_VALUE, "ab", 0, 2) + " "
                + s.regionMatches(1, "ab", 0, Integer.MAX_VALUE) + " " + s.regionMatches(0, "ab", Integer.MAX_VALUE, 1));
        System.out.println("endsWith: " + s.endsWith("ab") + " " + s.endsWith("") + " " + s.endsWith(s) + " " + s.endsWith("x" + s));

        String[] cmp = { "", "a", "ab", "abc", "b", "B", "\u00e9", "\uFFFF", "\uD83D\uDE00", "\uE000", "aa" };
        for (String x : cmp) {
            StringBuilder line = new StringBuilder("compareTo" + codes(x) + ":");
            for (String y : cmp) line.append(' ').append(x.compareTo(y));
            System.out.println(line);
        }
        System.out.println("contentEquals: " + "abc".contentEquals(new StringBuilder("abc")) + " " + "abc".contentEquals(new StringBuffer("abd"))
                + " " + "abc".contentEquals(java.nio.CharBuffer.wrap("abc")) + " " + "".contentEquals(new StringBuilder()));
        System.out.println("hashCode: " + "".hashCode() + " " + s.hashCode() + " " + "\uFFFF\uFFFF\uFFFF\uFFFF".hashCode() + " " + "polygenelubricants".hashCode());
        System.out.println("equals: " + s.equals(new String(s)) + " " + s.equals(new StringBuilder(s)) + " " + "".equals(new String()));

        // Which results are the receiver, the "" literal, or new strings (observable with ==).
        String abc = new String("abc");
        String empty = new String("");
        String sp = new String("  ");
        System.out.println("identity substring: " + (abc.substring(0) == abc) + " " + (abc.substring(0, 3) == abc) + " " + (abc.substring(1, 1) == "")
                + " " + (abc.substring(3) == "") + " " + (abc.subSequence(0, 3) == abc));
        System.out.println("identity trim/strip: " + (abc.trim() == abc) + " " + (sp.trim() == "") + " " + (sp.strip() == "") + " " + (empty.trim() == empty)
                + " " + (empty.strip() == empty) + " " + (abc.stripLeading() == abc) + " " + (sp.stripTrailing() == ""));
        System.out.println("identity concat: " + (abc.concat("") == abc) + " " + (empty.concat(abc) == abc) + " " + (empty.concat("") == empty));
        System.out.println("identity replace: " + (abc.replace('x', 'y') == abc) + " " + (abc.replace('a', 'a') == abc) + " " + (abc.replace("x", "y") == abc)
                + " " + (abc.replace("abc", "") == ""));
        System.out.println("identity repeat: " + (abc.repeat(1) == abc) + " " + (abc.repeat(0) == "") + " " + (empty.repeat(3) == ""));
        System.out.println("identity misc: " + (String.valueOf(new char[0]) == "") + " " + (new String() == "") + " " + (String.join(",") == "")
                + " " + (String.join(",", abc) == abc) + " " + (new StringBuilder().toString() == "") + " " + (new StringBuilder("x").substring(1) == "")
                + " " + (abc.toString() == abc) + " " + (String.valueOf((Object) abc) == abc) + " " + (abc.intern() == "abc") + " " + (abc.split(",")[0] == abc)
                + " " + (abc.strip() == abc) + " " + (abc.toLowerCase() == abc) + " " + (abc.toUpperCase() == abc));

        String z = empty;
        System.out.println("identity concat operator: " + ((z + z) == "") + " " + ((z + abc) == abc) + " " + ((abc + z) == abc) + " " + ((z + z + z) == "")
                + " " + (("" + z) == "") + " " + ((z + 1).length()));

        // Charsets by name and UTF-16
        String[] names = { "UTF-8", "utf8", "Latin1", "ISO8859_1", "ascii", "US-ASCII", "UTF-16", "utf-16le", "UnicodeBigUnmarked", "default" };
        for (String n : names) {
            Charset c = Charset.forName(n);
            System.out.println("charset " + n + " -> " + c.name() + " supported=" + Charset.isSupported(n) + " bytes:" + hex("A\u00e9\u20ac".getBytes(c)));
        }
        System.out.println("isSupported: " + Charset.isSupported("nope") + " " + Charset.isSupported("UTF-32X"));
        try {
            Charset.forName("nope");
        } catch (RuntimeException e) {
            System.out.println("forName nope: " + e);
        }
        try {
            Charset.forName("bad name");
        } catch (RuntimeException e) {
            System.out.println("forName bad: " + e);
        }
        try {
            Charset.forName(null);
        } catch (RuntimeException e) {
            System.out.println("forName null: " + e);
        }
        String t = "A\u00e9\uD83D\uDE00";
        System.out.println("UTF_16:" + hex(t.getBytes(StandardCharsets.UTF_16)) + " BE:" + hex(t.getBytes(StandardCharsets.UTF_16BE))
                + " LE:" + hex(t.getBytes(StandardCharsets.UTF_16LE)));
        byte[][] in16 = { { (byte) 0xFE, (byte) 0xFF, 0, 0x41 }, { (byte) 0xFF, (byte) 0xFE, 0x41, 0 }, { 0, 0x41, 0 }, { (byte) 0xD8, 0x3D, 0, 0x41 },
                { 0, 0x41, (byte) 0xDE, 0 }, {} };
        for (byte[] b : in16) {
            System.out.println("decode16" + hex(b) + " -> UTF_16:" + codes(new String(b, StandardCharsets.UTF_16)) + " BE:"
                    + codes(new String(b, StandardCharsets.UTF_16BE)) + " LE:" + codes(new String(b, StandardCharsets.UTF_16LE)));
        }
        System.out.println("lone surrogates: utf8" + hex("\uD800x\uDC00".getBytes(StandardCharsets.UTF_8)) + " latin1"
                + hex("\uD83D\uDE00\uD800".getBytes(StandardCharsets.ISO_8859_1)) + " ascii" + hex("\u00e9\uD83D\uDE00".getBytes(StandardCharsets.US_ASCII))
                + " utf16" + hex("\uD800".getBytes(StandardCharsets.UTF_16BE)));
        byte[] bad = { 0x41, (byte) 0xED, (byte) 0xA0, (byte) 0x80, 0x42, (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80, 0x43, (byte) 0xC0, (byte) 0xAF,
                (byte) 0xE0, (byte) 0x80, (byte) 0xAF, (byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x80 };
        System.out.println("utf8 malformed:" + codes(new String(bad, StandardCharsets.UTF_8)));
        System.out.println("utf8 ranges:" + codes(new String(bad, 1, 4, StandardCharsets.UTF_8)) + " |" + codes(new String(bad, 15, 3, StandardCharsets.UTF_8)));
        System.out.println("hibyte: " + codes(new String(new byte[] { 0x41, (byte) 0xFF }, 1)) + " " + codes(new String(new byte[] { 1, 2, 3 }, 0x20, 1, 2)));
    }
}
