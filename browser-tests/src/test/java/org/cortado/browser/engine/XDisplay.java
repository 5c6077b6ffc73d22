package org.cortado.browser.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The X display WebKitGTK needs: $DISPLAY when set, else one Xvfb for the whole JVM, started on
 * first use with {@code -displayfd} (the server picks a free display number and reports it, so
 * concurrent builds never race for one) and stopped when the JVM exits.
 */
final class XDisplay {

    static final Path XVFB = Path.of("/usr/bin/Xvfb");

    private static String display;
    private static Process xvfb;

    private XDisplay() {
    }

    static synchronized String get(Path workDir) throws IOException {
        if (display != null) {
            return display;
        }
        String fromEnv = System.getenv("DISPLAY");
        if (fromEnv != null && !fromEnv.isEmpty()) {
            return display = fromEnv;
        }
        Processes.requireExecutable(XVFB, "xvfb");
        Files.createDirectories(workDir);
        Path log = workDir.resolve("xvfb.log");
        Process p = new ProcessBuilder(XVFB.toString(), "-displayfd", "1", "-nolisten", "tcp",
                "-screen", "0", "1280x1024x24")
                .redirectError(log.toFile())
                .start();
        CompletableFuture<String> number = CompletableFuture.supplyAsync(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                return r.readLine();
            } catch (IOException e) {
                return null;
            }
        });
        String n;
        try {
            n = number.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            n = null;
        }
        if (n == null || !n.strip().matches("\\d+")) {
            Processes.stop(p);
            throw new BrowserException("Xvfb did not report a display within 30 s\n" + Processes.tail(log, 30));
        }
        xvfb = p;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> Processes.stop(xvfb)));
        return display = ":" + n.strip();
    }
}
