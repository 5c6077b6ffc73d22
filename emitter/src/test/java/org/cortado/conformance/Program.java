package org.cortado.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One conformance program: {@code src/test/programs/<category>/<Name>.java}, a default-package
 * class with a {@code main}, and an optional first line {@code // javac-flags: ...}.
 *
 * @param category the directory below the programs root, '/'-separated ("default" at the root)
 * @param name the class name, which is the file name without ".java"
 * @param source the .java file
 * @param javacFlags extra javac options from the first line
 * @param workDir where this program's classes, expected output and Cortado output go
 */
public record Program(String category, String name, Path source, List<String> javacFlags, Path workDir) {

    private static final String FLAGS_PREFIX = "// javac-flags:";

    /** "category/Name": what tests are called and what the filter matches. */
    public String id() {
        return category + "/" + name;
    }

    public Path classesDir() {
        return workDir.resolve("classes");
    }

    public Path outDir() {
        return workDir.resolve("out");
    }

    /** All programs under {@code root} whose id contains {@code filter}, sorted by id. */
    public static List<Program> discover(Path root, Path workRoot, String filter) {
        try (Stream<Path> files = Files.walk(root)) {
            return files
                    .filter(p -> p.getFileName().toString().endsWith(".java") && Files.isRegularFile(p))
                    .map(p -> of(root, workRoot, p))
                    .filter(p -> filter == null || filter.isEmpty() || p.id().contains(filter))
                    .sorted(Comparator.comparing(Program::id))
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Program of(Path root, Path workRoot, Path source) {
        String file = source.getFileName().toString();
        String name = file.substring(0, file.length() - ".java".length());
        Path parent = root.relativize(source).getParent();
        String category = parent == null ? "default" : parent.toString().replace('\\', '/');
        return new Program(category, name, source, readFlags(source),
                workRoot.resolve(category).resolve(name));
    }

    private static List<String> readFlags(Path source) {
        try (Stream<String> lines = Files.lines(source, StandardCharsets.UTF_8)) {
            String first = lines.findFirst().orElse("").strip();
            if (!first.startsWith(FLAGS_PREFIX)) {
                return List.of();
            }
            String flags = first.substring(FLAGS_PREFIX.length()).strip();
            return flags.isEmpty() ? List.of() : Arrays.asList(flags.split("\\s+"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
