package org.cortado.browser;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.cortado.browser.engine.Browsers;

/** Where things are, which engines to run, and the console the summaries go to. */
final class TestDirs {

    /** The real stderr: Failsafe shows it even with redirectTestOutputToFile. */
    static final PrintStream CONSOLE = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);

    private TestDirs() {
    }

    /** The browser-tests module directory (Failsafe's basedir, or the working directory). */
    static Path module() {
        Path base = Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath();
        for (Path candidate : List.of(base, base.resolve("browser-tests"))) {
            if (Files.isRegularFile(candidate.resolve("pom.xml")) && candidate.getFileName().toString().equals("browser-tests")) {
                return candidate;
            }
        }
        throw new IllegalStateException("cannot find the browser-tests module from " + base);
    }

    static Path repoRoot() {
        return module().getParent();
    }

    /** browser-tests/target/browser-tests/&lt;what&gt; */
    static Path work(String what) {
        return module().resolve("target/browser-tests").resolve(what);
    }

    /** The engines to run: all three unless -Dbrowser.engines=a,b narrows them down (for development). */
    static List<String> engines() {
        String list = System.getProperty("browser.engines", "");
        if (list.isBlank()) {
            return Browsers.ALL;
        }
        return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static String seconds(long nanos) {
        return String.format("%.1f s", nanos / 1e9);
    }
}
