import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/** Exceptions thrown by String methods: class and message of each, and the results next to the edges. */
public class StringExceptions {
    static String s = "hello";
    static String sup = "a\uD83D\uDE00b";
    static char[] chars = { 'a', 'b', 'c', 'd', 'e' };
    static byte[] bytes = { 72, 101, 108, 108, 111 };
    static int[] cps = { 0x41, 0x1F600, 0x42 };
    static String nul = null;

    static void t(String label, Supplier<Object> f) {
        try {
            Object r = f.get();
            if (r instanceof char[]) {
                r = "chars " + new String((char[]) r);
            } else if (r instanceof byte[]) {
                r = "bytes " + ((byte[]) r).length;
            }
            System.out.println(label + " = " + r);
        } catch (NullPointerException e) {
            System.out.println(label + " threw " + e.getClass().getName());
        } catch (Exception | OutOfMemoryError e) {
            System.out.println(label + " threw " + e);
        }
    }

    public static void main(String[] args) {
        t("substring(-1)", () -> s.substring(-1));
        t("substring(6)", () -> s.substring(6));
        t("substring(5)", () -> s.substring(5));
        t("substring(0)", () -> s.substring(0) == s);
        t("substring(-1,5)", () -> s.substring(-1, 5));
        t("substring(2,1)", () -> s.substring(2, 1));
        t("substring(0,6)", () -> s.substring(0, 6));
        t("substring(6,7)", () -> s.substring(6, 7));
        t("substring(3,3)", () -> "[" + s.substring(3, 3) + "]");
        t("substring(0,5)==", () -> s.substring(0, 5) == s);
        t("subSequence(-2,1)", () -> s.subSequence(-2, 1));
        t("subSequence(3,2)", () -> s.subSequence(3, 2));
        t("subSequence(1,9)", () -> s.subSequence(1, 9));
        t("charAt(10)", () -> s.charAt(10));
        t("charAt(5)", () -> s.charAt(5));
        t("charAt(-1)", () -> s.charAt(-1));
        t("empty charAt(0)", () -> "".charAt(0));
        t("codePointAt(-1)", () -> sup.codePointAt(-1));
        t("codePointAt(4)", () -> sup.codePointAt(4));
        t("codePointAt(1)", () -> sup.codePointAt(1));
        t("codePointAt(2)", () -> sup.codePointAt(2));
        t("codePointBefore(0)", () -> sup.codePointBefore(0));
        t("codePointBefore(5)", () -> sup.codePointBefore(5));
        t("codePointBefore(3)", () -> sup.codePointBefore(3));
        t("codePointBefore(2)", () -> sup.codePointBefore(2));
        t("codePointBefore(4)", () -> sup.codePointBefore(4));
        t("codePointCount(0,4)", () -> sup.codePointCount(0, 4));
        t("codePointCount(2,4)", () -> sup.codePointCount(2, 4));
        t("codePointCount(-1,2)", () -> sup.codePointCount(-1, 2));
        t("codePointCount(3,2)", () -> sup.codePointCount(3, 2));
        t("codePointCount(0,5)", () -> sup.codePointCount(0, 5));
        t("offsetByCodePoints(0,2)", () -> sup.offsetByCodePoints(0, 2));
        t("offsetByCodePoints(4,-2)", () -> sup.offsetByCodePoints(4, -2));
        t("offsetByCodePoints(0,4)", () -> sup.offsetByCodePoints(0, 4));
        t("offsetByCodePoints(0,5)", () -> sup.offsetByCodePoints(0, 5));
        t("offsetByCodePoints(1,-2)", () -> sup.offsetByCodePoints(1, -2));
        t("offsetByCodePoints(-1,0)", () -> sup.offsetByCodePoints(-1, 0));
        t("offsetByCodePoints(5,0)", () -> sup.offsetByCodePoints(5, 0));
        t("getChars(0,6,..)", () -> { char[] d = new char[10]; s.getChars(0, 6, d, 0); return d; });
        t("getChars(-1,2,..)", () -> { char[] d = new char[10]; s.getChars(-1, 2, d, 0); return d; });
        t("getChars(3,2,..)", () -> { char[] d = new char[10]; s.getChars(3, 2, d, 0); return d; });
        t("getChars(0,5,d,6)", () -> { char[] d = new char[10]; s.getChars(0, 5, d, 6); return d; });
        t("getChars(0,5,d,-1)", () -> { char[] d = new char[10]; s.getChars(0, 5, d, -1); return d; });
        t("getChars(0,5,null,0)", () -> { s.getChars(0, 5, null, 0); return "?"; });
        t("getChars(2,2,d,10)", () -> { char[] d = new char[10]; s.getChars(2, 2, d, 10); return "ok"; });
        t("getBytes(0,5,b,0)", () -> { byte[] b = new byte[5]; s.getBytes(0, 5, b, 0); return new String(b, StandardCharsets.ISO_8859_1); });
        t("getBytes(0,6,b,0)", () -> { byte[] b = new byte[5]; s.getBytes(0, 6, b, 0); return b; });
        t("getBytes(0,3,b,3)", () -> { byte[] b = new byte[5]; s.getBytes(0, 3, b, 3); return b; });
        t("valueOf(chars,1,3)", () -> String.valueOf(chars, 1, 3));
        t("valueOf(chars,-1,3)", () -> String.valueOf(chars, -1, 3));
        t("valueOf(chars,3,3)", () -> String.valueOf(chars, 3, 3));
        t("valueOf(chars,2,-1)", () -> String.valueOf(chars, 2, -1));
        t("copyValueOf(chars,4,2)", () -> String.copyValueOf(chars, 4, 2));
        t("copyValueOf(chars,5,0)", () -> "[" + String.copyValueOf(chars, 5, 0) + "]");
        t("new String(chars,0,6)", () -> new String(chars, 0, 6));
        t("new String(chars,6,0)", () -> new String(chars, 6, 0));
        t("new String(chars,-1,1)", () -> new String(chars, -1, 1));
        t("new String(null chars)", () -> new String((char[]) null));
        t("new String(cps,0,3)", () -> new String(cps, 0, 3).length());
        t("new String(cps,1,3)", () -> new String(cps, 1, 3));
        t("new String(cps,-1,1)", () -> new String(cps, -1, 1));
        t("new String(bad cp)", () -> new String(new int[] { 0x41, 0x110000 }, 0, 2));
        t("new String(neg cp)", () -> new String(new int[] { -5 }, 0, 1));
        t("new String(bytes,1,3)", () -> new String(bytes, 1, 3));
        t("new String(bytes,2,4)", () -> new String(bytes, 2, 4));
        t("new String(bytes,-1,2)", () -> new String(bytes, -1, 2));
        t("new String(bytes,2,-1)", () -> new String(bytes, 2, -1));
        t("new String(bytes,3,3,UTF_8)", () -> new String(bytes, 3, 3, StandardCharsets.UTF_8));
        t("new String(bytes,0,2,\"UTF-8\")", () -> {
            try {
                return new String(bytes, 0, 2, "UTF-8");
            } catch (java.io.UnsupportedEncodingException e) {
                return e.toString();
            }
        });
        t("new String(bytes,\"no-such\")", () -> {
            try {
                return new String(bytes, "no-such");
            } catch (java.io.UnsupportedEncodingException e) {
                return "caught " + e;
            }
        });
        t("getBytes(\"no-such\")", () -> {
            try {
                return s.getBytes("no-such");
            } catch (java.io.UnsupportedEncodingException e) {
                return "caught " + e;
            }
        });
        t("getBytes(\"latin1\")", () -> {
            try {
                return s.getBytes("latin1");
            } catch (java.io.UnsupportedEncodingException e) {
                return "caught " + e;
            }
        });
        t("repeat(-1)", () -> s.repeat(-1));
        t("repeat(0)", () -> "[" + s.repeat(0) + "]");
        t("repeat(3)", () -> s.repeat(3));
        t("repeat(1)==", () -> s.repeat(1) == s);
        t("\"\".repeat(MAX)", () -> "[" + "".repeat(Integer.MAX_VALUE) + "]");
        t("repeat(MAX)", () -> s.repeat(Integer.MAX_VALUE));
        t("repeat(2^30)", () -> "ab".repeat(1 << 30));
        t("concat(null)", () -> s.concat(nul));
        t("contains(null)", () -> s.contains(nul));
        t("indexOf(null)", () -> s.indexOf(nul));
        t("startsWith(null)", () -> s.startsWith(nul));
        t("equals(null)", () -> s.equals(nul));
        t("equalsIgnoreCase(null)", () -> s.equalsIgnoreCase(nul));
        t("compareTo(null)", () -> s.compareTo(nul));
        t("contentEquals(null)", () -> s.contentEquals((CharSequence) null));
        t("replace(null,x)", () -> s.replace(nul, "x"));
        t("replace(l,null)", () -> s.replace("l", nul));
        t("split(null)", () -> s.split(nul));
        t("join(null,..)", () -> String.join(nul, "a", "b"));
        t("valueOf(null chars)", () -> String.valueOf((char[]) null));
        t("valueOf(null obj)", () -> String.valueOf((Object) null));
        t("startsWith(l,-1)", () -> s.startsWith("h", -1));
        t("startsWith(\"\",5)", () -> s.startsWith("", 5));
        t("startsWith(\"\",6)", () -> s.startsWith("", 6));
        t("regionMatches(-1..)", () -> s.regionMatches(-1, "he", 0, 2));
        t("regionMatches(..,-1,..)", () -> s.regionMatches(0, "he", -1, 2));
        t("regionMatches(len -1)", () -> s.regionMatches(0, "he", 0, -1));
        t("regionMatches(len 0 at 9)", () -> s.regionMatches(9, "he", 0, 0));
        t("regionMatches(ic 3,LLO,0,2)", () -> s.regionMatches(true, 3, "LLO", 0, 2));
        t("regionMatches(ic 2,LLO,0,4)", () -> s.regionMatches(true, 2, "LLO", 0, 4));
        t("matches(bad regex)", () -> {
            try {
                return s.matches("(a");
            } catch (java.util.regex.PatternSyntaxException e) {
                return "PatternSyntaxException for " + e.getPattern(); // descriptions are not reproduced yet
            }
        });
        t("replaceAll bad group", () -> s.replaceAll("l", "$2"));
        t("replaceAll trailing backslash", () -> s.replaceAll("l", "x\\"));
        t("replaceAll dollar", () -> s.replaceAll("l", "$"));
        t("chars().toArray len", () -> s.chars().toArray().length);
        t("CASE_INSENSITIVE_ORDER", () -> String.CASE_INSENSITIVE_ORDER.compare("ABC", "abd"));
    }
}
