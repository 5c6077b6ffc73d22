package org.cortado.conformance;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.AssertionFailedError;

/**
 * One dynamic test per program under {@code src/test/programs/<category>/<Name>.java}: the program
 * compiled by Cortado and run on Node must print the same stdout, the same first stderr line and
 * exit with the same code as on HotSpot.
 *
 * <p>System properties: {@code conformance.filter} (substring of "category/Name"),
 * {@code conformance.threads} (default 2), {@code conformance.cache} (default true: reuse javac and
 * HotSpot results of unchanged programs). Programs run on a thread pool ahead of JUnit, which
 * reports them in order. After the run, the summary goes to the console (native stderr, which
 * Surefire shows even with redirectTestOutputToFile) and to {@code target/conformance/summary.txt};
 * per-program times and sizes to {@code target/conformance/report.tsv}.
 */
class ConformanceTest {

    private static final List<Outcome> OUTCOMES = new ArrayList<>();
    /** Programs known to fail, with the reason (src/test/programs/known-failures.txt). */
    private static Map<String, String> knownFailures = Map.of();
    private static ExecutorService pool;
    private static NodeTool node;
    private static Path workRoot;

    @TestFactory
    Stream<DynamicTest> programs() {
        Path emitter = emitterDir();
        workRoot = emitter.resolve("target/conformance");
        String filter = System.getProperty("conformance.filter", "");
        List<Program> programs = Program.discover(emitter.resolve("src/test/programs"), workRoot, filter);
        knownFailures = KnownFailures.read(emitter.resolve("src/test/programs/known-failures.txt"));
        if (programs.isEmpty() && !filter.isEmpty()) {
            return Stream.of(DynamicTest.dynamicTest("no program matches " + filter,
                    () -> fail("-Dconformance.filter=" + filter + " matches no program under src/test/programs")));
        }

        node = new NodeTool(emitter.getParent());
        try {
            node.checkInstalled();
        } catch (IllegalStateException missing) {
            return programs.stream().map(p -> DynamicTest.dynamicTest(p.id(), p.source().toUri(), () -> {
                record(new Outcome(p).fail(Outcome.Stage.NODE, missing.getMessage()));
                throw missing;
            }));
        }

        ProgramRunner runner = new ProgramRunner(node, Boolean.parseBoolean(System.getProperty("conformance.cache", "true")));
        int threads = Integer.getInteger("conformance.threads", 2);
        pool = Executors.newFixedThreadPool(threads, task -> {
            Thread t = new Thread(task, "conformance");
            t.setDaemon(true);
            return t;
        });
        return programs.stream().map(p -> {
            CompletableFuture<Outcome> result = CompletableFuture.supplyAsync(() -> runner.run(p), pool);
            return DynamicTest.dynamicTest(p.id(), p.source().toUri(), () -> check(result));
        }).toList().stream(); // toList: submit all programs now, not as JUnit reaches each one
    }

    private static void check(CompletableFuture<Outcome> result) throws InterruptedException, ExecutionException {
        Outcome outcome = result.get();
        record(outcome);
        String known = knownFailures.get(outcome.program.id());
        if (known != null) {
            // A known failure must keep failing; once it passes, the list must say so.
            if (outcome.passed()) {
                fail(outcome.program.id() + " passes now: remove it from known-failures.txt");
            }
            return;
        }
        if (!outcome.passed()) {
            // The harness's own stack says nothing about the program: point at the program instead.
            AssertionFailedError failure = new AssertionFailedError(outcome.message, outcome.cause);
            Program p = outcome.program;
            failure.setStackTrace(new StackTraceElement[] {
                new StackTraceElement(p.name(), "main", p.source().getFileName().toString(), 1)});
            throw failure;
        }
    }

    private static void record(Outcome outcome) {
        synchronized (OUTCOMES) {
            OUTCOMES.add(outcome);
        }
    }

    @AfterAll
    static void summarize() throws IOException {
        if (pool != null) {
            pool.shutdownNow();
        }
        if (node != null) {
            node.close();
        }
        if (workRoot == null) {
            return;
        }
        List<Outcome> outcomes;
        synchronized (OUTCOMES) {
            outcomes = new ArrayList<>(OUTCOMES);
        }
        outcomes.sort(Comparator.comparing(o -> o.program.id()));
        Files.createDirectories(workRoot);

        StringBuilder tsv = new StringBuilder(Outcome.header()).append('\n');
        outcomes.forEach(o -> tsv.append(o.tsvRow()).append('\n'));
        Files.writeString(workRoot.resolve("report.tsv"), tsv);

        String summary = summary(outcomes);
        Files.writeString(workRoot.resolve("summary.txt"), summary);
        System.out.print(summary);
        PrintStream console = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        console.print(summary);
        console.flush();
    }

    /**
     * Per-category lines, the known failures, then "Conformance: N passed, M failed" as the last
     * line (known failures are counted in neither).
     */
    static String summary(List<Outcome> outcomes) {
        Map<String, int[]> byCategory = new TreeMap<>();
        int passed = 0;
        List<String> known = new ArrayList<>();
        for (Outcome o : outcomes) {
            if (knownFailures.containsKey(o.program.id()) && !o.passed()) {
                known.add(o.program.id() + ": " + knownFailures.get(o.program.id()));
                continue;
            }
            int[] counts = byCategory.computeIfAbsent(o.program.category(), c -> new int[2]);
            counts[o.passed() ? 0 : 1]++;
            passed += o.passed() ? 1 : 0;
        }
        int width = byCategory.keySet().stream().mapToInt(String::length).max().orElse(0);
        StringBuilder sb = new StringBuilder();
        byCategory.forEach((category, counts) -> sb.append(String.format("  %-" + width + "s  %4d pass  %4d fail%n",
                category, counts[0], counts[1])));
        if (!known.isEmpty()) {
            sb.append("  known failures (").append(known.size()).append("):\n");
            known.forEach(k -> sb.append("    ").append(k).append('\n'));
        }
        sb.append("Conformance: ").append(passed).append(" passed, ").append(outcomes.size() - known.size() - passed)
                .append(" failed\n");
        return sb.toString();
    }

    /** The emitter module directory: Surefire's basedir, or the working directory (or its emitter/). */
    private static Path emitterDir() {
        Path base = Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath();
        for (Path candidate : List.of(base, base.resolve("emitter"))) {
            if (Files.isDirectory(candidate.resolve("src/test/programs"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("no src/test/programs under " + base + " or " + base.resolve("emitter"));
    }
}
