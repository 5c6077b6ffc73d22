package org.cortado.browser.engine;

import java.util.List;

/**
 * One running browser with one page, driven by a test: navigate, evaluate JavaScript, collect what
 * the engine itself logged as errors. Implementations start their own processes and stop them in
 * {@link #close()}.
 */
public interface Browser extends AutoCloseable {

    /** The engine's short name: chromium, firefox or webkit. */
    String name();

    /** Browser name and version as the engine reports them. */
    String version();

    /** Loads {@code url} and returns once the page's load event has fired. */
    void navigate(String url);

    /**
     * Evaluates a JavaScript expression in the page, awaits it if it is a promise, and returns
     * {@code String(value)}; a thrown exception becomes a {@link BrowserException}.
     */
    String evaluate(String expression);

    /**
     * Console errors and uncaught exceptions the engine reported through its driver protocol
     * since the last call (empty for engines whose driver has no such channel: WebKitGTK).
     */
    List<String> takeEngineErrors();

    /** The tail of this browser's own logs (driver, browser), for failure messages. */
    String logTail();

    @Override
    void close();
}
