package org.cortado.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.cortado.cli.Main;
import org.cortado.conformance.Exec;
import org.cortado.conformance.NodeTool;
import org.cortado.conformance.ProgramRunner;

/**
 * Differential testing against HotSpot: generates programs ({@link ProgramGenerator}), compiles
 * each with javac and runs it on HotSpot in this JVM, compiles it with Cortado in this JVM, runs
 * it on Node, and compares stdout, the first stderr line and the exit status.
 *
 * <p>A difference (or a compiler crash, an invalid module, a Node timeout) keeps
 * {@code <out>/failures/<seed>/}: {@code Main.java}, {@code diff.txt}, and, unless reduction is
 * off, {@code reduced/Main.java} and {@code reduced/diff.txt} from {@link Reducer}. A program
 * that javac rejects or that HotSpot does not finish is a generator bug and reported as such.
 *
 * <pre>
 * java -cp emitter/target/test-classes:emitter/target/classes:... org.cortado.fuzz.FuzzRunner \
 *     --count 1000 --start 1 [--threads 2] [--reduce-seconds 300] [--validate] [--out emitter/target/fuzz]
 * </pre>
 */
public final class FuzzRunner implements AutoCloseable {

    static final Duration RUN_TIMEOUT = Duration.ofSeconds(20);

    /** What happened to one seed. */
    public record Result(long seed, String stage, String message, long millis, int lines) {
        public boolean passed() {
            return stage == null;
        }
    }

    private final Path outRoot;
    private final NodeTool node;
    private final boolean validate;
    private final HotSpot hotspot = new HotSpot();
    private final AtomicInteger workCounter = new AtomicInteger();
    /** Milliseconds spent per stage: javac, HotSpot, Cortado, validation, Node. */
    private final java.util.concurrent.atomic.LongAdder[] stageMillis = {new java.util.concurrent.atomic.LongAdder(),
        new java.util.concurrent.atomic.LongAdder(), new java.util.concurrent.atomic.LongAdder(),
        new java.util.concurrent.atomic.LongAdder(), new java.util.concurrent.atomic.LongAdder()};
    private static final String[] STAGES = {"javac", "hotspot", "cortado", "validate", "node"};

    private long lap(int stage, long since) {
        long now = System.nanoTime();
        stageMillis[stage].add((now - since) / 1_000_000);
        return now;
    }

