package org.cortado.browser.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Process and file helpers shared by the engines: every process is stopped by its own handle. */
final class Processes {

    private Processes() {
    }

    /** Stops {@code process} and its descendants (children first), forcibly after 5 s. */
    static void stop(Process process) {
        if (process == null) {
            return;
        }
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        children.forEach(ProcessHandle::destroy);
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The last {@code maxLines} lines of a log file, or a note that it is missing. */
    static String tail(Path log, int maxLines) {
        if (log == null || !Files.isRegularFile(log)) {
            return "(no log at " + log + ")";
        }
        try {
            List<String> lines = List.of(new String(Files.readAllBytes(log), StandardCharsets.UTF_8).split("\n"));
            List<String> last = lines.subList(Math.max(0, lines.size() - maxLines), lines.size());
            return "---- " + log + " (last " + last.size() + " of " + lines.size() + " lines)\n" + String.join("\n", last);
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e + ")";
        }
    }

    static void deleteRecursively(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // A temporary profile left behind is harmless.
        }
    }

    static void requireExecutable(Path binary, String aptPackage) {
        if (!Files.isExecutable(binary)) {
            throw new BrowserException(binary + " not found: install the Debian package " + aptPackage
                    + " (tools/setup.sh --browsers does)");
        }
    }
}
