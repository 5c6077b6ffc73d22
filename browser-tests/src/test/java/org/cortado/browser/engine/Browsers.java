package org.cortado.browser.engine;

import java.nio.file.Path;
import java.util.List;

/** Starts the engines by name. A browser that cannot start throws with its log: never a skip. */
public final class Browsers {

    /** Every engine the tests run in: V8, SpiderMonkey and JavaScriptCore. */
    public static final List<String> ALL = List.of("chromium", "firefox", "webkit");

    private Browsers() {
    }

    /** Starts {@code name}, keeping its profile and logs under {@code workDir/name}. */
    public static Browser start(String name, Path workDir) {
        Path dir = workDir.resolve(name);
        try {
            return switch (name) {
                case "chromium" -> new Chromium(dir);
                case "firefox" -> new Firefox(dir);
                case "webkit" -> new WebKit(dir);
                default -> throw new IllegalArgumentException("unknown browser " + name + "; known: " + ALL);
            };
        } catch (BrowserException e) {
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BrowserException(name + ": interrupted while starting", e);
        } catch (Exception e) {
            throw new BrowserException(name + " did not start: " + e, e);
        }
    }
}
