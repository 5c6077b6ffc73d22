package org.cortado.runtime;

/** The module's entry point: builds {@code args}, runs main, reports an uncaught exception like the JVM. */
public final class Launcher {
  private Launcher() {
  }

  /** Exported as {@code main}. */
  public static void start() {
    int count = JsImports.argumentCount();
    String[] args = new String[count];
    for (int i = 0; i < count; i++) {
      int length = JsImports.argument(i);
      char[] chars = new char[length];
      for (int k = 0; k < length; k++) {
        chars[k] = (char) Wasm.loadI16(2 * k);
      }
      args[i] = new String(chars);
    }
    try {
      Wasm.invokeMain(args);
    } catch (Throwable t) {
      System.out.flush();
      System.err.print("Exception in thread \"main\" ");
      t.printStackTrace();
      flush();
      JsImports.exit(1);
    }
    flush();
  }

  /** Exported as {@code flush}: the loader calls it when the program stops abnormally. */
  public static void flush() {
    ConsoleOutputStream.flushAll();
  }
}
