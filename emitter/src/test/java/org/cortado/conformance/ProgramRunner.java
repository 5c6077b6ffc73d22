package org.cortado.conformance;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.cortado.cli.Main;

/**
 * Runs one program through every stage: javac, HotSpot (the expected output), Cortado,
 * validation, Node (the actual output), and the comparison. Never throws for a failing
 * program; the {@link Outcome} says which stage failed and why.
 */
public final class ProgramRunner {

    static final Duration RUN_TIMEOUT = Duration.ofSeconds(20);

    /**
     * HotSpot options: fast start-up for short programs, and UTF-8 on stdout/stderr whatever the
     * locale, since the Node side always writes UTF-8.
     */
    private static final List<String> JAVA_OPTIONS = List.of(
            "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
            "-Dfile.encoding=UTF-8", "-Dsun.stdout.encoding=UTF-8", "-Dsun.stderr.encoding=UTF-8");

    private static final String JAVAC_DEFAULTS = "-encoding UTF-8 -proc:none -implicit:none -Xlint:-options";

    private static final int MAX_MESSAGE = 4000;

    private final JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    private final Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    private final NodeTool node;
    private final boolean useCache;

    /** {@code node} may be null for {@link #prepare}, which neither validates nor runs. */
    public ProgramRunner(NodeTool node, boolean useCache) {
        this.node = node;
        this.useCache = useCache;
    }

    Outcome run(Program program) {
        long start = System.nanoTime();
        Outcome outcome = new Outcome(program);
        try {
            runStages(program, outcome);
        } catch (IOException | RuntimeException e) {
            outcome.fail(outcome.running, "harness error: " + e, e);
        }
        outcome.totalMillis = millisSince(start);
        return outcome;
    }

    /**
     * A program compiled for other engines: HotSpot's behaviour and Cortado's bundle in
     * {@code program.outDir()}, or why either could not be had.
     *
     * @param expected HotSpot's result; null if {@code failure} is set
     * @param failure the javac, HotSpot or Cortado failure message, else null
     */
    public record Prepared(Program program, Exec.Result expected, String failure) {
    }

    /** The stages up to Cortado (javac, HotSpot, Cortado), for running the bundle elsewhere. */
    public Prepared prepare(Program program) {
        Outcome outcome = new Outcome(program);
        Exec.Result expected = null;
        try {
            outcome.running = Outcome.Stage.JAVAC;
            expected = expectedOutput(program, outcome);
            if (expected != null) {
                outcome.running = Outcome.Stage.CORTADO;
                compileWithCortado(program, outcome);
            }
        } catch (IOException | RuntimeException e) {
            outcome.fail(outcome.running, "harness error: " + e, e);
        }
        return outcome.passed() ? new Prepared(program, expected, null) : new Prepared(program, null, outcome.message);
    }

    private void runStages(Program program, Outcome outcome) throws IOException {
        outcome.running = Outcome.Stage.JAVAC;
        Exec.Result expected = expectedOutput(program, outcome);
        if (expected == null) {
            return;
        }
        outcome.running = Outcome.Stage.CORTADO;
        if (!compileWithCortado(program, outcome)) {
            return;
        }
        Path wasm = program.outDir().resolve(program.name() + ".wasm");
        outcome.running = Outcome.Stage.VALIDATE;
        long start = System.nanoTime();
        String invalid = node.validate(wasm);
        outcome.validateMillis = millisSince(start);
        if (invalid != null) {
            outcome.fail(Outcome.Stage.VALIDATE, truncate(invalid));
            return;
        }
        outcome.running = Outcome.Stage.NODE;
        Exec.Result actual = node.run(program.outDir().resolve(program.name() + ".mjs"), program.workDir(), RUN_TIMEOUT);
        outcome.nodeMillis = actual.millis();
        outcome.running = Outcome.Stage.COMPARE;
        compare(expected, actual, outcome);
    }

    // ---- expected output: javac + HotSpot, cached by a hash of everything they depend on ----

