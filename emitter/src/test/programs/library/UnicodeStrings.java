import java.nio.charset.StandardCharsets;
import java.util.*;

public class UnicodeStrings {
    static String esc(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(cp -> sb.append(cp < 128 && cp >= 32 ? String.valueOf((char) cp) : String.format("\\u{%X}", cp)));
        return sb.toString();
    }

    public static void main(String[] args) {
        String[] samples = {"plain", "caf\u00e9", "stra\u00dfe", "\u0130stanbul", "\u03a3\u039f\u03a6\u0399\u0391", "\ud83d\ude00 smile", "\u4e2d\u6587", "e\u0301"};
        for (String s : samples) {
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            byte[] utf16 = s.getBytes(StandardCharsets.UTF_16BE);
            System.out.println(esc(s) + " len=" + s.length() + " cps=" + s.codePointCount(0, s.length()) + " utf8=" + utf8.length + " utf16=" + utf16.length
                    + " upper=" + esc(s.toUpperCase(Locale.ROOT)) + " lower=" + esc(s.toLowerCase(Locale.ROOT)) + " back=" + new String(utf8, StandardCharsets.UTF_8).equals(s));
        }
        String s = "a\ud83d\ude00b\ud83d\ude01c";
        StringBuilder rev = new StringBuilder(s).reverse();
        System.out.println("reverse keeps pairs " + esc(rev.toString()));
        int[] cps = s.codePoints().toArray();
        System.out.println("code points " + Arrays.toString(cps) + " rebuilt " + new String(cps, 0, cps.length).equals(s));
        System.out.println("indexOf cp " + s.indexOf(0x1F601) + " lastIndexOf " + s.lastIndexOf(0x1F600) + " charAt(1) " + (int) s.charAt(1));
        System.out.println("compare " + "\u00e9".compareTo("f") + " " + "Z".compareTo("a") + " ignoreCase " + "\u00c9COLE".equalsIgnoreCase("\u00e9cole"));
        System.out.println("latin1 " + Arrays.toString("\u00e9\u00ff".getBytes(StandardCharsets.ISO_8859_1)) + " ascii fallback " + Arrays.toString("\u00e9x".getBytes(StandardCharsets.US_ASCII)));
        byte[] bad = {(byte) 0xC3, (byte) 0x28, 'o', 'k', (byte) 0xE2, (byte) 0x82};
        System.out.println("malformed " + esc(new String(bad, StandardCharsets.UTF_8)));
        String sorted = String.join(",", new TreeSet<>(List.of("\u00e9clair", "eclair", "Eclair", "zebra", "\u00c9t\u00e9")));
        System.out.println("sorted by UTF-16 " + esc(sorted));
        System.out.println("strip unicode space " + "[" + "\u2003text\u2003".strip() + "] trim keeps [" + esc("\u2003text\u2003".trim()) + "] isBlank " + "\u2003".isBlank());
    }
}
