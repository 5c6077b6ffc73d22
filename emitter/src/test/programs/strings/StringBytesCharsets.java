import java.nio.charset.StandardCharsets;

public class StringBytesCharsets {
    static String bytes(byte[] b) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < b.length; i++) {
            if (i > 0) sb.append(' ');
            sb.append(b[i]);
        }
        return sb.append(']').toString();
    }
    static String codes(String s) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < s.length(); i++) {
            if (i > 0) sb.append(' ');
            sb.append(Integer.toHexString(s.charAt(i)));
        }
        return sb.append(']').toString();
    }

    public static void main(String[] args) {
        String[] samples = { "", "ASCII text", "caf\u00e9", "\u20ac100", "\u4e2d", "\uD83D\uDE00", "a\u0000b", "\u00ff\u0100" };
        for (int i = 0; i < samples.length; i++) {
            String s = samples[i];
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            byte[] latin1 = s.getBytes(StandardCharsets.ISO_8859_1);
            byte[] ascii = s.getBytes(StandardCharsets.US_ASCII);
            System.out.println("sample " + i + " codes=" + codes(s));
            System.out.println("  utf8=" + bytes(utf8) + " roundtrip=" + new String(utf8, StandardCharsets.UTF_8).equals(s));
            System.out.println("  latin1=" + bytes(latin1) + " roundtrip=" + new String(latin1, StandardCharsets.ISO_8859_1).equals(s));
            System.out.println("  ascii=" + bytes(ascii) + " roundtrip=" + new String(ascii, StandardCharsets.US_ASCII).equals(s));
        }
        byte[] raw = { 72, 105, 33 };
        System.out.println("new String(bytes, UTF_8)=" + new String(raw, StandardCharsets.UTF_8));
        System.out.println("new String(bytes, 1, 2, UTF_8)=" + new String(raw, 1, 2, StandardCharsets.UTF_8));
        byte[] latinHigh = { (byte) 0xe9, (byte) 0xff, 65 };
        System.out.println("latin1 decode high bytes=" + codes(new String(latinHigh, StandardCharsets.ISO_8859_1)));
        System.out.println("ascii decode high bytes=" + codes(new String(latinHigh, StandardCharsets.US_ASCII)));
        byte[] malformed = { 65, (byte) 0xc3, 66, (byte) 0xff, (byte) 0xe2, (byte) 0x82, 67 };
        System.out.println("utf8 decode malformed=" + codes(new String(malformed, StandardCharsets.UTF_8)));
        byte[] truncated = { (byte) 0xf0, (byte) 0x9f, (byte) 0x98 };
        System.out.println("utf8 decode truncated 4-byte=" + codes(new String(truncated, StandardCharsets.UTF_8)));
        String lone = "x\uD800y";
        System.out.println("utf8 encode lone surrogate=" + bytes(lone.getBytes(StandardCharsets.UTF_8)));
        byte[] big = new byte[256];
        for (int i = 0; i < 256; i++) big[i] = (byte) i;
        String all = new String(big, StandardCharsets.ISO_8859_1);
        int sum = 0;
        for (int i = 0; i < all.length(); i++) sum += all.charAt(i);
        System.out.println("latin1 all 256 bytes length=" + all.length() + " char sum=" + sum);
        byte[] back = all.getBytes(StandardCharsets.UTF_8);
        System.out.println("as utf8 length=" + back.length);
        System.out.println("charset names=" + StandardCharsets.UTF_8.name() + " " + StandardCharsets.ISO_8859_1.name() + " " + StandardCharsets.US_ASCII.name());
    }
}
