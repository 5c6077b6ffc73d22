public class StringMethodsTransform {
    static String q(String s) { return "[" + s + "]"; }

    public static void main(String[] args) {
        String mixed = "Hello World 123 _-!";
        System.out.println("toUpperCase=" + mixed.toUpperCase());
        System.out.println("toLowerCase=" + mixed.toLowerCase());
        System.out.println("upper of upper same content=" + "ABC".toUpperCase().equals("ABC"));
        System.out.println("equalsIgnoreCase=" + "HeLLo".equalsIgnoreCase("hello") + " " + "hello".equalsIgnoreCase("hell") + " " + "a".equalsIgnoreCase(null));
        String[] cmp = { "apple", "banana", "Apple", "apple", "app", "", "b", "apples" };
        for (int i = 0; i < cmp.length - 1; i++) {
            String x = cmp[i], y = cmp[i + 1];
            System.out.println("compareTo(" + q(x) + "," + q(y) + ")=" + x.compareTo(y) + " ignoreCase=" + x.compareToIgnoreCase(y));
        }
        System.out.println("compareTo self=" + "abc".compareTo("abc"));
        System.out.println("trim=" + q("   padded\t\n ") + " -> " + q("   padded\t\n ".trim()));
        System.out.println("trim no-op=" + q("x".trim()) + " trim all spaces=" + q("    ".trim()));
        System.out.println("trim control chars=" + q("\u0001\u0002ab\u001f".trim()));
        System.out.println("replace(char)=" + "banana".replace('a', 'o'));
        System.out.println("replace(char) absent=" + "banana".replace('z', 'o'));
        System.out.println("replace(seq)=" + "the cat sat on the mat".replace("at", "og"));
        System.out.println("replace(seq) overlapping=" + "aaaa".replace("aa", "b"));
        System.out.println("replace(seq) empty target=" + "abc".replace("", "-"));
        System.out.println("replace(seq) to empty=" + "a-b-c".replace("-", ""));
        System.out.println("replace(seq) StringBuilder arg=" + "xyz".replace(new StringBuilder("y"), "YY"));
        System.out.println("repeat=" + "ab".repeat(3) + " repeat0=" + q("ab".repeat(0)) + " empty repeat=" + q("".repeat(5)));
        System.out.println("join=" + String.join(", ", "a", "b", "c"));
        System.out.println("join single=" + String.join("-", "only") + " join none=" + q(String.join("-")));
        String[] parts = { "x", null, "z" };
        System.out.println("join with null=" + String.join("/", parts));
        StringBuilder sbArg = new StringBuilder("sb");
        System.out.println("join CharSequences=" + String.join("+", sbArg, "str", new StringBuilder("sb2")));
        System.out.println("chars reversed manually=" + reverse("stressed"));
        System.out.println("palindrome racecar=" + isPalindrome("racecar") + " hello=" + isPalindrome("hello"));
        System.out.println("capitalize=" + capitalize("hello wide world"));
        System.out.println("caesar=" + caesar("Hello, World!", 3) + " back=" + caesar(caesar("Hello, World!", 3), 23));
        System.out.println("count letters=" + countLetters("Mississippi"));
        System.out.println("toUpperCase digits=" + "abc123xyz".toUpperCase() + " toLowerCase=" + "ABC123XYZ".toLowerCase());
        String chained = "  Some Text  ".trim().toLowerCase().replace(' ', '_').concat("!").toUpperCase();
        System.out.println("chained=" + chained);
        System.out.println("indent via repeat=" + q(" ".repeat(4) + "x"));
        System.out.println("lines count=" + countLines("a\nb\n\nc"));
    }

    static String reverse(String s) {
        char[] cs = s.toCharArray();
        for (int i = 0, j = cs.length - 1; i < j; i++, j--) { char t = cs[i]; cs[i] = cs[j]; cs[j] = t; }
        return new String(cs);
    }
    static boolean isPalindrome(String s) { return reverse(s).equals(s); }
    static String capitalize(String s) {
        StringBuilder sb = new StringBuilder();
        boolean up = true;
        for (char c : s.toCharArray()) {
            sb.append(up ? Character.toUpperCase(c) : c);
            up = c == ' ';
        }
        return sb.toString();
    }
    static String caesar(String s, int k) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'a' && c <= 'z') c = (char) ('a' + (c - 'a' + k) % 26);
            else if (c >= 'A' && c <= 'Z') c = (char) ('A' + (c - 'A' + k) % 26);
            sb.append(c);
        }
        return sb.toString();
    }
    static String countLetters(String s) {
        int[] counts = new int[26];
        for (char c : s.toLowerCase().toCharArray()) if (c >= 'a' && c <= 'z') counts[c - 'a']++;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 26; i++) if (counts[i] > 0) sb.append((char) ('a' + i)).append(counts[i]);
        return sb.toString();
    }
    static int countLines(String s) {
        int n = 1;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == '\n') n++;
        return n;
    }
}