    /** "javac 12.3 s, hotspot ..." so far. */
    String stageTimes() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < STAGES.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(STAGES[i]).append(' ')
                    .append(String.format("%.1f s", stageMillis[i].sum() / 1000.0));
        }
        return sb.toString();
    }

    public FuzzRunner(Path repoRoot, Path outRoot, boolean validate) {
        this.outRoot = outRoot;
        this.node = new NodeTool(repoRoot);
        this.validate = validate;
        node.checkInstalled();
    }

    /** Generates, runs and compares one seed; keeps its files under failures/ if it fails. */
    public Result check(long seed, Duration reduceBudget) throws IOException {
        long start = System.nanoTime();
        String source = ProgramGenerator.generate(seed);
        Attempt a = attempt(source);
        long millis = (System.nanoTime() - start) / 1_000_000;
        int lines = (int) source.lines().count();
        if (a.passed()) {
            return new Result(seed, null, null, millis, lines);
        }
        Path dir = outRoot.resolve("failures").resolve(Long.toString(seed));
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("Main.java"), source);
        Files.writeString(dir.resolve("diff.txt"), "[" + a.stage + "] " + a.message + "\n");
        if (!reduceBudget.isZero() && !a.stage.equals("javac") && !a.stage.equals("hotspot")) {
            String signature = a.signature();
            String reduced = new Reducer(text -> {
                try {
                    return signature.equals(attempt(text).signature());
                } catch (IOException e) {
                    return false;
                }
            }).reduce(source, reduceBudget);
            Path r = dir.resolve("reduced");
            Files.createDirectories(r);
            Files.writeString(r.resolve("Main.java"), reduced);
            Attempt again = attempt(reduced);
            Files.writeString(r.resolve("diff.txt"), "[" + again.stage + "] " + again.message + "\n");
        }
        return new Result(seed, a.stage, a.message, (System.nanoTime() - start) / 1_000_000, lines);
    }

    /** One run of the pipeline on a source text. */
    record Attempt(String stage, String message) {
        boolean passed() {
            return stage == null;
        }

        /** What must stay the same while reducing: the stage, and for a crash its first line without numbers. */
        String signature() {
            if (stage == null) {
                return "pass";
            }
            if (stage.equals("compare")) {
                return stage;
            }
            String first = message.lines().findFirst().orElse("");
            return stage + ":" + first.replaceAll("[0-9]+", "#");
        }
    }

    Attempt attempt(String source) throws IOException {
        Path work = Files.createTempDirectory(ensure(outRoot.resolve("work")), "p" + workCounter.incrementAndGet() + "-");
        try {
            Path classes = Files.createDirectories(work.resolve("classes"));
            long t = System.nanoTime();
            String errors;
            try {
                errors = hotspot.compile(source, classes);
            } catch (RuntimeException | Error e) { // javac's own crash
                return new Attempt("javac", "javac crashed: " + e);
            }
            t = lap(0, t);
            if (errors != null) {
                return new Attempt("javac", errors);
            }
            Exec.Result expected = hotspot.run(classes, RUN_TIMEOUT);
            t = lap(1, t);
            if (expected.timedOut()) {
                return new Attempt("hotspot", "did not finish on HotSpot in " + RUN_TIMEOUT.toSeconds() + " s");
            }
            Path out = Files.createDirectories(work.resolve("out"));
            ByteArrayOutputStream compilerOut = new ByteArrayOutputStream();
            int exit;
            try (PrintStream o = new PrintStream(compilerOut, true, StandardCharsets.UTF_8)) {
                exit = Main.run(new String[] {"-cp", classes.toString(), "-m", "Main", "-o", out.toString()}, o, o);
            } catch (Throwable crash) {
                StringBuilder sb = new StringBuilder("the compiler threw " + crash);
                for (StackTraceElement e : crash.getStackTrace()) {
                    sb.append("\n    at ").append(e);
                    if (sb.length() > 3000) {
                        break;
                    }
                }
                return new Attempt("cortado", sb.toString());
            }
            t = lap(2, t);
            if (exit != 0) {
                return new Attempt("cortado", "the compiler exited with " + exit + ":\n"
                        + compilerOut.toString(StandardCharsets.UTF_8));
            }
            if (validate) {
                String invalid = node.validate(out.resolve("Main.wasm"));
                t = lap(3, t);
                if (invalid != null) {
                    return new Attempt("validate", invalid);
                }
            }
            Exec.Result actual = node.run(out.resolve("Main.mjs"), work, RUN_TIMEOUT);
            lap(4, t);
            String diff = ProgramRunner.differences(expected, actual, RUN_TIMEOUT);
            return diff == null ? new Attempt(null, null) : new Attempt("compare", diff);
        } finally {
            deleteRecursively(work);
        }
    }

    /** Runs seeds start..start+count-1 on a pool; prints one line per failure and a summary. */
    public List<Result> runAll(long start, int count, int threads, Duration reduceBudget, PrintStream log)
            throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Result>> futures = new ArrayList<>();
        for (long s = start; s < start + count; s++) {
            long seed = s;
            futures.add(pool.submit(() -> check(seed, reduceBudget)));
        }
        pool.shutdown();
        List<Result> results = new ArrayList<>();
        long t0 = System.nanoTime();
        int failed = 0;
        for (Future<Result> f : futures) {
            Result r;
            try {
                r = f.get();
            } catch (java.util.concurrent.ExecutionException e) {
                r = new Result(-1, "harness", e.getCause().toString(), 0, 0);
            }
            results.add(r);
            if (!r.passed()) {
                failed++;
                log.println("FAIL seed " + r.seed() + " [" + r.stage() + "] "
                        + r.message().lines().limit(12).reduce((x, y) -> x + "\n    " + y).orElse(""));
            }
            if (results.size() % 50 == 0) {
                double minutes = (System.nanoTime() - t0) / 60e9;
                log.printf("%d programs, %d failed, %.1f programs/minute%n", results.size(), failed, results.size() / minutes);
            }
        }
        double minutes = (System.nanoTime() - t0) / 60e9;
        log.println("time per stage (all threads): " + stageTimes());
        log.printf("Fuzz: %d passed, %d failed (%.1f min, %.1f programs/minute)%n", results.size() - failed, failed,
                minutes, results.size() / Math.max(minutes, 1e-9));
        return results;
    }

    @Override
    public void close() {
        node.close();
    }

    private static Path ensure(Path dir) throws IOException {
        return Files.createDirectories(dir);
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** The repository root: the working directory, or its parent when run from emitter/. */
    static Path repoRoot() {
        Path base = Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath();
        for (Path p = base; p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("tools")) && Files.isDirectory(p.resolve("emitter"))) {
                return p;
            }
        }
        throw new IllegalStateException("no repository root (with tools/ and emitter/) at or above " + base);
    }

    public static void main(String[] args) throws Exception {
        long start = 1;
        int count = 100;
        int threads = 2;
        long reduceSeconds = 300;
        boolean validate = false;
        Path out = null;
        boolean print = false;
        Path file = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--start" -> start = Long.parseLong(args[++i]);
                case "--count" -> count = Integer.parseInt(args[++i]);
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--reduce-seconds" -> reduceSeconds = Long.parseLong(args[++i]);
                case "--validate" -> validate = true;
                case "--out" -> out = Path.of(args[++i]);
                case "--print" -> print = true;
                case "--file" -> file = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; usage: --count N --start S [--threads T] [--reduce-seconds R] [--validate] [--out DIR] [--print]");
            }
        }
        if (print) { // just show the program for --start
            System.out.print(ProgramGenerator.generate(start));
            return;
        }
        Path root = repoRoot();
        if (out == null) {
            out = root.resolve("emitter/target/fuzz");
        }
        PrintStream log = System.out;
        if (file != null) { // run one hand-written or reduced Main.java through the pipeline
            try (FuzzRunner runner = new FuzzRunner(root, out, validate)) {
                Attempt a = runner.attempt(Files.readString(file));
                log.println(a.passed() ? "same as HotSpot" : "[" + a.stage() + "] " + a.message());
                System.exit(a.passed() ? 0 : 1);
            }
        }
        try (FuzzRunner runner = new FuzzRunner(root, out, validate)) {
            List<Result> results = runner.runAll(start, count, threads, Duration.ofSeconds(reduceSeconds), log);
            System.exit(results.stream().allMatch(Result::passed) ? 0 : 1);
        }
    }
}
