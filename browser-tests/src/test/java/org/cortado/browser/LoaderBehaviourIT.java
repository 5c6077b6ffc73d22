package org.cortado.browser;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.cortado.browser.engine.Browser;
import org.cortado.browser.engine.Browsers;
import org.cortado.browser.fixture.Hello;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.json.Json;

/**
 * The generated loader in each browser when something is wrong around the module: a .wasm served
 * with the wrong MIME type (one console warning, then the slower path works), a .wasm that answers
 * 404 (an error naming the URL and the status), and an engine without WasmGC or exception
 * handling, simulated by making {@code WebAssembly.validate} reject that probe (the "needs …"
 * message naming the feature and the minimum browser versions).
 */
class LoaderBehaviourIT {

    private static final String HELLO_OUTPUT = "Hello from Cortado, 0 arguments\n";
    private static final List<String> CASES = List.of("ok", "wrong-mime", "missing-wasm", "no-gc", "no-eh");

    private static TestServer server;
    private static BlockingQueue<TestServer.Posted> results;

    @BeforeAll
    static void compileAndServe() throws Exception {
        Path bundle = TestDirs.work("loader/bundle");
        Path classes = Path.of(Hello.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Bundles.compile(classes, Hello.class.getName(), bundle);
        server = new TestServer();
        server.serve("/ok/", TestServer.Mount.of(bundle));
        server.serve("/wrongmime/", TestServer.Mount.of(bundle).withWasmType("application/octet-stream"));
        server.serve("/nowasm/", TestServer.Mount.of(bundle).withWasmMissing());
        server.serveResource("/__test/console-hook.js", "/pages/hook/console-hook.js");
        server.serveResource("/loader/index.html", "/pages/loader/index.html");
        server.serveResource("/loader/cases.js", "/pages/loader/cases.js");
        results = server.sink("/loader/result");
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
    void loaderBehaviour(String engine) throws Exception {
        Map<String, Map<String, Object>> byCase = new LinkedHashMap<>();
        try (Browser browser = Browsers.start(engine, TestDirs.work("engines"))) {
            results.clear();
            browser.navigate(server.origin() + "/loader/index.html");
            while (byCase.size() < CASES.size()) {
                TestServer.Posted posted = results.poll(60, TimeUnit.SECONDS);
                if (posted == null) {
                    fail(engine + ": the loader page reported only " + byCase.keySet() + " within 60 s\n" + browser.logTail());
                }
                byCase.put(posted.query().get("case"), new Json().toType(posted.text(), Json.MAP_TYPE));
            }
        }
        Map<String, Object> ok = byCase.get("ok");
        Map<String, Object> wrongMime = byCase.get("wrong-mime");
        Map<String, Object> missing = byCase.get("missing-wasm");
        Map<String, Object> noGc = byCase.get("no-gc");
        Map<String, Object> noEh = byCase.get("no-eh");
        String origin = server.origin();
        assertAll(engine,
                () -> assertRan(ok, List.of()),
                () -> {
                    assertRan(wrongMime, List.of("warning"));
                    String warning = (String) ((List<?>) wrongMime.get("warnings")).get(0);
                    assertTrue(warning.contains(origin + "/wrongmime/Hello.wasm") && warning.contains("application/octet-stream")
                            && warning.contains("application/wasm"), "wrong-mime warning names the URL and both types: " + warning);
                },
                () -> assertFailedWith(missing, List.of("failed to fetch " + origin + "/nowasm/Hello.wasm", "HTTP 404")),
                () -> assertFailedWith(noGc, List.of("needs WebAssembly GC", "Chrome 119", "Firefox 120", "Safari 18.2")),
                () -> assertFailedWith(noEh, List.of("needs WebAssembly exception handling", "Chrome 119", "Firefox 120",
                        "Safari 18.2")));
        TestDirs.CONSOLE.printf("Loader [%s]: wrong MIME type -> %s; 404 -> %s; no GC -> %s%n", engine,
                ((List<?>) wrongMime.get("warnings")).get(0), missing.get("message"), noGc.get("message"));
    }

    /** Ran to exit status 0 with Hello's output, no console error, and {@code warnings.size()} warnings. */
    private static void assertRan(Map<String, Object> r, List<String> warnings) {
        assertNotNull(r, "no result");
        String name = (String) r.get("case");
        assertNull(r.get("message"), name + ": load or main threw");
        assertEquals(0, ((Number) r.get("status")).intValue(), name + ": exit status");
        assertEquals(HELLO_OUTPUT, r.get("stdout"), name + ": stdout");
        assertEquals(List.of(), r.get("errors"), name + ": console errors");
        assertEquals(warnings.size(), ((List<?>) r.get("warnings")).size(), name + ": console warnings " + r.get("warnings"));
    }

    /** load() rejected with a message containing every fragment, and nothing ran. */
    private static void assertFailedWith(Map<String, Object> r, List<String> fragments) {
        assertNotNull(r, "no result");
        String name = (String) r.get("case");
        String message = (String) r.get("message");
        assertNotNull(message, name + ": expected load() to fail, but main returned " + r.get("status"));
        for (String f : fragments) {
            assertTrue(message.contains(f), name + ": message lacks \"" + f + "\": " + message);
        }
        assertEquals("", r.get("stdout"), name + ": nothing may run");
    }
}
