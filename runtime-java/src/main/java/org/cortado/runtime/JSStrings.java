package org.cortado.runtime;

import org.teavm.jso.JSObject;

/** Java strings to and from JS strings, through the linear memory as UTF-16. */
public final class JSStrings {
  private JSStrings() {
  }

  public static JSObject toJs(String s) {
    if (s == null) {
      return null;
    }
    int n = s.length();
    Wasm.ensureMemory(2 * n);
    for (int i = 0; i < n; i++) {
      Wasm.storeI16(2 * i, s.charAt(i));
    }
    return JsImports.stringFromMemory(n);
  }

  public static String fromJs(JSObject js) {
    if (js == null) {
      return null;
    }
    int n = JsImports.stringToMemory(js);
    char[] chars = new char[n];
    for (int i = 0; i < n; i++) {
      chars[i] = (char) Wasm.loadI16(2 * i);
    }
    return new String(chars);
  }
}
