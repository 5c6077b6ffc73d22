package org.cortado.runtime;

/**
 * Functions the JS loader provides. Every native method here becomes a Wasm import named
 * {@code cortado.<method name>}; parameters and results are primitives or JS values
 * ({@code JSObject}, an {@code externref} at the boundary).
 */
public final class JsImports {
  private JsImports() {
  }

  /** Writes {@code length} UTF-8 bytes at {@code address} in linear memory to fd 1 or 2. */
  public static native void write(int fd, int address, int length);

  /** Ends the program with this status; does not return. */
  public static native void exit(int status);

  public static native double currentTimeMillis();

  public static native double nanoTime();

  /** Number of program arguments; {@link #argument} copies one into linear memory. */
  public static native int argumentCount();

  /** Copies argument {@code index} as UTF-16 code units to address 0; returns its length. */
  public static native int argument(int index);

  /** Java's floating-point remainder (JS {@code %} has the same definition). */
  public static native double remainder(double a, double b);

  /** JS's Math.pow, for java.lang.Math.pow (see TMath). */
  public static native double pow(double a, double b);

  public static native double random();

  /** A JS string from {@code length} UTF-16 code units at address 0. */
  public static native org.teavm.jso.JSObject stringFromMemory(int length);

  /** Copies a JS string as UTF-16 to address 0 (growing memory as needed); returns its length. */
  public static native int stringToMemory(org.teavm.jso.JSObject s);

  /**
   * Copies the bytes of a JS typed array or {@code ArrayBuffer} ({@code Uint8Array},
   * {@code Uint8ClampedArray}, {@code Int8Array}, any view's bytes) to address 0, growing memory to
   * a multiple of 4 bytes past them; returns the byte count.
   */
  public static native int bytesToMemory(org.teavm.jso.JSObject array);

  /**
   * Copies {@code length} bytes at address 0 into the typed array {@code target} at element
   * {@code offset} ({@code target.set}, so a {@code Uint8ClampedArray} gets them unchanged).
   */
  public static native void bytesFromMemory(org.teavm.jso.JSObject target, int offset, int length);

  /** A new typed array of {@code length} bytes from address 0: {@code clamped} picks Uint8ClampedArray. */
  public static native org.teavm.jso.JSObject newBytesFromMemory(int length, boolean clamped);

  /**
   * The JS function for Java object {@code target} implementing functor interface number
   * {@code kind}: calls the exported {@code cb<kind>}; the same object gives the same function.
   */
  public static native org.teavm.jso.JSObject functor(int kind, org.teavm.jso.JSObject target);

  /** The Java exception a JS {@code JavaError} carries (it left Java earlier), or null. */
  public static native org.teavm.jso.JSObject javaThrowable(org.teavm.jso.JSObject error);

  /** A JS error as a string: {@code name: message} for Error objects, else String(value). */
  public static native org.teavm.jso.JSObject describeError(org.teavm.jso.JSObject error);

  /**
   * Copies the elements of a JS typed array (or array-like, converted) to address 0 as element
   * kind {@code kind} (JSArrays.KIND_*); returns the element count.
   */
  public static native int arrayToMemory(org.teavm.jso.JSObject array, int kind);

  /** A new typed array of kind {@code kind} holding {@code length} elements from address 0. */
  public static native org.teavm.jso.JSObject arrayFromMemory(int kind, int length);

  /** Copies {@code length} elements of kind {@code kind} from address 0 into {@code target} at {@code offset}. */
  public static native void arrayIntoTyped(org.teavm.jso.JSObject target, int offset, int kind, int length);
}
