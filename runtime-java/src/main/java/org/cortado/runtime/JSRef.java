package org.cortado.runtime;

import org.teavm.jso.JSObject;

/**
 * A JavaScript value seen from Java: every JSO type (JSObject and the interfaces and abstract
 * classes extending it) is represented by this class. The emitter adds the field holding the
 * {@code externref}; JS values are wrapped when they enter Wasm and unwrapped when they leave.
 */
public final class JSRef implements JSObject {
  private JSRef() {
  }
}
