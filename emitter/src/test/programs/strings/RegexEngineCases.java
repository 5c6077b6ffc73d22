import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pseudo-random regular expressions (groups, alternations, greedy/reluctant/possessive and
 * bounded quantifiers, classes, lookahead, anchors) matched against fixed inputs: matches(),
 * every find() with its group bounds, and replaceAll with group references. Quantifiers are never
 * stacked ("a*{2}") and never applied to anchors or lookarounds alone.
 */
public class RegexEngineCases {
    static long seed = 20240611L;

    static int next(int bound) {
        seed = seed * 6364136223846793005L + 1442695040888963407L;
        return (int) ((seed >>> 33) % bound);
    }

    static final String[] ATOMS = { "a", "b", "c", ".", "\\d", "\\w", "\\s", "[ab]", "[^a]", "[a-c]", "x", "\\.", "\\p{Punct}",
        "[a-c&&[^b]]", "\\p{Lower}", "\\W", "[\\d.]" };
    static final String[] ZERO_WIDTH = { "\\b", "^", "$", "\\B" };
    static final String[] QUANTIFIERS = { "*", "+", "?", "{1,2}", "*?", "+?", "{2}", "++", "*+", "??", "{0,2}", "{2,}" };

    static String gen(int depth) {
        int r = next(100);
        if (depth > 2 || r < 30) {
            return quantify(ATOMS[next(ATOMS.length)]);
        }
        // Assertions come with an atom: a group of assertions alone under a quantifier captures
        // differently in the JDK (its GroupCurly node) and is left out.
        if (r < 36) {
            return ZERO_WIDTH[next(ZERO_WIDTH.length)] + quantify(ATOMS[next(ATOMS.length)]);
        }
        if (r < 40) {
            return (next(2) == 0 ? "(?=" : "(?!") + gen(depth + 1) + ")" + ATOMS[next(ATOMS.length)];
        }
        if (r < 55) {
            return quantify("(" + gen(depth + 1) + ")");
        }
        if (r < 65) {
            return quantify("(?:" + gen(depth + 1) + "|" + gen(depth + 1) + ")");
        }
        if (r < 72) {
            return quantify("(" + gen(depth + 1) + "|" + gen(depth + 1) + ")");
        }
        return gen(depth + 1) + gen(depth + 1);
    }

    static String quantify(String s) {
        int q = next(100);
        return q < 50 ? s + QUANTIFIERS[q % QUANTIFIERS.length] : s;
    }

    static final String[] INPUTS = { "", "a", "ab", "abc", "aab", "abab", "ba", "a1 b2", "x.y", "cab", "aaa", "a b", "bbb c", "c.a!b" };

    public static void main(String[] args) {
        int compiled = 0;
        for (int n = 0; n < 400; n++) {
            String regex = gen(0);
            StringBuilder line = new StringBuilder(n + " " + regex + " :");
            Pattern p;
            try {
                p = Pattern.compile(regex);
            } catch (RuntimeException e) {
                System.out.println(line + " " + e.getClass().getSimpleName());
                continue;
            }
            compiled++;
            for (String in : INPUTS) {
                Matcher m = p.matcher(in);
                line.append(' ').append(m.matches() ? 'M' : '-');
                m.reset();
                while (m.find()) {
                    line.append('<').append(m.start()).append(',').append(m.end());
                    for (int g = 1; g <= m.groupCount(); g++) {
                        line.append(',').append(m.start(g)).append(':').append(m.end(g));
                    }
                    line.append('>');
                }
            }
            if (p.matcher("").groupCount() > 0) {
                line.append(" r=").append(p.matcher("abab c.a").replaceAll("[$1]"));
            }
            System.out.println(line);
        }
        System.out.println("compiled " + compiled);
    }
}
