package org.cortado.fuzz;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A line-based delta reducer: deletes chunks of lines (halving the chunk size down to one line,
 * then whole brace-balanced blocks) while the predicate still holds, until nothing more can be
 * deleted or the time budget runs out. Generated programs put one statement per line, so deleting
 * lines mostly deletes statements; deletions that break compilation simply fail the predicate.
 */
final class Reducer {

    private final Predicate<String> stillFails;
    private long deadline;
    int tests;

    Reducer(Predicate<String> stillFails) {
        this.stillFails = stillFails;
    }

    String reduce(String source, Duration budget) {
        deadline = System.nanoTime() + budget.toNanos();
        List<String> lines = new ArrayList<>(source.lines().toList());
        boolean progress = true;
        while (progress && !timeUp()) {
            progress = false;
            // brace-balanced blocks first: a method, a class, a loop or a try at once
            progress |= removeBlocks(lines);
            for (int chunk = Math.max(1, lines.size() / 2); chunk >= 1 && !timeUp(); chunk /= 2) {
                progress |= removeChunks(lines, chunk);
            }
        }
        return String.join("\n", lines) + "\n";
    }

    private boolean timeUp() {
        return System.nanoTime() > deadline;
    }

    private boolean test(List<String> candidate) {
        tests++;
        return stillFails.test(String.join("\n", candidate) + "\n");
    }

    private boolean removeChunks(List<String> lines, int chunk) {
        boolean progress = false;
        for (int i = 0; i < lines.size() && !timeUp(); ) {
            int end = Math.min(lines.size(), i + chunk);
            List<String> candidate = new ArrayList<>(lines.subList(0, i));
            candidate.addAll(lines.subList(end, lines.size()));
            if (test(candidate)) {
                lines.clear();
                lines.addAll(candidate);
                progress = true;
            } else {
                i += chunk;
            }
        }
        return progress;
    }

    /** Tries deleting each line ending with '{' together with everything up to its matching '}' line. */
    private boolean removeBlocks(List<String> lines) {
        boolean progress = false;
        for (int i = 0; i < lines.size() && !timeUp(); i++) {
            if (!lines.get(i).stripTrailing().endsWith("{")) {
                continue;
            }
            int depth = 0;
            int end = -1;
            for (int j = i; j < lines.size(); j++) {
                depth += count(lines.get(j), '{') - count(lines.get(j), '}');
                if (depth <= 0) {
                    end = j;
                    break;
                }
            }
            if (end < 0) {
                continue;
            }
            List<String> candidate = new ArrayList<>(lines.subList(0, i));
            candidate.addAll(lines.subList(end + 1, lines.size()));
            if (test(candidate)) {
                lines.clear();
                lines.addAll(candidate);
                progress = true;
                i--;
            }
        }
        return progress;
    }

    private static int count(String s, char c) {
        int n = 0;
        boolean inString = false;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '"' && (i == 0 || s.charAt(i - 1) != '\\')) {
                inString = !inString;
            } else if (ch == c && !inString && !(i > 0 && s.charAt(i - 1) == '\'')) {
                n++;
            }
        }
        return n;
    }
}
