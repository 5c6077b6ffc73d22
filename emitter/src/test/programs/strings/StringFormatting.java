public class StringFormatting {
    static class Item {
        public String toString() { return "item!"; }
    }

    public static void main(String[] args) {
        System.out.println(String.format("d: [%d] [%d] [%d]", 0, -42, Integer.MAX_VALUE));
        System.out.println(String.format("long d: [%d] [%d]", Long.MIN_VALUE, 1234567890123L));
        System.out.println(String.format("byte/short d: [%d] [%d]", (byte) -5, (short) 1000));
        System.out.println(String.format("width: [%5d] [%-5d] [%05d] [%5d]", 42, 42, 42, -42));
        System.out.println(String.format("zero pad negative: [%06d] [%08d]", -42, 123456));
        System.out.println(String.format("narrow width: [%2d] [%1s]", 12345, "long"));
        System.out.println(String.format("plus/space: [%+d] [%+d] [% d]", 5, -5, 5));
        System.out.println(String.format("hex: [%x] [%X] [%x] [%08x] [%#x]", 255, 255, -1, 3054, 255));
        System.out.println(String.format("long hex: [%x]", -1L));
        System.out.println(String.format("octal: [%o] [%o]", 8, 511));
        System.out.println(String.format("s: [%s] [%s] [%s] [%s]", "text", null, new Item(), 17));
        System.out.println(String.format("S upper: [%S]", "shout"));
        System.out.println(String.format("s width: [%10s] [%-10s] [%3s]", "right", "left", "exact"));
        System.out.println(String.format("s precision: [%.3s] [%-6.2s]", "truncate", "ab-cd"));
        System.out.println(String.format("c: [%c] [%c] [%c]", 'x', 65, '%'));
        System.out.println(String.format("b: [%b] [%b] [%b] [%b]", true, false, null, "nonnull"));
        System.out.println(String.format("B: [%B]", true));
        System.out.println(String.format("percent: [%%] [100%%] [%d%%]", 50));
        System.out.println(String.format("newline:[%n]").replace("\n", "\\n"));
        System.out.println(String.format("indexed: [%2$s %1$s %2$s]", "a", "b"));
        System.out.println(String.format("relative: [%s %<s %s]", "x", "y"));
        System.out.println(String.format(java.util.Locale.ROOT, "grouping (Locale.ROOT): [%,d] [%,d]", 1234567, -9876543210L));
        System.out.println(String.format("no args"));
        System.out.println(String.format("extra args ignored: [%d]", 1, 2, 3));
        String table = "";
        String[] names = { "alpha", "be", "gamma-delta" };
        int[] values = { 1, 22, 333 };
        for (int i = 0; i < names.length; i++) table += String.format("|%-8s|%6d|%04x|%n", names[i], values[i], values[i]);
        System.out.print(table);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 5; i++) sb.append(String.format("%3d", i * i));
        System.out.println("squares:" + sb);
        String[] bad = { "%d with string", "%q unknown", "%s missing arg", "%c with string", "%5%" };
        for (int k = 0; k < bad.length; k++) {
            try {
                switch (k) {
                    case 0: String.format("%d", "str"); break;
                    case 1: String.format("%q", 1); break;
                    case 2: String.format("%s %s", "one"); break;
                    case 3: String.format("%c", "str"); break;
                    default: System.out.println("  %5% gives [" + String.format("%5%") + "]"); break;
                }
                System.out.println(bad[k] + ": ok");
            } catch (IllegalArgumentException e) {
                System.out.println(bad[k] + ": IllegalArgumentException subclass=" + (e.getClass() != IllegalArgumentException.class));
            }
        }
        System.out.println("formatted(): " + "%s=%d".formatted("k", 9));
    }
}
