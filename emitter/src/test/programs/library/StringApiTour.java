import java.util.*;

public class StringApiTour {
    public static void main(String[] args) {
        String s = "  The Quick Brown Fox  ";
        System.out.println("[" + s.trim() + "] [" + s.strip() + "] [" + s.stripTrailing() + "] upper " + s.toUpperCase().trim() + " lower " + s.toLowerCase().trim());
        String t = s.trim();
        System.out.println("length " + t.length() + " charAt " + t.charAt(4) + " indexOf " + t.indexOf("Quick") + " " + t.indexOf('o') + " " + t.indexOf('o', 13) + " lastIndexOf " + t.lastIndexOf('o') + " " + t.indexOf("zzz"));
        System.out.println("substring " + t.substring(4) + " | " + t.substring(4, 9) + " | subSequence " + t.subSequence(10, 15));
        System.out.println("startsWith " + t.startsWith("The") + " " + t.startsWith("Quick", 4) + " endsWith " + t.endsWith("Fox") + " contains " + t.contains("Brown") + " matches " + t.matches(".*B\\w+n.*"));
        System.out.println("replace " + t.replace('o', '0') + " | " + t.replace("The ", "") + " | concat " + t.concat("!") + " | repeat " + "ab".repeat(3) + " | empty repeat [" + "x".repeat(0) + "]");
        System.out.println("split " + Arrays.toString(t.split(" ")) + " join " + String.join("_", t.split(" ")) + " chars " + t.chars().filter(Character::isUpperCase).count());
        System.out.println("compare " + "apple".compareTo("banana") + " " + "b".compareTo("a") + " " + "abc".compareTo("abcd") + " ignoreCase " + "ABC".compareToIgnoreCase("abd") + " equalsIgnoreCase " + "HeLLo".equalsIgnoreCase("hello"));
        System.out.println("valueOf " + String.valueOf(3.5f) + String.valueOf(true) + String.valueOf('c') + String.valueOf(new char[] {'x', 'y'}) + String.valueOf(new char[] {'a', 'b', 'c', 'd'}, 1, 2) + " copyValueOf " + String.copyValueOf(new char[] {'q'}));
        System.out.println("isEmpty " + "".isEmpty() + " isBlank " + " \t".isBlank() + " toCharArray " + Arrays.toString("hey".toCharArray()) + " intern " + (new String("lit").intern() == "lit"));
        char[] dst = new char[5];
        "abcdef".getChars(1, 4, dst, 1);
        System.out.println("getChars " + Arrays.toString(dst) + " hashCode " + "hashme".hashCode() + " " + "".hashCode() + " contentEquals " + "sb".contentEquals(new StringBuffer("sb")));
        System.out.println("format " + String.format("%s has %d chars", t, t.length()) + " | lines " + "a\nb\n\nc".lines().toList() + " | chars sum " + "abc".chars().sum());
        StringBuilder caesar = new StringBuilder();
        for (char c : "Hello, World!".toCharArray()) caesar.append(Character.isLetter(c) ? (char) ((Character.isUpperCase(c) ? 'A' : 'a') + (Character.toLowerCase(c) - 'a' + 13) % 26) : c);
        System.out.println("rot13 " + caesar);
        String text = "one two three two one two";
        int count = 0;
        for (int idx = text.indexOf("two"); idx >= 0; idx = text.indexOf("two", idx + 1)) count++;
        System.out.println("occurrences " + count + " regionMatches " + text.regionMatches(4, "TWO", 0, 3) + " " + text.regionMatches(true, 4, "TWO", 0, 3));
        System.out.println("describeConstable-free codePointAt " + "A".codePointAt(0) + " toString identity " + (t.toString() == t) + " strip of all blanks [" + "   ".strip() + "]");
    }
}
