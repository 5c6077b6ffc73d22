public class StringSortAndSearch {
    static void sort(String[] a) {
        for (int i = 1; i < a.length; i++) {
            String key = a[i];
            int j = i - 1;
            while (j >= 0 && a[j].compareTo(key) > 0) { a[j + 1] = a[j]; j--; }
            a[j + 1] = key;
        }
    }
    static void sortIgnoreCase(String[] a) {
        for (int i = 0; i < a.length; i++)
            for (int j = 0; j + 1 < a.length - i; j++)
                if (a[j].compareToIgnoreCase(a[j + 1]) > 0) { String t = a[j]; a[j] = a[j + 1]; a[j + 1] = t; }
    }
    static int binarySearch(String[] a, String key) {
        int lo = 0, hi = a.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = a[mid].compareTo(key);
            if (c == 0) return mid;
            if (c < 0) lo = mid + 1; else hi = mid - 1;
        }
        return -(lo + 1);
    }
    static String join(String[] a) {
        StringBuilder sb = new StringBuilder();
        for (String s : a) { if (sb.length() > 0) sb.append(' '); sb.append(s); }
        return sb.toString();
    }
    static String longestCommonPrefix(String[] a) {
        if (a.length == 0) return "";
        String p = a[0];
        for (String s : a) while (!s.startsWith(p)) p = p.substring(0, p.length() - 1);
        return p;
    }

    public static void main(String[] args) {
        String[] words = { "pear", "Apple", "banana", "apple", "Banana", "cherry", "apricot", "10", "9", "Zebra", "zebra", "a", "" };
        String[] copy = words.clone();
        sort(copy);
        System.out.println("sorted=" + join(copy).replace("  ", " <empty> "));
        String[] copy2 = words.clone();
        sortIgnoreCase(copy2);
        System.out.println("sortedIgnoreCase=" + join(copy2).replace("  ", " <empty> "));
        String[] probes = { "apple", "banana", "kiwi", "", "zz", "Apple", "0" };
        for (String p : probes) System.out.println("search(" + p + ")=" + binarySearch(copy, p));
        System.out.println("lcp=" + longestCommonPrefix(new String[] { "interstellar", "internet", "interval", "internal" }));
        System.out.println("lcp none=[" + longestCommonPrefix(new String[] { "abc", "xyz" }) + "]");
        String text = "she sells sea shells by the sea shore";
        String[] tokens = new String[20];
        int n = 0, start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == ' ') { tokens[n++] = text.substring(start, i); start = i + 1; }
        }
        String[] toks = new String[n];
        System.arraycopy(tokens, 0, toks, 0, n);
        sort(toks);
        System.out.println("tokens sorted=" + join(toks));
        StringBuilder uniq = new StringBuilder();
        for (int i = 0; i < toks.length; i++) {
            if (i > 0 && toks[i].equals(toks[i - 1])) continue;
            int cnt = 1;
            while (i + cnt < toks.length && toks[i + cnt].equals(toks[i])) cnt++;
            uniq.append(toks[i]).append('=').append(cnt).append(' ');
        }
        System.out.println("counts=" + uniq.toString().trim());
        String longest = "";
        for (String t : toks) if (t.length() > longest.length()) longest = t;
        System.out.println("longest=" + longest);
        System.out.println("compare lengths: " + "abc".compareTo("abcd") + " " + "abcd".compareTo("abc") + " " + "b".compareTo("abc"));
    }
}
