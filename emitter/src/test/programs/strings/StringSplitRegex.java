import java.util.Arrays;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** split (limits, literal and regex delimiters, empty strings), matches, replaceAll/replaceFirst, lines and friends. */
public class StringSplitRegex {
    static String show(String[] parts) {
        StringBuilder sb = new StringBuilder().append(parts.length).append(' ');
        for (String p : parts) {
            sb.append('[').append(esc(p)).append(']');
        }
        return sb.toString();
    }

    /** Control and non-ASCII characters as \\uXXXX (\\n, \\r, \\t for line ends and tabs). */
    static String esc(String s) {
        StringBuilder r = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                r.append("\\n");
            } else if (c == '\r') {
                r.append("\\r");
            } else if (c == '\t') {
                r.append("\\t");
            } else if (c < 32 || c >= 127) {
                String h = Integer.toHexString(c);
                r.append("\\u").append("0000", h.length(), 4).append(h);
            } else {
                r.append(c);
            }
        }
        return r.toString();
    }

    static void t(String label, Supplier<Object> f) {
        try {
            Object r = f.get();
            System.out.println(label + " = " + (r instanceof String[] ? show((String[]) r) : r instanceof String ? "[" + esc((String) r) + "]" : r));
        } catch (NullPointerException e) {
            System.out.println(label + " threw " + e.getClass().getName());
        } catch (PatternSyntaxException e) {
            // Only the pattern: descriptions and indexes of syntax errors are not reproduced yet.
            System.out.println(label + " threw " + e.getClass().getName() + " for " + e.getPattern());
        } catch (RuntimeException e) {
            System.out.println(label + " threw " + e.getClass().getName() + (e.getMessage() == null ? "" : ": " + esc(e.getMessage())));
        }
    }

    public static void main(String[] args) {
        String[] inputs = { "", "a", ",", ",,", "a,b,c", ",a,,b,", "a,b,,,", ",,,a", "a,,b" };
        int[] limits = { -1, 0, 1, 2, 3, 10 };
        for (String in : inputs) {
            StringBuilder line = new StringBuilder("split \"" + in + "\" by ,:");
            for (int limit : limits) {
                line.append("  ").append(limit).append("->").append(show(in.split(",", limit)));
            }
            System.out.println(line);
        }
        String[] regexes = { ",", "\\,", "\\.", ".", "|", "\\|", "\\s+", " ", "\\s*", "", "b", "(?=b)", "(,)", ",+", "[,;]", "\\t", "\\d", "x*" };
        String[] subjects = { "a,b;c", "a.b.c", "a|b|c", "  a  b c ", "abcb", "a\tb1c22d", "" };
        for (String re : regexes) {
            StringBuilder line = new StringBuilder("re \"" + esc(re) + "\":");
            for (String s : subjects) {
                line.append("  ").append(show(s.split(re))).append(" / ").append(show(s.split(re, -1)));
            }
            System.out.println(line);
        }
        t("split bad regex", () -> "abc".split("("));
        t("split *", () -> "abc".split("*"));
        t("split surrogate", () -> "a\uD83D\uDE00b\uD83D\uDE00c".split("\uD83D\uDE00").length);
        t("split high surrogate", () -> "a\uD83Db".split("\uD83D").length);
        t("split non-ascii escaped", () -> "x\u00e9y".split("\\\u00e9"));
        t("split limit after zero width", () -> "abc".split("", 2));
        t("split same identity", () -> { String s = "abc"; return s.split(",")[0] == s && s.split("x+")[0] == s; });

        t("matches", () -> "abc123".matches("[a-z]+\\d+") + " " + "abc".matches("ab") + " " + "".matches("a*"));
        t("matches bad", () -> "abc".matches("[a-"));
        t("replaceAll groups", () -> "John Smith, Jane Doe".replaceAll("(\\w+) (\\w+)", "$2 $1"));
        t("replaceAll named", () -> "2024-01-15".replaceAll("(?<y>\\d+)-(?<m>\\d+)-(?<d>\\d+)", "${d}/${m}/${y}"));
        t("replaceAll escaped dollar", () -> "cost 5".replaceAll("\\d", "\\$$0"));
        t("replaceAll empty regex", () -> "abc".replaceAll("", "-"));
        t("replaceAll x*", () -> "abxc".replaceAll("x*", "-"));
        t("replaceFirst", () -> "aaa".replaceFirst("a", "b") + " " + "aaa".replaceFirst("x", "b"));
        t("replaceAll bad group", () -> "abc".replaceAll("b", "$2"));
        t("replaceAll bad named group", () -> "abc".replaceAll("b", "${nope}"));
        t("replaceAll trailing backslash", () -> "abc".replaceAll("b", "x\\"));
        t("replaceAll lone dollar", () -> "abc".replaceAll("b", "$"));
        t("replaceAll quoteReplacement", () -> "abc".replaceAll("b", Matcher.quoteReplacement("$1\\x")));
        t("replaceAll Pattern.quote", () -> "a.b.c".replaceAll(Pattern.quote("."), "!") + " " + Pattern.quote("a\\Eb"));
        t("replace literal", () -> "a.b.c".replace(".", "$1") + " " + "aaa".replace("aa", "b") + " " + "abc".replace("", "-"));
        t("replace char", () -> "banana".replace('a', 'o') + " " + "banana".replace('x', 'o'));
        t("replace null target", () -> "abc".replace(null, "x"));
        t("Pattern bad", () -> Pattern.compile("a{2,1}"));
        t("Pattern bad class", () -> Pattern.compile("[z-a]"));
        t("Pattern dangling", () -> Pattern.compile("+a"));
        t("Pattern unclosed", () -> Pattern.compile("(ab"));
        t("Pattern bad escape", () -> Pattern.compile("\\k"));
        t("Pattern split", () -> Pattern.compile(",").split("a,b,,"));
        t("Pattern splitAsStream", () -> Arrays.toString(Pattern.compile(",").splitAsStream("a,b,,").toArray()));
        t("group count", () -> {
            Matcher m = Pattern.compile("(a)(b)?").matcher("ac");
            return m.find() + " " + m.groupCount() + " " + m.group(1) + " " + m.group(2) + " " + m.start() + "-" + m.end();
        });
        t("no match group", () -> Pattern.compile("a").matcher("b").group());
        t("no match start", () -> Pattern.compile("a").matcher("b").start());
        t("no match end(1)", () -> Pattern.compile("(a)").matcher("b").end(1));
        t("group(2) of one", () -> { Matcher m = Pattern.compile("(a)").matcher("a"); m.find(); return m.group(2); });
        t("group(-1)", () -> { Matcher m = Pattern.compile("(a)").matcher("a"); m.find(); return m.group(-1); });
        t("named group access", () -> {
            Matcher m = Pattern.compile("(?<key>\\w+)=(?<value>\\d*)").matcher("x a=1 b= c");
            StringBuilder r = new StringBuilder();
            while (m.find()) r.append(m.group("key")).append(':').append(m.group("value")).append('@').append(m.start("value")).append('-').append(m.end("key")).append(' ');
            return r.toString();
        });
        t("named group unknown", () -> { Matcher m = Pattern.compile("(?<k>a)").matcher("a"); m.find(); return m.group("z"); });
        t("named group no match", () -> Pattern.compile("(?<k>a)").matcher("b").group("k"));
        t("$11 with 11 groups", () -> "abcdefghijk".replaceAll("(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)", "$11-$10-$1-$111"));
        t("$10 with 1 group", () -> "ab".replaceAll("(a)", "$10"));
        t("unmatched group", () -> "ac".replaceAll("(a)(b)?", "[$2]"));
        t("${} errors", () -> "ab".replaceAll("(?<x>a)", "${}"));
        t("${x errors", () -> "ab".replaceAll("(?<x>a)", "${x"));
        t("${1x} errors", () -> "ab".replaceAll("(?<x>a)", "${1x}"));
        t("$x errors", () -> "ab".replaceAll("(?<x>a)", "$x"));
        t("replaceAll function", () -> Pattern.compile("\\d+").matcher("a1b22c333").replaceAll(r -> "<" + r.group().length() + ">"));
        t("replaceFirst function", () -> Pattern.compile("\\d+").matcher("a1b22").replaceFirst(r -> r.group() + r.group()));
        t("appendReplacement builder", () -> {
            Matcher m = Pattern.compile("o").matcher("foo boo");
            StringBuilder sb = new StringBuilder();
            int k = 0;
            while (m.find()) m.appendReplacement(sb, "" + k++);
            return m.appendTail(sb).toString();
        });
        t("appendReplacement no match", () -> Pattern.compile("o").matcher("x").appendReplacement(new StringBuffer(), "y"));
        t("results", () -> Arrays.toString(Pattern.compile("[a-z]+").matcher("ab 12 cd e").results().map(r -> r.group() + r.start()).toArray()));
        t("replaceFirst null", () -> "a".replaceFirst("a", null));
        // Engine cases: the last iteration's capture, loops inside loops, empty iterations.
        t("last iteration group", () -> "aaa bab".replaceAll("(a|b)+", "<$1>") + " " + "abab".replaceAll("(ab)+", "[$1]") + " " + "xaaay".replaceAll("(a)+", "$1"));
        t("{n,m} inside a loop", () -> "abcabc".matches("(?:.{1,2})+") + " " + "abcdefg!".matches("(?:\\w{1,3})+!") + " " + "a.b.c".replaceAll("(?:[a-z]{1,2}\\.?)+", "#"));
        t("empty loop body", () -> "a b".matches("(?:a|b*)*") + " " + "a1 b2".matches("(?:\\w*)*") + " " + "a b".replaceAll("(?:\\w*)*", "-"));
        t("possessive empty body", () -> "abc".matches("(.)([a-c]|^)*?(\\w?)*+") + " " + "ab".replaceAll("(b?)*+", "."));
        t("letter alternatives", () -> "a".matches("c|a\\d") + " " + "a1".matches("c|a\\d") + " " + "1".matches("(?:c|a\\d)") + " " + "xa b".replaceAll("b|a\\s", "#"));
        t("quantifier before lookahead", () -> "abbc".replaceAll("ab*?(?!x)", "#") + " " + "abbc".replaceAll("ab*(?!c)", "#") + " " + "aab".replaceAll("a+?(?=a)", "#"));
        t("Punct", () -> "a1!b2?c3-".replaceAll("\\p{Punct}", "_") + " " + "x9".matches("\\p{Punct}*x\\d"));

        // lines, indent, stripIndent, translateEscapes, strip family
        String[] texts = { "", "a", "a\n", "a\nb", "a\r\nb\rc\n", "\n", "\n\n", "\r\n\r", "  x\n    y\n  z", "\tt\n  \n u  " };
        for (String s : texts) {
            System.out.println("text [" + esc(s) + "]: lines=" + Arrays.toString(s.lines().map(StringSplitRegex::q).toArray())
                    + " count=" + s.lines().count()
                    + " indent(2)=[" + esc(s.indent(2)) + "] indent(-1)=[" + esc(s.indent(-1)) + "] indent(0)=[" + esc(s.indent(0))
                    + "] stripIndent=[" + esc(s.stripIndent()) + "] strip=[" + esc(s.strip()) + "] trim=[" + esc(s.trim())
                    + "] isBlank=" + s.isBlank());
        }
        t("indent MIN", () -> "   a\n b".indent(Integer.MIN_VALUE));
        t("stripIndent last blank", () -> "    a\n   b\n  ".stripIndent());
        t("stripIndent crlf", () -> "  a\r\n  b".stripIndent());
        t("translateEscapes", () -> "a\\tb\\nc\\\\d\\'e\\\"f\\sg\\101\\7\\0\\377\\400".translateEscapes());
        t("translateEscapes continuation", () -> "a\\\nb\\\r\nc".translateEscapes());
        t("translateEscapes bad", () -> "a\\qb".translateEscapes());
        t("translateEscapes trailing", () -> "a\\".translateEscapes());
        t("translateEscapes unicode", () -> "\\u0041".translateEscapes());
        String ws = "\u2002\u3000 \t\n\u000B\f\r\u001C\u001D\u001E\u001F\u00A0\u2007\u202F\u0085";
        for (int i = 0; i < ws.length(); i++) {
            String s = ws.charAt(i) + "x" + ws.charAt(i);
            System.out.println("ws " + Integer.toHexString(ws.charAt(i)) + ": strip=" + s.strip().length() + " trim=" + s.trim().length()
                    + " stripLeading=" + s.stripLeading().length() + " stripTrailing=" + s.stripTrailing().length()
                    + " isBlank=" + String.valueOf(ws.charAt(i)).isBlank());
        }
        t("transform", () -> "abc".transform(s -> s.length() * 2));
        t("chars", () -> Arrays.toString("a\uD83D\uDE00".chars().toArray()));
        t("codePoints", () -> Arrays.toString("a\uD83D\uDE00\uD800".codePoints().toArray()) + " count=" + "a\uD83D\uDE00\uD800".codePoints().count());
        t("join", () -> String.join("-", "a", null, "c") + " " + String.join(",", Arrays.asList("x", "y")) + " [" + String.join(",") + "]");
        t("join null list", () -> String.join(",", (Iterable<String>) null));
    }

    static String q(String s) {
        return "'" + esc(s) + "'";
    }
}
