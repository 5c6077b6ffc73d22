public class CharacterUtilities {
    public static void main(String[] args) {
        String sample = "aZ09 _-$\t\n\u00e9\u00df\u0391\u03c9\u4e2d\u2163\u00bd\u0660\ud83d\ude00";
        for (int i = 0; i < sample.length(); ) {
            int cp = sample.codePointAt(i);
            System.out.printf("U+%04X letter=%b digit=%b alnum=%b ws=%b space=%b upper=%b lower=%b title=%b alpha=%b ident=%b jstart=%b type=%d numeric=%d digit16=%d chars=%d%n",
                    cp, Character.isLetter(cp), Character.isDigit(cp), Character.isLetterOrDigit(cp), Character.isWhitespace(cp), Character.isSpaceChar(cp),
                    Character.isUpperCase(cp), Character.isLowerCase(cp), Character.isTitleCase(cp), Character.isAlphabetic(cp), Character.isJavaIdentifierPart(cp),
                    Character.isJavaIdentifierStart(cp), Character.getType(cp), Character.getNumericValue(cp), Character.digit(cp, 16), Character.charCount(cp));
            i += Character.charCount(cp);
        }
        System.out.println("toUpper " + (int) Character.toUpperCase('\u00e9') + " " + Character.toUpperCase((int) '\u00df') + " " + (int) Character.toLowerCase('\u0391') + " title " + (int) Character.toTitleCase('\u01c6'));
        System.out.println("forDigit " + Character.forDigit(11, 16) + Character.forDigit(35, 36) + " " + (int) Character.forDigit(10, 10) + " digit " + Character.digit('z', 36) + " " + Character.digit('8', 8));
        System.out.println("surrogates " + Character.isHighSurrogate('\ud83d') + " " + Character.isLowSurrogate('\ude00') + " " + Character.toCodePoint('\ud83d', '\ude00')
                + " " + Character.isSupplementaryCodePoint(0x1F600) + " " + Character.isValidCodePoint(0x110000) + " " + Character.isBmpCodePoint(0xFFFF));
        char[] pair = Character.toChars(0x1F600);
        System.out.println("toChars " + pair.length + " " + (int) pair[0] + " " + (int) pair[1] + " highSurrogate " + (int) Character.highSurrogate(0x10437) + " low " + (int) Character.lowSurrogate(0x10437));
        System.out.println("compare " + Character.compare('a', 'b') + " " + Character.valueOf('x').compareTo('a') + " hash " + Character.hashCode('A') + " reverseBytes " + (int) Character.reverseBytes('\u1234'));
        System.out.println("MIN/MAX " + (int) Character.MIN_VALUE + " " + (int) Character.MAX_VALUE + " radix " + Character.MIN_RADIX + "-" + Character.MAX_RADIX + " bytes " + Character.BYTES + " size " + Character.SIZE);
        System.out.println("toString " + Character.toString(65) + Character.toString('b') + " name-free getNumericValue('X') " + Character.getNumericValue('X'));
        String s = "Hello World 123";
        int upper = 0, lower = 0, digits = 0, spaces = 0;
        for (char c : s.toCharArray()) {
            if (Character.isUpperCase(c)) upper++;
            else if (Character.isLowerCase(c)) lower++;
            else if (Character.isDigit(c)) digits++;
            else if (Character.isWhitespace(c)) spaces++;
        }
        System.out.println("counts " + upper + " " + lower + " " + digits + " " + spaces);
        StringBuilder swapped = new StringBuilder();
        for (char c : s.toCharArray()) swapped.append(Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
        System.out.println("swapcase " + swapped);
        System.out.println("codePoints " + "a\ud83d\ude00b".codePoints().count() + " length " + "a\ud83d\ude00b".length() + " codePointCount " + "a\ud83d\ude00b".codePointCount(0, 4)
                + " offsetByCodePoints " + "a\ud83d\ude00b".offsetByCodePoints(0, 2) + " codePointBefore " + "a\ud83d\ude00b".codePointBefore(3));
    }
}
