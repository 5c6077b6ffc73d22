package org.cortado.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One conformance program: {@code src/test/programs/<category>/<Name>.java}, a default-package
 * class with a {@code main}. Leading {@code //} comment lines may give extra javac options
 * ({@code // javac-flags: ...}) and third-party jars ({@code // deps: groupId:artifactId:version ...}),
 * which are resolved in the local Maven repository (they must be test dependencies of the emitter
 * so that Maven downloads them) and put on the classpath of javac, HotSpot and Cortado.
 *
 * @param category the directory below the programs root, '/'-separated ("default" at the root)
 * @param name the class name, which is the file name without ".java"
 * @param source the .java file
 * @param javacFlags extra javac options from the header
 * @param deps Maven coordinates "groupId:artifactId:version" from the header
 * @param workDir where this program's classes, expected output and Cortado output go
 */
public record Program(String category, String name, Path source, List<String> javacFlags, List<String> deps, Path workDir) {

    private static final String FLAGS_PREFIX = "// javac-flags:";
    private static final String DEPS_PREFIX = "// deps:";

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
        List<String> header = readHeader(source);
        return new Program(category, name, source, headerValues(header, FLAGS_PREFIX), headerValues(header, DEPS_PREFIX),
                workRoot.resolve(category).resolve(name));
    }

    /** The jars of {@link #deps()} in the local Maven repository; fails naming a missing one. */
    List<Path> depJars() {
        Path repo = Path.of(System.getProperty("maven.repo.local",
                Path.of(System.getProperty("user.home"), ".m2", "repository").toString()));
        List<Path> jars = new ArrayList<>();
        for (String dep : deps) {
            String[] gav = dep.split(":");
            if (gav.length != 3) {
                throw new IllegalArgumentException(id() + ": a dependency is groupId:artifactId:version, not " + dep);
            }
            Path jar = repo.resolve(gav[0].replace('.', '/')).resolve(gav[1]).resolve(gav[2])
                    .resolve(gav[1] + "-" + gav[2] + ".jar");
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException(id() + ": " + jar + " not found; declare " + dep
                        + " as a test dependency in emitter/pom.xml so that Maven downloads it");
            }
            jars.add(jar);
        }
        return jars;
    }

    /** The leading "//" comment lines of the file. */
    private static List<String> readHeader(Path source) {
        try (Stream<String> lines = Files.lines(source, StandardCharsets.UTF_8)) {
            return lines.map(String::strip).takeWhile(l -> l.startsWith("//")).collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The space-separated values of every header line starting with {@code prefix}. */
    private static List<String> headerValues(List<String> header, String prefix) {
        List<String> values = new ArrayList<>();
        for (String line : header) {
            if (line.startsWith(prefix)) {
                String rest = line.substring(prefix.length()).strip();
                if (!rest.isEmpty()) {
                    values.addAll(Arrays.asList(rest.split("\\s+")));
                }
            }
        }
        return List.copyOf(values);
    }
}
