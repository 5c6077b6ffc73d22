public class CharArrays {
    public static void main(String[] args) {
        char[] cs = {'J', 'a', 'v', 'a'};
        System.out.println(cs);
        System.out.print(cs);
        System.out.println();
        System.out.println("as String: " + new String(cs) + ", String.valueOf: " + String.valueOf(cs) + ", copyValueOf(1,2): " + String.copyValueOf(cs, 1, 2));
        char[] fromString = "Hello, World".toCharArray();
        System.out.println("toCharArray length " + fromString.length + ", [7] = " + fromString[7]);
        // in-place transforms
        for (int i = 0; i < fromString.length; i++) {
            char c = fromString[i];
            if (c >= 'a' && c <= 'z') fromString[i] = (char) (c - 32);
            else if (c >= 'A' && c <= 'Z') fromString[i] = (char) (c + 32);
        }
        System.out.println("swapped case: " + new String(fromString));
        // reverse words in place
        char[] sentence = "one two three four".toCharArray();
        rev(sentence, 0, sentence.length);
        int start = 0;
        for (int i = 0; i <= sentence.length; i++) {
            if (i == sentence.length || sentence[i] == ' ') {
                rev(sentence, start, i);
                start = i + 1;
            }
        }
        System.out.println("reversed words: " + new String(sentence));
        // anagram check using counts
        String[][] pairs = {{"listen", "silent"}, {"triangle", "integral"}, {"apple", "papel"}, {"abc", "abd"}};
        for (String[] p : pairs) {
            int[] counts = new int[128];
            for (char c : p[0].toCharArray()) counts[c]++;
            for (char c : p[1].toCharArray()) counts[c]--;
            boolean ana = true;
            for (int c : counts) if (c != 0) ana = false;
            System.out.println(p[0] + "/" + p[1] + " anagram: " + ana);
        }
        // building strings from char arrays with offsets
        char[] alphabet = new char[26];
        for (int i = 0; i < 26; i++) alphabet[i] = (char) ('a' + i);
        System.out.println("new String(alphabet, 5, 10) = " + new String(alphabet, 5, 10));
        StringBuilder sb = new StringBuilder();
        sb.append(alphabet, 20, 6).append('|').append(alphabet);
        System.out.println("StringBuilder.append(char[]): " + sb);
        char[] dest = new char[5];
        "abcdefgh".getChars(2, 7, dest, 0);
        System.out.println("getChars: " + new String(dest));
        // unicode chars in arrays
        char[] uni = {'\u00e9', '\u4e2d', '\u03a9', 'x'};
        int total = 0;
        for (char c : uni) total += c;
        System.out.println("unicode code unit sum = " + total + ", length " + new String(uni).length());
        // char array default and arithmetic
        char[] d = new char[3];
        d[1] += 'A';
        d[2] = (char) (d[1] + 1);
        System.out.println("defaults and arithmetic: " + (int) d[0] + " " + d[1] + " " + d[2]);
        // run-length encoding
        char[] data = "aaabccddddde".toCharArray();
        StringBuilder rle = new StringBuilder();
        for (int i = 0; i < data.length; ) {
            int j = i;
            while (j < data.length && data[j] == data[i]) j++;
            rle.append(data[i]).append(j - i);
            i = j;
        }
        System.out.println("rle: " + rle);
        // char[][] grid printing
        char[][] grid = new char[3][5];
        for (char[] row : grid) java.util.Arrays.fill(row, '.');
        grid[1][2] = '#';
        grid[0][4] = '@';
        for (char[] row : grid) System.out.println(row);
        // String.valueOf on char array vs Object
        Object o = cs;
        System.out.println("char[] seen as Object has class " + o.getClass().getName());
    }

    static void rev(char[] a, int from, int to) {
        for (int i = from, j = to - 1; i < j; i++, j--) { char t = a[i]; a[i] = a[j]; a[j] = t; }
    }
}
