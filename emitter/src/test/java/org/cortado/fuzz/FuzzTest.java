package org.cortado.fuzz;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A fixed set of generated programs must behave on Node as on HotSpot (see {@link FuzzRunner}).
 *
 * <p>System properties: {@code fuzz.start} (first seed, default 1), {@code fuzz.count} (default
 * {@value #DEFAULT_COUNT}), {@code fuzz.threads} (default 2), {@code fuzz.reduceSeconds} (default 0:
 * failures keep their source and diff under {@code target/fuzz/failures/<seed>/} but are not
 * reduced), {@code fuzz.validate} (also run the Binaryen/V8 validator, default false). The summary
 * line {@code Fuzz: N passed, M failed} goes to the console.
 */
class FuzzTest {

    static final int DEFAULT_COUNT = 250;

    @Test
    void generatedProgramsBehaveAsOnHotSpot() throws Exception {
        long start = Long.getLong("fuzz.start", 1);
        int count = Integer.getInteger("fuzz.count", DEFAULT_COUNT);
        int threads = Integer.getInteger("fuzz.threads", 2);
        Duration reduce = Duration.ofSeconds(Long.getLong("fuzz.reduceSeconds", 0));
        boolean validate = Boolean.getBoolean("fuzz.validate");
        PrintStream console = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        java.nio.file.Path root = FuzzRunner.repoRoot();
        List<FuzzRunner.Result> results;
        try (FuzzRunner runner = new FuzzRunner(root, root.resolve("emitter/target/fuzz"), validate)) {
            results = runner.runAll(start, count, threads, reduce, console);
        }
        List<FuzzRunner.Result> failures = results.stream().filter(r -> !r.passed()).toList();
        if (!failures.isEmpty()) {
            StringBuilder sb = new StringBuilder(failures.size() + " of " + results.size()
                    + " generated programs differ (sources under emitter/target/fuzz/failures/):\n");
            for (FuzzRunner.Result r : failures) {
                sb.append("seed ").append(r.seed()).append(" [").append(r.stage()).append("] ")
                        .append(r.message().lines().limit(20).reduce((x, y) -> x + "\n  " + y).orElse("")).append('\n');
            }
            fail(sb.toString());
        }
    }
}
