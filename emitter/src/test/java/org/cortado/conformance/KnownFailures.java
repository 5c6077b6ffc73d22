package org.cortado.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/** {@code src/test/programs/known-failures.txt}: conformance programs that do not pass yet. */
public final class KnownFailures {

    private KnownFailures() {
    }

    /** Lines "category/Name reason..." as id to reason; blank lines and # comments are ignored. */
    public static Map<String, String> read(Path file) {
        Map<String, String> out = new TreeMap<>();
        if (!Files.isRegularFile(file)) {
            return out;
        }
        try {
            for (String line : Files.readAllLines(file)) {
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                String[] parts = t.split("\\s+", 2);
                out.put(parts[0], parts.length > 1 ? parts[1] : "(no reason given)");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
