public class CharacterClassification {
    static int step = 1;  // non-final: javac must not fold the sweeps

    static String hex(int cp) {
        return "U+" + Integer.toHexString(cp).toUpperCase();
    }

    static int bit(boolean b) {
        return b ? 1 : 0;
    }

    /** A checksum of every answer Character gives about one code point. */
    static long classify(int cp) {
        long h = Character.getType(cp);
        h = h * 31 + (Character.toUpperCase(cp) - cp);
        h = h * 31 + (Character.toLowerCase(cp) - cp);
        h = h * 31 + (Character.toTitleCase(cp) - cp);
        h = h * 31 + Character.digit(cp, 36);
        h = h * 31 + Character.digit(cp, 10);
        h = h * 31 + Character.getNumericValue(cp);
        h = h * 31 + Character.getDirectionality(cp);
        int flags = bit(Character.isDigit(cp)) | bit(Character.isLetter(cp)) << 1
            | bit(Character.isLetterOrDigit(cp)) << 2 | bit(Character.isAlphabetic(cp)) << 3
            | bit(Character.isUpperCase(cp)) << 4 | bit(Character.isLowerCase(cp)) << 5
            | bit(Character.isTitleCase(cp)) << 6 | bit(Character.isWhitespace(cp)) << 7
            | bit(Character.isSpaceChar(cp)) << 8 | bit(Character.isJavaIdentifierStart(cp)) << 9
            | bit(Character.isJavaIdentifierPart(cp)) << 10 | bit(Character.isUnicodeIdentifierStart(cp)) << 11
            | bit(Character.isUnicodeIdentifierPart(cp)) << 12 | bit(Character.isIdentifierIgnorable(cp)) << 13
            | bit(Character.isIdeographic(cp)) << 14 | bit(Character.isDefined(cp)) << 15
            | bit(Character.isMirrored(cp)) << 16 | bit(Character.isISOControl(cp)) << 17;
        return h * 1000003 + flags;
    }

    static long classifyChar(char c) {
        long h = Character.getType(c);
        h = h * 31 + Character.toUpperCase(c) + Character.toLowerCase(c) * 7 + Character.toTitleCase(c) * 13;
        h = h * 31 + Character.digit(c, 16) + Character.getNumericValue(c);
        int flags = bit(Character.isDigit(c)) | bit(Character.isLetter(c)) << 1 | bit(Character.isLetterOrDigit(c)) << 2
            | bit(Character.isUpperCase(c)) << 3 | bit(Character.isLowerCase(c)) << 4 | bit(Character.isWhitespace(c)) << 5
            | bit(Character.isSpaceChar(c)) << 6 | bit(Character.isJavaIdentifierStart(c)) << 7
            | bit(Character.isJavaIdentifierPart(c)) << 8 | bit(Character.isMirrored(c)) << 9;
        return h * 1000003 + flags;
    }

    public static void main(String[] args) {
        // Checksums per block of 4096 code points over the BMP, per plane above it.
        long total = 0;
        StringBuilder line = new StringBuilder();
        for (int block = 0; block < 16; block++) {
            long sum = 0;
            for (int cp = block * 4096; cp < (block + 1) * 4096; cp += step) {
                sum = sum * 1099511628211L + classify(cp);
            }
            line.append(Long.toHexString(sum).substring(0, 4)).append(' ');
            total ^= sum;
        }
        System.out.println("BMP blocks: " + line);
        for (int plane = 1; plane <= 16; plane++) {
            long sum = 0;
            for (int cp = plane << 16; cp < (plane + 1) << 16; cp += 3 * step) {
                sum = sum * 1099511628211L + classify(cp);
            }
            System.out.println("plane " + plane + ": " + Long.toHexString(sum));
            total ^= sum;
        }
        long chars = 0;
        for (int c = 0; c <= 0xFFFF; c += step) {
            chars = chars * 31 + classifyChar((char) c);
        }
        System.out.println("char overloads: " + Long.toHexString(chars));
        System.out.println("total: " + Long.toHexString(total));

        // Out-of-range code points are undefined, not errors.
        int[] invalid = {-1, 0x110000, Integer.MIN_VALUE, Integer.MAX_VALUE};
        for (int cp : invalid) {
            System.out.println("invalid " + cp + ": type=" + Character.getType(cp) + " upper=" + Character.toUpperCase(cp)
                + " digit=" + Character.digit(cp, 10) + " numeric=" + Character.getNumericValue(cp)
                + " dir=" + Character.getDirectionality(cp) + " letter=" + Character.isLetter(cp)
                + " ws=" + Character.isWhitespace(cp) + " ignorable=" + Character.isIdentifierIgnorable(cp));
        }

        // A few well-known code points, one line each.
        int[] samples = {'A', 'z', '5', ' ', '\t', '_', '$', 0x7F, 0xA0, 0xB2, 0xB5, 0xBD, 0xDF, 0xFF, 0x130, 0x131,
            0x149, 0x1C5, 0x1F0, 0x345, 0x3A3, 0x3C2, 0x660, 0x966, 0x2007, 0x2028, 0x2160, 0x216F, 0x2179, 0x24B6,
            0x3000, 0x3007, 0x4E00, 0x5146, 0xD800, 0xE000, 0xFB00, 0xFF10, 0xFF21, 0xFF41, 0xFFFF,
            0x10400, 0x10428, 0x1D7CE, 0x1F600, 0x20000, 0xE0001, 0x10FFFF};
        for (int cp : samples) {
            System.out.println(hex(cp) + " type=" + Character.getType(cp) + " upper=" + hex(Character.toUpperCase(cp))
                + " lower=" + hex(Character.toLowerCase(cp)) + " title=" + hex(Character.toTitleCase(cp))
                + " digit16=" + Character.digit(cp, 16) + " numeric=" + Character.getNumericValue(cp)
                + " dir=" + Character.getDirectionality(cp) + " flags=" + Long.toHexString(classify(cp) % 1000003));
        }

        // Radix edge cases and forDigit.
        System.out.println("digit('a', 10)=" + Character.digit('a', 10) + " digit('a', 11)=" + Character.digit('a', 11)
            + " digit('7', 1)=" + Character.digit('7', 1) + " digit('7', 37)=" + Character.digit('7', 37)
            + " digit(U+FF19, 10)=" + Character.digit('\uff19', 10) + " digit(U+0669, 10)=" + Character.digit('\u0669', 10));
        System.out.println("forDigit: " + Character.forDigit(11, 16) + Character.forDigit(5, 10) + Character.forDigit(35, 36)
            + " bad=" + (int) Character.forDigit(10, 10));
        System.out.println("toString(U+1F600) length=" + Character.toString(0x1F600).length()
            + " chars=" + Character.toChars(0x10400).length);
        try {
            Character.toChars(0x110000);
        } catch (IllegalArgumentException e) {
            System.out.println("toChars(0x110000): " + e.getMessage());
        }
    }
}
