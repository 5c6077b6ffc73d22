package org.cortado.browser.engine;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;

/** A browser driven through a classic WebDriver session (chromedriver, WebKitWebDriver). */
abstract class WebDriverBrowser implements Browser {

    /** Page scripts of the tests may wait for a whole batch of programs. */
    static final Duration SCRIPT_TIMEOUT = Duration.ofSeconds(120);

    protected WebDriver driver;

    @Override
    public void navigate(String url) {
        try {
            driver.get(url);
        } catch (WebDriverException e) {
            throw new BrowserException(name() + ": navigating to " + url + " failed\n" + logTail(), e);
        }
    }

    @Override
    public String evaluate(String expression) {
        try {
            // W3C Execute Script awaits a returned promise.
            Object value = ((JavascriptExecutor) driver).executeScript(
                    "return (async () => String(await (" + expression + ")))();");
            return String.valueOf(value);
        } catch (JavascriptException e) {
            throw new BrowserException(name() + ": " + expression + " threw " + e.getRawMessage(), e);
        } catch (WebDriverException e) {
            throw new BrowserException(name() + ": evaluating " + expression + " failed\n" + logTail(), e);
        }
    }

    @Override
    public List<String> takeEngineErrors() {
        return List.of();
    }
}
