package org.cortado.browser.engine;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Debian's headless Chromium through Debian's chromedriver. Both binaries are given explicitly, so
 * Selenium Manager has nothing to look up or download.
 */
final class Chromium extends WebDriverBrowser {

    static final Path BINARY = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private final Path profile;
    private final Path log;
    private final String version;

    Chromium(Path workDir) throws IOException {
        Processes.requireExecutable(BINARY, "chromium");
        Processes.requireExecutable(DRIVER, "chromium-driver");
        Files.createDirectories(workDir);
        profile = Files.createTempDirectory(workDir, "chromium-profile");
        log = workDir.resolve("chromedriver.log");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .withLogFile(new File(log.toString()))
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile);
        // The page's console, read back through chromedriver's log endpoint.
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        options.setScriptTimeout(SCRIPT_TIMEOUT);
        try {
            driver = new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            Processes.deleteRecursively(profile);
            throw new BrowserException("Chromium did not start\n" + logTail(), e);
        }
        version = "Chromium " + ((ChromeDriver) driver).getCapabilities().getBrowserVersion();
    }

    @Override
    public String name() {
        return "chromium";
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public List<String> takeEngineErrors() {
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(entry.getMessage());
            }
        }
        return errors;
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
            // Already gone; the driver service is stopped by quit or with the JVM.
        }
        Processes.deleteRecursively(profile);
    }
}
