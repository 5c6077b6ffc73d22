package org.cortado.browser.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.bidi.BiDi;
import org.openqa.selenium.bidi.Command;
import org.openqa.selenium.bidi.Connection;
import org.openqa.selenium.bidi.log.Log;
import org.openqa.selenium.bidi.log.LogEntry;
import org.openqa.selenium.remote.http.ClientConfig;
import org.openqa.selenium.remote.http.HttpClient;

/**
 * Debian's Firefox ESR without geckodriver (Debian does not package it): this class starts
 * {@code firefox-esr --headless --remote-debugging-port 0} with a fresh profile, reads the
 * WebDriver BiDi address from its stderr, and speaks BiDi through Selenium's {@link Connection}.
 */
final class Firefox implements Browser {

    static final Path BINARY = Path.of("/usr/lib/firefox-esr/firefox-esr");
    private static final Pattern LISTENING = Pattern.compile("WebDriver BiDi listening on (ws://\\S+)");
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(120);

    private final Path profile;
    private final Path log;
    private final Process process;
    private final Connection connection;
    private final BiDi bidi;
    private final String context;
    private final String version;
    private final List<String> errors = new ArrayList<>();

    Firefox(Path workDir) throws IOException {
        Processes.requireExecutable(BINARY, "firefox-esr");
        Files.createDirectories(workDir);
        profile = Files.createTempDirectory(workDir, "firefox-profile");
        try (InputStream prefs = Firefox.class.getResourceAsStream("/firefox/user.js")) {
            Files.copy(prefs, profile.resolve("user.js"));
        }
        log = workDir.resolve("firefox.log");
        ProcessBuilder pb = new ProcessBuilder(BINARY.toString(), "--headless", "--no-remote", "--profile",
                profile.toString(), "--remote-debugging-port", "0", "about:blank")
                .redirectErrorStream(true);
        pb.environment().put("MOZ_HEADLESS", "1");
        process = pb.start();
        try {
            String endpoint = awaitEndpoint();
            HttpClient client = HttpClient.Factory.createDefault()
                    .createClient(ClientConfig.defaultConfig().baseUri(URI.create(endpoint)));
            connection = new Connection(client, endpoint + "/session");
            bidi = new BiDi(connection, COMMAND_TIMEOUT);
            Map<String, Object> session = send("session.new", Map.of("capabilities", Map.of()));
            Map<String, Object> caps = map(session.get("capabilities"));
            version = "Firefox " + caps.get("browserVersion");
            Map<String, Object> tree = send("browsingContext.getTree", Map.of());
            context = (String) map(((List<?>) tree.get("contexts")).get(0)).get("context");
            bidi.addListener(Log.entryAdded(), this::logged);
        } catch (Exception e) {
            Processes.stop(process);
            Processes.deleteRecursively(profile);
            throw new BrowserException("Firefox did not start\n" + logTail(), e);
        }
    }

    /** Copies Firefox's output to the log and completes with the BiDi address once it appears. */
    private String awaitEndpoint() throws Exception {
        CompletableFuture<String> endpoint = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                    OutputStream out = Files.newOutputStream(log, StandardOpenOption.CREATE,
                            StandardOpenOption.TRUNCATE_EXISTING)) {
                for (String line; (line = r.readLine()) != null; ) {
                    out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    Matcher m = LISTENING.matcher(line);
                    if (m.find()) {
                        endpoint.complete(m.group(1));
                    }
                }
            } catch (IOException ignored) {
                // The process went away; reported below.
            }
            endpoint.completeExceptionally(new IllegalStateException("firefox exited before WebDriver BiDi was up"));
        }, "firefox-output");
        reader.setDaemon(true);
        reader.start();
        return endpoint.get(60, TimeUnit.SECONDS);
    }

    private void logged(LogEntry entry) {
        entry.getConsoleLogEntry().ifPresent(c -> {
            if ("error".equals(String.valueOf(c.getLevel()).toLowerCase())) {
                record("console.error: " + c.getText());
            }
        });
        entry.getJavascriptLogEntry().ifPresent(j -> record("uncaught: " + j.getText()));
    }

    private void record(String text) {
        synchronized (errors) {
            errors.add(text);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Map<String, Object> send(String method, Map<String, Object> params) {
        return (Map<String, Object>) bidi.send(new Command<Map>(method, params, Map.class));
    }

    @Override
    public String name() {
        return "firefox";
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public void navigate(String url) {
        try {
            send("browsingContext.navigate", Map.of("context", context, "url", url, "wait", "complete"));
        } catch (RuntimeException e) {
            throw new BrowserException("firefox: navigating to " + url + " failed\n" + logTail(), e);
        }
    }

    @Override
    public String evaluate(String expression) {
        Map<String, Object> r;
        try {
            r = send("script.evaluate", Map.of(
                    "expression", "(async () => String(await (" + expression + ")))()",
                    "target", Map.of("context", context), "awaitPromise", true));
        } catch (RuntimeException e) {
            throw new BrowserException("firefox: evaluating " + expression + " failed\n" + logTail(), e);
        }
        if ("exception".equals(r.get("type"))) {
            throw new BrowserException("firefox: " + expression + " threw " + map(r.get("exceptionDetails")).get("text"));
        }
        return String.valueOf(map(r.get("result")).get("value"));
    }

    @Override
    public List<String> takeEngineErrors() {
        synchronized (errors) {
            List<String> out = List.copyOf(errors);
            errors.clear();
            return out;
        }
    }

    @Override
    public String logTail() {
        return Processes.tail(log, 40);
    }

    @Override
    public void close() {
        try {
            send("browser.close", Map.of());
        } catch (RuntimeException ignored) {
            // Firefox may close the socket before answering; it is stopped below either way.
        }
        try {
            connection.close();
        } catch (RuntimeException ignored) {
            // Closed by the browser already.
        }
        Processes.stop(process);
        Processes.deleteRecursively(profile);
    }
}
