public class StringBuilderWork {
    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder("hello");
        sb.append(' ').append(42).append(',').append(3.5).append(true).append('c').append(1L << 40).append(2.5f).append((Object) null).append(new char[] {'x', 'y'});
        System.out.println(sb + " len " + sb.length());
        sb.insert(0, "[").insert(sb.length(), ']').insert(6, 123).insert(3, 'Q');
        System.out.println(sb);
        sb.replace(1, 4, "HE").delete(0, 1).deleteCharAt(sb.length() - 1);
        System.out.println(sb);
        System.out.println("indexOf " + sb.indexOf("l") + " last " + sb.lastIndexOf("l") + " from " + sb.indexOf("l", 5) + " charAt " + sb.charAt(2) + " substring " + sb.substring(3, 8));
        sb.setCharAt(0, 'J');
        sb.setLength(5);
        System.out.println("setLength " + sb + " reverse " + new StringBuilder("abc\ud83d\ude00d").reverse().codePointAt(1));
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 1000; i++) big.append(i % 10);
        System.out.println("big " + big.length() + " " + big.substring(990) + " chars sum " + big.chars().sum());
        StringBuilder table = new StringBuilder();
        for (int r = 1; r <= 5; r++) {
            for (int c = 1; c <= 5; c++) table.append(String.format("%4d", r * c));
            table.append('\n');
        }
        System.out.print(table);
        System.out.println("compareTo " + new StringBuilder("abc").compareTo(new StringBuilder("abd")) + " equals " + new StringBuilder("a").equals(new StringBuilder("a"))
                + " contentEquals " + "abc".contentEquals(new StringBuilder("abc")));
        try {
            new StringBuilder("abc").insert(5, "x");
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("insert out of range: " + e.getMessage());
        }
        try {
            new StringBuilder("abc").deleteCharAt(3);
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("deleteCharAt: " + e.getMessage());
        }
        StringBuffer buf = new StringBuffer();
        for (String w : "one two three".split(" ")) buf.append(w.toUpperCase()).append('/');
        System.out.println("buffer " + buf + " " + buf.reverse());
        StringBuilder cp = new StringBuilder().appendCodePoint(0x1F600).appendCodePoint(65);
        System.out.println("codepoints " + cp.length() + " " + cp.codePointCount(0, cp.length()));
        String s = "";
        for (int i = 0; i < 20; i++) s += i;
        System.out.println("concat loop " + s + " " + s.length());
    }
}
