package org.cortado.browser;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.cortado.browser.engine.Browser;
import org.cortado.browser.engine.Browsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The demo page (demo-webapp/target/site, as {@code ./demo.sh} serves it, under the same
 * Content-Security-Policy) in each browser: it runs on load, then the test clicks the Java/Wasm
 * and the plain-JS buttons. Both outputs must be pixel-identical to each other and to a grayscale
 * of the page's own sample image computed here on the JVM with the demo's integer formula; the
 * page's timings are printed; and there must be no console error (the test server inserts an
 * external hook script that records errors and CSP violations, and Chromium's and Firefox's
 * driver logs are read too).
 */
class DemoPageIT {

    private static final String WAIT_FOR_STATUS = "new Promise((resolve) => {"
            + " const s = document.getElementById('status'); const t0 = performance.now();"
            + " (function poll() {"
            + "   if (!/^(loading|running)/.test(s.textContent) || performance.now() - t0 > 90000) resolve(s.textContent);"
            + "   else setTimeout(poll, 20);"
            + " })(); })";

    private static final String POST_PIXELS = "(async () => {"
            + " for (const id of ['source', 'java', 'js']) {"
            + "   const c = document.getElementById(id);"
            + "   const pixels = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
            + "   const r = await fetch(`/__test/pixels?canvas=${id}&width=${c.width}&height=${c.height}`,"
            + "       { method: 'POST', body: pixels });"
            + "   if (!r.ok) throw new Error(`POST pixels: HTTP ${r.status}`);"
            + " }"
            + " return 'posted'; })()";

    private static TestServer server;
    private static BlockingQueue<TestServer.Posted> pixels;

