package org.cortado.runtime;

import org.teavm.jso.JSObject;

/**
 * A JavaScript exception seen from Java: thrown where an imported JS function (a {@code @JSBody}
 * method, a JSO member) threw. The message is the JS error's {@code name: message} (or the thrown
 * value as a string); {@link #getJsError()} is the thrown value itself.
 */
public class JSException extends RuntimeException {
  private final transient JSObject error;

  public JSException(JSObject error) {
    super(JSStrings.fromJs(JsImports.describeError(error)));
    this.error = error;
  }

  /** The thrown JavaScript value (usually an Error). */
  public JSObject getJsError() {
    return error;
  }
}
