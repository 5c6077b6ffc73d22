package org.cortado.browser.engine;

/** A browser that could not start, or a page operation that failed, with the browser's log. */
public final class BrowserException extends RuntimeException {

    public BrowserException(String message, Throwable cause) {
        super(message, cause);
    }

    public BrowserException(String message) {
        super(message);
    }
}
