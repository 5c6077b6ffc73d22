package org.cortado.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.cortado.browser.engine.Browser;
import org.cortado.browser.engine.Browsers;
import org.cortado.conformance.Exec;
import org.cortado.conformance.KnownFailures;
import org.cortado.conformance.Program;
import org.cortado.conformance.ProgramRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.json.Json;

/**
 * The conformance programs of the Node run ({@code emitter/src/test/programs}), compiled once by
 * Cortado with HotSpot's behaviour as the expected result (the emitter's own harness,
 * {@link ProgramRunner#prepare}), then run in each browser: one page loads the bundles one after
 * another through the loader's {@code load({write})} and POSTs stdout, stderr and the exit status
 * of each. They must equal HotSpot's exactly as on Node: stdout, the first stderr line, the status.
 *
 * <p>Programs get the Node run's arguments (none) and no stdin. {@code known-failures.txt} applies
 * as on Node: a listed program is counted apart, and one that passes in a browser is reported.
 * {@code -Dconformance.filter} narrows the programs as for the Node suite.
 */
class BrowserConformanceIT {

    /** Per program, measured from its last result; a program still running then is a timeout. */
    private static final Duration PROGRAM_TIMEOUT = Duration.ofSeconds(30);
    /** The arguments ProgramRunner gives every program on Node and on HotSpot: none. */
    private static final List<String> ARGS = List.of();

    private static List<ProgramRunner.Prepared> prepared;
    /** known-failures.txt of the Node run: counted apart in every browser too. */
    private static Map<String, String> knownFailures;
    /** browser-known-failures.txt: "engine category/Name reason"; must keep failing in that engine. */
    private static Map<String, String> knownBrowserFailures;
    private static TestServer server;
    private static BlockingQueue<TestServer.Posted> results;
    private static long compileNanos;
    private static final Map<String, String> SUMMARIES = new LinkedHashMap<>();
    private static final int[] TOTALS = new int[3]; // passed, failed, known
    private static final Map<String, Long> STARTUP_NANOS = new java.util.concurrent.ConcurrentHashMap<>();

