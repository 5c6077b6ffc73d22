package org.cortado.runtime;

import org.teavm.jso.JSObject;

/**
 * The Java side of exceptions crossing the JS boundary; the loader calls these through exports
 * ({@code cortado.throwJs}, ...). A Java exception leaving Wasm reaches JS as a Wasm exception
 * with the {@code java} tag, which the loader turns into a {@code JavaError} (class name, message);
 * a JS exception thrown inside an import is caught by the loader's wrapper, which calls
 * {@link #throwJs}: the Java exception is thrown from Wasm, through the wrapper, into the caller.
 */
public final class JSBoundary {
  private JSBoundary() {
  }

  /**
   * Throws the Java exception for a JS exception: the original Java exception if it is a
   * {@code JavaError} that left Java earlier, otherwise a {@link JSException}.
   */
  public static void throwJs(JSObject error) {
    Object java = JsImports.javaThrowable(error);
    if (java instanceof Throwable t) {
      JSBoundary.<RuntimeException>sneakyThrow(t);
    }
    throw new JSException(error);
  }

  @SuppressWarnings("unchecked")
  private static <T extends Throwable> void sneakyThrow(Throwable t) throws T {
    throw (T) t;
  }

  /** The Java class name of a throwable (for the JS error's name). */
  public static String className(Object throwable) {
    return throwable.getClass().getName();
  }

  /** The message of a throwable, or null. */
  public static String message(Object throwable) {
    return ((Throwable) throwable).getMessage();
  }

  /** Reports an exception no JS code caught, as the JVM reports one that ends the main thread. */
  public static void reportUncaught(Object throwable) {
    System.out.flush();
    System.err.print("Exception in thread \"main\" ");
    ((Throwable) throwable).printStackTrace();
    Launcher.flush();
  }
}