    /**
     * HotSpot's behaviour, or null if javac or HotSpot failed. It is recorded in the work directory,
     * so an unchanged program skips javac and java next time.
     */
    private Exec.Result expectedOutput(Program program, Outcome outcome) throws IOException {
        Path dir = program.workDir();
        Path keyFile = dir.resolve("expected.key");
        String key = cacheKey(program);
        if (useCache && Files.isDirectory(program.classesDir()) && Files.exists(keyFile)
                && Files.readString(keyFile).equals(key)) {
            outcome.javacMillis = Outcome.CACHED;
            outcome.hotspotMillis = Outcome.CACHED;
            return new Exec.Result(Integer.parseInt(Files.readString(dir.resolve("expected.exit")).strip()),
                    Files.readString(dir.resolve("expected.stdout")), Files.readString(dir.resolve("expected.stderr")),
                    false, 0);
        }
        Files.deleteIfExists(keyFile);
        deleteRecursively(program.classesDir());
        Files.createDirectories(program.classesDir());

        long start = System.nanoTime();
        String errors = compileWithJavac(program);
        outcome.javacMillis = millisSince(start);
        if (errors != null) {
            outcome.fail(Outcome.Stage.JAVAC, "javac rejected the program:\n" + truncate(errors));
            return null;
        }

        outcome.running = Outcome.Stage.HOTSPOT;
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(JAVA_OPTIONS);
        command.addAll(List.of("-cp", classpath(program), program.name()));
        Exec.Result result = Exec.run(command, dir, RUN_TIMEOUT);
        outcome.hotspotMillis = result.millis();
        if (result.timedOut()) {
            outcome.fail(Outcome.Stage.HOTSPOT, "the program timed out after " + RUN_TIMEOUT.toSeconds()
                    + " s on HotSpot itself; fix the program");
            return null;
        }
        Files.writeString(dir.resolve("expected.stdout"), result.stdout());
        Files.writeString(dir.resolve("expected.stderr"), result.stderr());
        Files.writeString(dir.resolve("expected.exit"), result.exitCode() + "\n");
        Files.writeString(keyFile, key);
        return result;
    }

