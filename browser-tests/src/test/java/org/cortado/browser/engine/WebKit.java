package org.cortado.browser.engine;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.MutableCapabilities;
import org.openqa.selenium.remote.RemoteWebDriver;

/**
 * WebKitGTK's MiniBrowser (JavaScriptCore, Safari's engine) through Debian's WebKitWebDriver,
 * which this class starts itself on a free port with an X display (Xvfb when DISPLAY is unset).
 * Selenium has no WebKitGTK driver class: a RemoteWebDriver with the vendor capability
 * {@code webkitgtk:browserOptions} naming the MiniBrowser binary.
 */
final class WebKit extends WebDriverBrowser {

    static final Path DRIVER = Path.of("/usr/bin/WebKitWebDriver");

    private final Path log;
    private final Process driverProcess;
    private final String version;

    WebKit(Path workDir) throws IOException, InterruptedException {
        Processes.requireExecutable(DRIVER, "webkit2gtk-driver");
        Path miniBrowser = miniBrowser();
        String display = XDisplay.get(workDir);
        log = workDir.resolve("webkitwebdriver.log");
        int port = Processes.freePort();
        ProcessBuilder pb = new ProcessBuilder(DRIVER.toString(), "--port=" + port, "--host=127.0.0.1")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        pb.environment().put("DISPLAY", display);
        driverProcess = pb.start();
        try {
            awaitStatus(port);
            MutableCapabilities caps = new MutableCapabilities();
            caps.setCapability("webkitgtk:browserOptions",
                    Map.of("binary", miniBrowser.toString(), "args", List.of("--automation")));
            RemoteWebDriver remote = new RemoteWebDriver(URI.create("http://127.0.0.1:" + port).toURL(), caps);
            driver = remote;
            remote.manage().timeouts().scriptTimeout(SCRIPT_TIMEOUT);
            version = "WebKitGTK " + remote.getCapabilities().getBrowserVersion();
        } catch (IOException | InterruptedException | RuntimeException e) {
            Processes.stop(driverProcess);
            throw new BrowserException("WebKitGTK did not start (DISPLAY=" + display + ")\n" + logTail(), e);
        }
    }

    /** MiniBrowser lives in the multiarch library directory of the webkit2gtk-4.x package. */
    private static Path miniBrowser() throws IOException {
        Path lib = Path.of("/usr/lib");
        try (Stream<Path> arches = Files.list(lib)) {
            for (Path arch : (Iterable<Path>) arches::iterator) {
                for (String api : List.of("webkit2gtk-4.1", "webkit2gtk-4.0", "webkitgtk-6.0")) {
                    Path candidate = arch.resolve(api).resolve("MiniBrowser");
                    if (Files.isExecutable(candidate)) {
                        return candidate;
                    }
                }
            }
        }
        throw new BrowserException("no MiniBrowser under /usr/lib/*/webkit2gtk-4.1/: install the Debian package"
                + " webkit2gtk-driver (tools/setup.sh --browsers does)");
    }

    private void awaitStatus(int port) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest status = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/status")).build();
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (true) {
            try {
                http.send(status, HttpResponse.BodyHandlers.discarding());
                return;
            } catch (IOException e) {
                if (!driverProcess.isAlive() || System.nanoTime() > deadline) {
                    throw new IOException("WebKitWebDriver is not answering on port " + port
                            + (driverProcess.isAlive() ? "" : " (it exited with " + driverProcess.exitValue() + ")"), e);
                }
                Thread.sleep(50);
            }
        }
    }

    @Override
    public String name() {
        return "webkit";
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public String logTail() {
        return Processes.tail(log, 40);
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } catch (RuntimeException ignored) {
            // The driver process goes next anyway.
        }
        Processes.stop(driverProcess);
    }
}