    @BeforeAll
    static void serve() throws Exception {
        Path site = TestDirs.repoRoot().resolve("demo-webapp/target/site");
        if (!Files.isRegularFile(site.resolve("grayscale.wasm")) || !Files.isRegularFile(site.resolve("index.html"))) {
            fail("the demo is not built at " + site + ": run mvn verify from the repository root (browser-tests needs"
                    + " demo-webapp packaged first)");
        }
        server = new TestServer();
        server.serve("/demo/", TestServer.Mount.of(site).withHeadScript("/__test/console-hook.js"));
        server.serveResource("/__test/console-hook.js", "/pages/hook/console-hook.js");
        server.serve("/control/", TestServer.Mount.of(resourceDir("/pages/control")).withHeadScript("/__test/console-hook.js"));
        pixels = server.sink("/__test/pixels");
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    static Stream<String> engines() {
        return TestDirs.engines().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void demoPage(String engine) throws Exception {
        List<String> errors = new ArrayList<>();
        Map<String, String> texts = new HashMap<>();
        Map<String, TestServer.Posted> canvases = new HashMap<>();
        try (Browser browser = Browsers.start(engine, TestDirs.work("engines"))) {
            browser.navigate(server.origin() + "/demo/index.html");
            if (browser.evaluate("typeof globalThis.cortadoTestHook").equals("undefined")) {
                fail(engine + ": the console hook did not run, so console errors cannot be checked");
            }
            texts.put("status (on load)", browser.evaluate(WAIT_FOR_STATUS));
            texts.put("identical (on load)", text(browser, "identical"));
            for (String button : List.of("run-java", "run-js")) {
                browser.evaluate("document.getElementById('" + button + "').click()");
                texts.put("status (" + button + ")", browser.evaluate(WAIT_FOR_STATUS));
                texts.put("identical (" + button + ")", text(browser, "identical"));
            }
            for (String id : List.of("java-time", "js-time", "size", "features")) {
                texts.put(id, text(browser, id));
            }
            pixels.clear();
            browser.evaluate(POST_PIXELS);
            for (int i = 0; i < 3; i++) {
                TestServer.Posted p = pixels.poll(60, TimeUnit.SECONDS);
                if (p == null) {
                    fail(engine + ": the canvases were not posted within 60 s");
                }
                canvases.put(p.query().get("canvas"), p);
            }
            errors.addAll(consoleErrors(browser));
            checkErrorCollection(browser);
        }

        TestServer.Posted source = canvases.get("source");
        int width = Integer.parseInt(source.query().get("width"));
        int height = Integer.parseInt(source.query().get("height"));
        byte[] reference = grayscale(source.body());
        TestDirs.CONSOLE.printf("Demo [%s]: %s; Java/Wasm %s; plain JS %s; %s%n", engine, texts.get("size"),
                texts.get("java-time"), texts.get("js-time"), texts.get("identical (run-js)"));
        assertAll(engine,
                () -> assertEquals("done", texts.get("status (on load)"), "status after the run on load"),
                () -> assertEquals("done", texts.get("status (run-java)"), "status after clicking Java/Wasm"),
                () -> assertEquals("done", texts.get("status (run-js)"), "status after clicking plain JS"),
                () -> assertEquals("identical: true", texts.get("identical (on load)"), "the page's verdict on load"),
                () -> assertEquals("identical: true", texts.get("identical (run-java)"), "the page's verdict after Java/Wasm"),
                () -> assertEquals("identical: true", texts.get("identical (run-js)"), "the page's verdict after plain JS"),
                () -> assertTrue(texts.get("java-time").startsWith("kernel "), "Java/Wasm timings: " + texts.get("java-time")),
                () -> assertTrue(texts.get("js-time").startsWith("kernel "), "plain JS timings: " + texts.get("js-time")),
                () -> assertTrue(width > 0 && height > 0 && source.body().length == 4 * width * height,
                        "source canvas " + width + "x" + height + ", " + source.body().length + " bytes"),
                () -> assertSamePixels("Java/Wasm", reference, canvases.get("java"), width),
                () -> assertSamePixels("plain JS", reference, canvases.get("js"), width),
                () -> assertEquals(List.of(), errors, "console errors"));
    }

    /** What the hook recorded and what the engine's driver log holds (Chromium, Firefox). */
    private static List<String> consoleErrors(Browser browser) {
        List<String> errors = new ArrayList<>(List.of(browser.evaluate("globalThis.cortadoTestHook.errors.join('\\n')")
                .split("\n")));
        errors.removeIf(String::isEmpty);
        browser.takeEngineErrors().forEach(e -> errors.add("[" + browser.name() + " log] " + e));
        return errors;
    }

    /**
     * Negative control, in the same browser: a page with an inline script (a CSP violation) and a
     * console.error must yield both through the hook, and the console error through the driver
     * log where the engine has one, or "no console error" above would prove nothing.
     */
    private static void checkErrorCollection(Browser browser) {
        browser.navigate(server.origin() + "/control/index.html");
        browser.evaluate("new Promise((resolve) => setTimeout(resolve, 200))");
        List<String> seen = consoleErrors(browser);
        String engine = browser.name();
        assertTrue(seen.stream().anyMatch(e -> e.startsWith("CSP violation") && e.contains("script-src")),
                engine + ": the hook did not report the control page's CSP violation: " + seen);
        assertTrue(seen.stream().anyMatch(e -> e.equals("console.error: cortado control error")),
                engine + ": the hook did not report the control page's console.error: " + seen);
        if (!engine.equals("webkit")) {
            assertTrue(seen.stream().anyMatch(e -> e.startsWith("[" + engine + " log]") && e.contains("cortado control error")),
                    engine + ": the driver log did not report the control page's console.error: " + seen);
        }
        assertEquals("Error-collection control", browser.evaluate("document.title"), engine + ": the inline script ran");
    }

    /** A directory of test resources (they are files under target/test-classes). */
    private static Path resourceDir(String name) {
        try {
            return Path.of(DemoPageIT.class.getResource(name).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(Browser browser, String id) {
        return browser.evaluate("document.getElementById('" + id + "').textContent");
    }

    /** The demo's luminance, (77 R + 150 G + 29 B) >> 8 with alpha kept, computed independently here. */
    static byte[] grayscale(byte[] rgba) {
        byte[] out = new byte[rgba.length];
        for (int i = 0; i + 3 < rgba.length; i += 4) {
            int y = (77 * (rgba[i] & 0xFF) + 150 * (rgba[i + 1] & 0xFF) + 29 * (rgba[i + 2] & 0xFF)) >> 8;
            out[i] = (byte) y;
            out[i + 1] = (byte) y;
            out[i + 2] = (byte) y;
            out[i + 3] = rgba[i + 3];
        }
        return out;
    }

    private static void assertSamePixels(String what, byte[] reference, TestServer.Posted canvas, int width) {
        byte[] actual = canvas.body();
        assertEquals(reference.length, actual.length, what + " canvas size in bytes");
        int differing = 0;
        int first = -1;
        for (int i = 0; i < reference.length; i += 4) {
            if (reference[i] != actual[i] || reference[i + 1] != actual[i + 1] || reference[i + 2] != actual[i + 2]
                    || reference[i + 3] != actual[i + 3]) {
                differing++;
                if (first < 0) {
                    first = i;
                }
            }
        }
        if (differing > 0) {
            int px = first / 4;
            fail(String.format("%s: %d of %d pixels differ from the JVM reference; first at (%d, %d): expected rgba %s,"
                    + " got %s", what, differing, reference.length / 4, px % width, px / width, rgba(reference, first),
                    rgba(actual, first)));
        }
    }

    private static String rgba(byte[] b, int i) {
        return (b[i] & 0xFF) + "," + (b[i + 1] & 0xFF) + "," + (b[i + 2] & 0xFF) + "," + (b[i + 3] & 0xFF);
    }
}