    /** Returns null on success, else javac's diagnostics. */
    private String compileWithJavac(Program program) throws IOException {
        List<String> options = new ArrayList<>(List.of(JAVAC_DEFAULTS.split(" ")));
        options.addAll(program.javacFlags());
        if (!program.deps().isEmpty()) {
            options.addAll(List.of("-cp", joinPaths(program.depJars())));
        }
        options.addAll(List.of("-d", program.classesDir().toString()));
        StringWriter diagnostics = new StringWriter();
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            boolean ok = javac.getTask(diagnostics, files, null, options, null,
                    files.getJavaFileObjects(program.source())).call();
            return ok ? null : diagnostics.toString();
        }
    }

    private String cacheKey(Program program) throws IOException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(Files.readAllBytes(program.source()));
            for (Path jar : program.depJars()) {
                sha.update(Files.readAllBytes(jar));
            }
            String rest = String.join("\n", "", String.join(" ", program.javacFlags()), JAVAC_DEFAULTS,
                    String.join(" ", JAVA_OPTIONS), System.getProperty("java.home"),
                    System.getProperty("java.vm.version"));
            sha.update(rest.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The program's classes, then its dependency jars. */
    private static String classpath(Program program) {
        List<Path> entries = new ArrayList<>();
        entries.add(program.classesDir());
        entries.addAll(program.depJars());
        return joinPaths(entries);
    }

    private static String joinPaths(List<Path> paths) {
        return String.join(File.pathSeparator, paths.stream().map(Path::toString).toList());
    }

    // ---- Cortado ----

    private boolean compileWithCortado(Program program, Outcome outcome) throws IOException {
        Path outDir = program.outDir();
        deleteRecursively(outDir);
        Files.createDirectories(outDir);
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        String[] args = {"-cp", classpath(program), "-m", program.name(), "-o", outDir.toString()};
        long start = System.nanoTime();
        int exit;
        try (PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
                PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8)) {
            exit = Main.run(args, out, err);
        } catch (Throwable t) { // the compiler's own crash, StackOverflowError included
            outcome.cortadoMillis = millisSince(start);
            outcome.fail(Outcome.Stage.CORTADO, "the compiler threw " + t + compilerOutput(outBytes, errBytes), t);
            return false;
        }
        outcome.cortadoMillis = millisSince(start);
        if (exit != 0) {
            outcome.fail(Outcome.Stage.CORTADO, "the compiler exited with " + exit + compilerOutput(outBytes, errBytes));
            return false;
        }
        Path wasm = outDir.resolve(program.name() + ".wasm");
        Path mjs = outDir.resolve(program.name() + ".mjs");
        if (!Files.isRegularFile(wasm) || !Files.isRegularFile(mjs)) {
            outcome.fail(Outcome.Stage.CORTADO, "the compiler exited with 0 but did not write " + wasm.getFileName()
                    + " and " + mjs.getFileName() + " in " + outDir + compilerOutput(outBytes, errBytes));
            return false;
        }
        outcome.wasmBytes = Files.size(wasm);
        outcome.mjsBytes = Files.size(mjs);
        return true;
    }

    private static String compilerOutput(ByteArrayOutputStream out, ByteArrayOutputStream err) {
        String o = out.toString(StandardCharsets.UTF_8);
        String e = err.toString(StandardCharsets.UTF_8);
        return (e.isEmpty() ? "" : "\ncompiler stderr:\n" + truncate(e))
                + (o.isEmpty() ? "" : "\ncompiler stdout:\n" + truncate(o));
    }

    // ---- comparison ----

    private static void compare(Exec.Result expected, Exec.Result actual, Outcome outcome) {
        String problems = differences(expected, actual, RUN_TIMEOUT);
        if (problems != null) {
            outcome.fail(actual.timedOut() ? Outcome.Stage.NODE : Outcome.Stage.COMPARE,
                    "differs from HotSpot\n" + problems);
        }
    }

    /**
     * How {@code actual} (Cortado on Node) differs from {@code expected} (HotSpot) in exit code,
     * first stderr line and stdout, with the head of Node's stderr; null if it does not.
     */
    public static String differences(Exec.Result expected, Exec.Result actual, Duration timeout) {
        return differences(expected, actual, timeout, "Node");
    }

    /** Like {@link #differences(Exec.Result, Exec.Result, Duration)}, naming the engine that ran. */
    public static String differences(Exec.Result expected, Exec.Result actual, Duration timeout, String engine) {
        StringBuilder problems = new StringBuilder();
        if (actual.timedOut()) {
            problems.append("timed out after ").append(timeout.toSeconds()).append(" s on ").append(engine)
                    .append(" (HotSpot finished); output so far is compared below\n");
        } else if (actual.exitCode() != expected.exitCode()) {
            problems.append("exit code: expected ").append(expected.exitCode())
                    .append(", actual ").append(actual.exitCode()).append('\n');
        }
        if (!actual.firstStderrLine().equals(expected.firstStderrLine())) {
            problems.append("first line of stderr:\n  expected: ").append(quote(expected.firstStderrLine()))
                    .append("\n  actual:   ").append(quote(actual.firstStderrLine())).append('\n');
        }
        String stdoutDiff = OutputDiff.excerpt(expected.stdout(), actual.stdout(), engine);
        if (stdoutDiff != null) {
            problems.append("stdout differs:\n").append(stdoutDiff);
        }
        if (problems.length() == 0) {
            return null;
        }
        if (!actual.stderr().isEmpty()) {
            problems.append(engine).append(" stderr (first lines):\n").append(headLines(actual.stderr(), 15));
        }
        return problems.toString();
    }

    private static String quote(String s) {
        return s.isEmpty() ? "(empty)" : '"' + (s.length() > 300 ? s.substring(0, 300) + "..." : s) + '"';
    }

    private static String headLines(String text, int max) {
        String[] lines = text.split("\n", max + 1);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(max, lines.length); i++) {
            sb.append("  ").append(lines[i].length() > 300 ? lines[i].substring(0, 300) + "..." : lines[i]).append('\n');
        }
        if (lines.length > max) {
            sb.append("  [...]\n");
        }
        return sb.toString();
    }

    private static String truncate(String text) {
        return text.length() <= MAX_MESSAGE ? text
                : text.substring(0, MAX_MESSAGE) + "\n[... " + (text.length() - MAX_MESSAGE) + " more characters]";
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }
}
