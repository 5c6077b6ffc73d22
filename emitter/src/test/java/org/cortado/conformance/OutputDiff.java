package org.cortado.conformance;

import java.util.ArrayList;
import java.util.List;

/**
 * A short unified-diff-style excerpt of where two outputs first differ: the common prefix and
 * suffix are cut down to a few context lines and the differing middle to a few lines per side.
 */
public final class OutputDiff {

    private static final int CONTEXT = 3;
    private static final int MAX_SIDE = 12;
    private static final int MAX_LINE = 240;

    private OutputDiff() {
    }

    /** Null if equal; else a hunk with "-" for expected (HotSpot) and "+" for actual (Cortado). */
    public static String excerpt(String expected, String actual) {
        return excerpt(expected, actual, "Node");
    }

    /** Like {@link #excerpt(String, String)}, naming the engine that ran Cortado's output. */
    public static String excerpt(String expected, String actual, String engine) {
        if (expected.equals(actual)) {
            return null;
        }
        List<String> a = lines(expected);
        List<String> b = lines(actual);
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        int from = Math.max(0, prefix - CONTEXT);
        StringBuilder sb = new StringBuilder();
        sb.append("--- expected (HotSpot), ").append(a.size()).append(" lines\n");
        sb.append("+++ actual (Cortado on ").append(engine).append("), ").append(b.size()).append(" lines\n");
        sb.append("@@ first difference at line ").append(prefix + 1).append(" @@\n");
        for (int i = from; i < prefix; i++) {
            sb.append(' ').append(show(a.get(i))).append('\n');
        }
        int aEnd = a.size() - suffix;
        int bEnd = b.size() - suffix;
        if (aEnd - prefix == bEnd - prefix) {
            // Line-for-line changes: pair each expected line with its actual one.
            for (int i = prefix; i < aEnd && i < prefix + MAX_SIDE; i++) {
                if (a.get(i).equals(b.get(i))) {
                    sb.append(' ').append(show(a.get(i))).append('\n');
                } else {
                    sb.append('-').append(show(a.get(i))).append('\n');
                    sb.append('+').append(show(b.get(i))).append('\n');
                }
            }
            if (aEnd - prefix > MAX_SIDE) {
                sb.append("[... ").append(aEnd - prefix - MAX_SIDE).append(" more changed lines]\n");
            }
        } else {
            side(sb, '-', a, prefix, aEnd);
            side(sb, '+', b, prefix, bEnd);
        }
        for (int i = aEnd, n = 0; i < a.size() && n < CONTEXT; i++, n++) {
            sb.append(' ').append(show(a.get(i))).append('\n');
        }
        return sb.toString();
    }

    private static void side(StringBuilder sb, char mark, List<String> lines, int from, int to) {
        for (int i = from; i < to && i < from + MAX_SIDE; i++) {
            sb.append(mark).append(show(lines.get(i))).append('\n');
        }
        if (to - from > MAX_SIDE) {
            sb.append(mark).append("[... ").append(to - from - MAX_SIDE).append(" more lines]\n");
        }
    }

    /** Lines with their terminators kept, so a missing final newline is a difference too. */
    private static List<String> lines(String s) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                out.add(s.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < s.length()) {
            out.add(s.substring(start));
        }
        return out;
    }

    private static String show(String line) {
        boolean terminated = line.endsWith("\n");
        String body = terminated ? line.substring(0, line.length() - 1) : line;
        StringBuilder sb = new StringBuilder();
        int i = 0;
        for (; i < body.length() && sb.length() < MAX_LINE; i++) {
            char c = body.charAt(i);
            if (c < 0x20 && c != '\t' || c == 0x7f) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        if (i < body.length()) {
            sb.append("[... ").append(body.length() - i).append(" more chars]");
        }
        return terminated ? sb.toString() : sb + "  \\ No newline at end";
    }
}