    @BeforeAll
    static void compileOnce() throws Exception {
        Path emitter = TestDirs.repoRoot().resolve("emitter");
        Path workRoot = TestDirs.work("conformance");
        List<Program> programs = Program.discover(emitter.resolve("src/test/programs"), workRoot,
                System.getProperty("conformance.filter", ""));
        if (programs.isEmpty()) {
            fail("no conformance program under " + emitter.resolve("src/test/programs") + " matches -Dconformance.filter");
        }
        knownFailures = KnownFailures.read(emitter.resolve("src/test/programs/known-failures.txt"));
        knownBrowserFailures = KnownFailures.read(TestDirs.module().resolve("browser-known-failures.txt"));
        long start = System.nanoTime();
        ProgramRunner runner = new ProgramRunner(null, true);
        ExecutorService pool = Executors.newFixedThreadPool(Integer.getInteger("conformance.threads", 2));
        try {
            List<Future<ProgramRunner.Prepared>> futures = programs.stream()
                    .map(p -> pool.submit(() -> runner.prepare(p))).toList();
            prepared = new ArrayList<>();
            for (Future<ProgramRunner.Prepared> f : futures) {
                prepared.add(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        compileNanos = System.nanoTime() - start;
        TestDirs.CONSOLE.printf("Browser conformance: %d programs compiled by Cortado (and run on HotSpot) in %s%n",
                prepared.size(), TestDirs.seconds(compileNanos));

        server = new TestServer();
        server.serve("/programs/", TestServer.Mount.of(workRoot));
        server.serveResource("/conformance/index.html", "/pages/conformance/index.html");
        server.serveResource("/conformance/runner.js", "/pages/conformance/runner.js");
        String list = listJson(workRoot);
        server.serveJson("/conformance/list.json", () -> list);
        results = server.sink("/conformance/result");
    }

    /** The programs that compiled, in order: id, module URL, arguments. */
    private static String listJson(Path workRoot) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (ProgramRunner.Prepared p : runnable()) {
            Program program = p.program();
            String rel = workRoot.relativize(program.outDir().resolve(program.name() + ".mjs")).toString().replace('\\', '/');
            list.add(Map.of("id", program.id(), "module", "/programs/" + rel, "args", ARGS));
        }
        return new Json().toJson(list);
    }

    private static List<ProgramRunner.Prepared> runnable() {
        return prepared.stream().filter(p -> p.failure() == null).toList();
    }

    static Stream<String> engines() {
        return TestDirs.engines().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void conformance(String engine) throws Exception {
        List<ProgramRunner.Prepared> programs = runnable();
        long start = System.nanoTime();
        Exec.Result[] actual = runAll(engine, programs);
        long nanos = System.nanoTime() - start;

        int passed = 0;
        List<String> failures = new ArrayList<>();
        List<String> known = new ArrayList<>();
        StringBuilder tsv = new StringBuilder("program\tstatus\tbrowser_ms\n");
        for (ProgramRunner.Prepared p : prepared) {
            String id = p.program().id();
            String problem;
            long ms = -1;
            if (p.failure() != null) {
                problem = p.failure();
            } else {
                Exec.Result result = actual[programs.indexOf(p)];
                ms = result.millis();
                problem = ProgramRunner.differences(p.expected(), result, PROGRAM_TIMEOUT, engine);
                if (problem != null) {
                    problem = id + " in " + engine + ": " + problem;
                    keepOutput(engine, p.program(), result);
                }
            }
            tsv.append(id).append('\t').append(problem == null ? "pass" : "FAIL").append('\t').append(ms).append('\n');
            String knownHere = knownBrowserFailures.get(engine + ":" + id);
            if (knownHere != null) {
                if (problem == null) {
                    failures.add(id + " passes in " + engine + ": remove it from browser-tests/browser-known-failures.txt");
                } else {
                    known.add(id + ": " + knownHere);
                }
            } else if (knownFailures.containsKey(id)) {
                known.add(id + (problem == null ? " passes in " + engine + " (listed in known-failures.txt for Node)"
                        : ": " + knownFailures.get(id)));
            } else if (problem == null) {
                passed++;
            } else {
                failures.add(problem);
            }
        }
        Files.writeString(TestDirs.work("conformance-" + engine + ".tsv"), tsv);
        long inPage = Arrays.stream(actual).mapToLong(Exec.Result::millis).sum();
        String summary = String.format("Browser conformance [%s]: %d passed, %d failed (%d known failures;"
                + " %d programs in %s: browser start %s, programs %.1f s in the page)", engine, passed, failures.size(),
                known.size(), programs.size(), TestDirs.seconds(nanos), TestDirs.seconds(STARTUP_NANOS.getOrDefault(engine, 0L)),
                inPage / 1000.0);
        synchronized (SUMMARIES) {
            SUMMARIES.put(engine, summary);
            TOTALS[0] += passed;
            TOTALS[1] += failures.size();
            TOTALS[2] += known.size();
        }
        TestDirs.CONSOLE.println(summary);
        known.forEach(k -> TestDirs.CONSOLE.println("  known: " + k));
        failures.forEach(f -> TestDirs.CONSOLE.println("  FAIL " + f.lines().findFirst().orElse("")));
        if (!failures.isEmpty()) {
            fail(summary + "\n\n" + String.join("\n", failures.subList(0, Math.min(20, failures.size())))
                    + (failures.size() > 20 ? "\n[... " + (failures.size() - 20) + " more]" : ""));
        }
    }

    /**
     * Runs every program in one browser, restarting it after a program that hangs the page (which
     * then counts as timed out) and going on with the next.
     */
    private static Exec.Result[] runAll(String engine, List<ProgramRunner.Prepared> programs) throws Exception {
        Exec.Result[] actual = new Exec.Result[programs.size()];
        Path workDir = TestDirs.work("engines");
        int next = 0;
        int run = 0;
        long start = System.nanoTime();
        Browser browser = Browsers.start(engine, workDir);
        STARTUP_NANOS.put(engine, System.nanoTime() - start);
        TestDirs.CONSOLE.println("Browser conformance [" + engine + "]: " + browser.version() + " started in "
                + TestDirs.seconds(System.nanoTime() - start));
        try {
            while (next < programs.size()) {
                String runId = engine + "-" + (++run);
                results.clear();
                browser.navigate(server.origin() + "/conformance/index.html?run=" + runId + "&from=" + next);
                while (next < programs.size()) {
                    TestServer.Posted posted = results.poll(PROGRAM_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                    if (posted == null) {
                        // Program `next` hangs the page: a timeout; a fresh browser goes on after it.
                        actual[next] = new Exec.Result(-1, "", "", true, PROGRAM_TIMEOUT.toMillis());
                        next++;
                        browser.close();
                        browser = Browsers.start(engine, workDir);
                        break;
                    }
                    if (!runId.equals(posted.query().get("run"))) {
                        continue;
                    }
                    if (posted.query().containsKey("fatal")) {
                        fail("the conformance page failed in " + engine + ": " + posted.text() + "\n" + browser.logTail());
                    }
                    int index = Integer.parseInt(posted.query().get("index"));
                    actual[index] = result(posted);
                    next = index + 1;
                }
            }
        } finally {
            browser.close();
        }
        return actual;
    }

    /** A failing program's whole output, beside the harness's excerpt: target/browser-tests/failures/engine/id.* */
    private static void keepOutput(String engine, Program program, Exec.Result result) throws java.io.IOException {
        Path dir = TestDirs.work("failures").resolve(engine).resolve(program.category());
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(program.name() + ".stdout"), result.stdout());
        Files.writeString(dir.resolve(program.name() + ".stderr"), result.stderr());
        Files.writeString(dir.resolve(program.name() + ".exit"), result.exitCode() + "\n");
    }

    private static Exec.Result result(TestServer.Posted posted) {
        Map<String, String> q = posted.query();
        int out = Integer.parseInt(q.get("stdout"));
        int err = Integer.parseInt(q.get("stderr"));
        byte[] body = posted.body();
        String stdout = new String(body, 0, out, StandardCharsets.UTF_8);
        String stderr = new String(body, out, err, StandardCharsets.UTF_8);
        String error = new String(Arrays.copyOfRange(body, out + err, body.length), StandardCharsets.UTF_8);
        if (!error.isEmpty()) {
            // The loader or the page threw (not a Java exception): show it where stderr is compared.
            stderr = "[page error] " + error + (stderr.isEmpty() ? "" : "\n" + stderr);
        }
        return new Exec.Result(Integer.parseInt(q.get("status")), stdout, stderr, false, Long.parseLong(q.get("ms")));
    }

    @AfterAll
    static void summarize() {
        if (server != null) {
            server.close();
        }
        synchronized (SUMMARIES) {
            if (SUMMARIES.isEmpty()) {
                return;
            }
            StringBuilder sb = new StringBuilder();
            SUMMARIES.values().forEach(s -> sb.append(s).append('\n'));
            sb.append(String.format("Browser conformance: %d passed, %d failed (%d known failures) in %d browsers;"
                    + " compiled once in %s%n", TOTALS[0], TOTALS[1], TOTALS[2], SUMMARIES.size(), TestDirs.seconds(compileNanos)));
            TestDirs.CONSOLE.print(sb);
            try {
                Files.writeString(TestDirs.work("conformance-summary.txt"), sb);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
