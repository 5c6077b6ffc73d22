import java.util.*;
import java.util.regex.*;

public class StringFormatSplitRegex {
    public static void main(String[] args) {
        System.out.println(String.format("|%5s|%-5s|%.2s|%S|%5.1s|", "ab", "ab", "abcdef", "mixed", "xyz"));
        System.out.println(String.format("|%d|%5d|%-5d|%05d|%+d|% d|%(d|%x|%X|%o|%08X|", 42, 42, 42, 42, 42, 42, -42, 255, 255, 8, 0xbeef));
        System.out.println(String.format(Locale.ROOT, "|%,d|%,d|%d|", 1234567, -9876543210L, Long.MIN_VALUE));
        System.out.println(String.format("|%.3f|%10.2f|%-10.1f|%f|%.0f|%+.2f|", Math.PI, -2.3456, 1.07, 1e-3, 12.7, 0.004));
        System.out.println(String.format("|%b|%B|%b|%c|%C|%%|%n", null, true, "x", 'q', 'q').trim());
        System.out.println(String.format("%2$s %1$s %2$s %<s", "a", "b"));
        System.out.println(String.format("%s %s", new int[0].length, List.of(1, 2)) + " " + "%d items".formatted(3));
        for (String f : new String[] {"%d", "%q", "%.2d", "%-d", "%s %s"}) {
            try {
                System.out.println(String.format(f, 5));
            } catch (IllegalFormatException e) {
                System.out.println("bad format " + f + ": " + e.getClass().getSimpleName());
            }
        }
        String csv = "name, age ,city,,  ,last";
        System.out.println(Arrays.toString(csv.split(",")) + " " + Arrays.toString(csv.split("\\s*,\\s*")) + " " + Arrays.toString(csv.split(",", 3)));
        System.out.println(Arrays.toString("a1b22c333d".split("\\d+")) + " " + Arrays.toString("a1b22c333d".split("(?<=\\d)(?=\\D)")) + " " + Arrays.toString("".split(",")) + " " + Arrays.toString(" x ".split(" ")));
        Pattern date = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
        Matcher m = date.matcher("from 2023-01-15 to 2024-12-31, not 99-1-1");
        while (m.find()) System.out.println("date " + m.group() + " y=" + m.group(1) + " m=" + m.group(2) + " d=" + m.group(3) + " at " + m.start() + "-" + m.end());
        System.out.println("matches " + "abc123".matches("[a-z]+\\d+") + " " + "ABC".matches("(?i)abc") + " " + "a.b".matches("a\\.b") + " " + Pattern.matches("x*", ""));
        System.out.println("replace " + "a-b_c d".replaceAll("[-_ ]", "+") + " " + "aaa".replaceFirst("a", "b") + " " + "x.y.z".replace(".", "::") + " " + "Tab\tEnd".replaceAll("\\s", "\\\\s"));
        System.out.println("quote " + "1+1=2".replaceAll(Pattern.quote("1+1"), "two") + " " + Matcher.quoteReplacement("$5\\x"));
        Matcher named = Pattern.compile("(?<key>\\w+)=(?<val>[^;]*)").matcher("a=1;bb=two;c=");
        StringBuilder sb = new StringBuilder();
        while (named.find()) sb.append(named.group("key")).append("->").append(named.group("val")).append(' ');
        System.out.println("named " + sb);
        Matcher ap = Pattern.compile("\\d+").matcher("x1y22z333");
        StringBuilder out = new StringBuilder();
        while (ap.find()) ap.appendReplacement(out, "<" + ap.group().length() + ">");
        ap.appendTail(out);
        System.out.println("appendReplacement " + out);
        System.out.println("greedy/lazy " + "<a><b>".replaceAll("<.+>", "X") + " " + "<a><b>".replaceAll("<.+?>", "X") + " backref " + "hello book".replaceAll("(\\w)\\1", "[$1$1]"));
        System.out.println("flags " + Pattern.compile("^b", Pattern.MULTILINE).matcher("a\nb").find() + " " + Pattern.compile("a.b", Pattern.DOTALL).matcher("a\nb").matches()
                + " split pattern " + Arrays.toString(Pattern.compile("[,;]").split("a,b;c")) + " lookahead " + "price: 100 USD".replaceAll("\\d+(?= USD)", "N"));
        System.out.println("join/repeat/strip " + String.join("-", List.of("a", "b")) + " " + "ab".repeat(3) + " [" + "  pad  ".strip() + "] [" + "  pad  ".stripLeading() + "] " + "  ".isBlank());
        System.out.println("chars " + "hello".chars().filter(c -> c == 'l').count() + " compare " + "apple".compareTo("apricot") + " " + "B".compareToIgnoreCase("a") + " regionMatches " + "Hello".regionMatches(true, 1, "ELL", 0, 3));
    }
}
