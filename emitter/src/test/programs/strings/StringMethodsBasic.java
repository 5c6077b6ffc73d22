public class StringMethodsBasic {
    static String q(String s) { return "[" + s + "]"; }

    public static void main(String[] args) {
        String s = "The quick brown fox jumps over the lazy dog";
        System.out.println("length=" + s.length());
        System.out.println("charAt(0)=" + s.charAt(0) + " charAt(4)=" + s.charAt(4) + " last=" + s.charAt(s.length() - 1));
        System.out.println("substring(4)=" + q(s.substring(4)));
        System.out.println("substring(4,9)=" + q(s.substring(4, 9)));
        System.out.println("substring(0,0)=" + q(s.substring(0, 0)));
        System.out.println("substring(len)=" + q(s.substring(s.length())));
        System.out.println("indexOf('o')=" + s.indexOf('o'));
        System.out.println("indexOf('o',13)=" + s.indexOf('o', 13));
        System.out.println("indexOf('z')=" + s.indexOf('z') + " indexOf('Z')=" + s.indexOf('Z'));
        System.out.println("indexOf(\"the\")=" + s.indexOf("the"));
        System.out.println("indexOf(\"The\")=" + s.indexOf("The"));
        System.out.println("indexOf(\"fox\",17)=" + s.indexOf("fox", 17));
        System.out.println("indexOf(\"\")=" + s.indexOf(""));
        System.out.println("indexOf(\"\", 5)=" + s.indexOf("", 5));
        System.out.println("indexOf(\"cat\")=" + s.indexOf("cat"));
        System.out.println("indexOf negative from=" + s.indexOf('T', -5));
        System.out.println("indexOf beyond=" + s.indexOf('g', 100));
        System.out.println("lastIndexOf('o')=" + s.lastIndexOf('o'));
        System.out.println("lastIndexOf('o',40)=" + s.lastIndexOf('o', 40));
        System.out.println("lastIndexOf(\"the\")=" + s.lastIndexOf("the"));
        System.out.println("lastIndexOf(\"o\",0)=" + s.lastIndexOf("o", 0));
        System.out.println("lastIndexOf(\"\")=" + s.lastIndexOf(""));
        System.out.println("startsWith(\"The\")=" + s.startsWith("The") + " startsWith(\"the\")=" + s.startsWith("the"));
        System.out.println("startsWith(\"quick\",4)=" + s.startsWith("quick", 4));
        System.out.println("startsWith(\"\")=" + s.startsWith(""));
        System.out.println("endsWith(\"dog\")=" + s.endsWith("dog") + " endsWith(\"Dog\")=" + s.endsWith("Dog") + " endsWith(\"\")=" + s.endsWith(""));
        System.out.println("contains(\"jumps\")=" + s.contains("jumps") + " contains(\"jumped\")=" + s.contains("jumped"));
        System.out.println("isEmpty=" + s.isEmpty() + " \"\".isEmpty=" + "".isEmpty() + " \" \".isEmpty=" + " ".isEmpty());
        System.out.println("isBlank \"  \"=" + "  ".isBlank() + " \" x \"=" + " x ".isBlank());
        char[] arr = "hello".toCharArray();
        arr[0] = 'j';
        System.out.println("toCharArray modified=" + new String(arr) + " len=" + arr.length);
        System.out.println("new String(char[],1,3)=" + new String(arr, 1, 3));
        System.out.println("String.valueOf(char[],2,2)=" + String.valueOf(arr, 2, 2));
        char[] dst = new char[6];
        "abcdef".getChars(1, 4, dst, 2);
        System.out.println("getChars=" + (int) dst[0] + "," + dst[2] + dst[3] + dst[4]);
        int vowels = 0, spaces = 0, upper = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("aeiouAEIOU".indexOf(c) >= 0) vowels++;
            if (c == ' ') spaces++;
            if (c >= 'A' && c <= 'Z') upper++;
        }
        System.out.println("vowels=" + vowels + " spaces=" + spaces + " upper=" + upper);
        int count = 0;
        for (int from = 0; (from = s.indexOf("o", from)) >= 0; from++) count++;
        System.out.println("occurrences of o=" + count);
        StringBuilder words = new StringBuilder();
        int start = 0;
        while (start < s.length()) {
            int sp = s.indexOf(' ', start);
            if (sp < 0) sp = s.length();
            words.append(s.substring(start, sp).length()).append(' ');
            start = sp + 1;
        }
        System.out.println("word lengths=" + words.toString().trim());
        String[] bad = { "sub(-1)", "sub(5,3)", "sub(0,100)", "charAt(-1)", "charAt(len)" };
        for (int k = 0; k < bad.length; k++) {
            try {
                switch (k) {
                    case 0: s.substring(-1); break;
                    case 1: s.substring(5, 3); break;
                    case 2: s.substring(0, 100); break;
                    case 3: s.charAt(-1); break;
                    default: s.charAt(s.length()); break;
                }
                System.out.println(bad[k] + " no exception");
            } catch (IndexOutOfBoundsException e) {
                System.out.println(bad[k] + " -> " + e.getClass().getName());
            }
        }
        System.out.println("subSequence=" + s.subSequence(10, 15));
        System.out.println("concat=" + "abc".concat("def") + " concat empty=" + "abc".concat(""));
        System.out.println("strip=" + q("  x y  ".strip()) + " stripLeading=" + q("  x ".stripLeading()) + " stripTrailing=" + q("  x ".stripTrailing()));
        System.out.println("regionMatches=" + s.regionMatches(4, "quick", 0, 5) + " " + s.regionMatches(true, 0, "THE", 0, 3) + " " + s.regionMatches(0, "THE", 0, 3));
    }
}
