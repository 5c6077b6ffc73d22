public class StringHashCodes {
    static String[] samples = {
        "", "a", "b", "ab", "ba", "hello", "Hello", "hello world",
        "The quick brown fox jumps over the lazy dog",
        "Aa", "BB", "polygenelubricants", "\u00e9t\u00e9", "\u4e2d\u6587", "\uD83D\uDE00",
        "0123456789", "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz"
    };

    static int manualHash(String s) {
        int h = 0;
        for (int i = 0; i < s.length(); i++) h = 31 * h + s.charAt(i);
        return h;
    }

    public static void main(String[] args) {
        for (int i = 0; i < samples.length; i++) {
            String s = samples[i];
            System.out.println("sample[" + i + "] len=" + s.length() + " hashCode=" + s.hashCode() + " manual=" + manualHash(s) + " match=" + (s.hashCode() == manualHash(s)));
        }
        System.out.println("collision Aa/BB=" + ("Aa".hashCode() == "BB".hashCode()) + " equals=" + "Aa".equals("BB"));
        String built = new StringBuilder("hel").append("lo").toString();
        System.out.println("built hash equals literal hash=" + (built.hashCode() == "hello".hashCode()));
        String big = "x".repeat(1000);
        System.out.println("big hash=" + big.hashCode());
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            sb.append((char) ('a' + i));
            System.out.println("prefix " + sb + " hash=" + sb.toString().hashCode());
        }
        String s = "mutable?";
        int h1 = s.hashCode();
        int h2 = s.hashCode();
        System.out.println("stable=" + (h1 == h2));
        int bucketCounts[] = new int[8];
        for (int i = 0; i < 100; i++) bucketCounts[("key" + i).hashCode() & 7]++;
        StringBuilder bc = new StringBuilder();
        for (int c : bucketCounts) bc.append(c).append(' ');
        System.out.println("buckets=" + bc.toString().trim());
    }
}
