package org.cortado.runtime;

import org.teavm.jso.JSObject;

/**
 * Bulk copies between Java primitive arrays and JS typed arrays without one JS call per element:
 * the elements go through the module's linear memory at address 0 (one {@code TypedArray.set} or
 * {@code ArrayBuffer.slice} on the JS side, one tight load/store loop between memory and the Wasm
 * GC array on the Wasm side). Matching types: {@code byte[]} and {@code Int8Array} (or the bytes of
 * any typed array, {@code Uint8Array}/{@code Uint8ClampedArray} included: a JS 200 is the Java
 * byte -56 and back), {@code short[]}/{@code Int16Array}, {@code char[]}/{@code Uint16Array},
 * {@code int[]}/{@code Int32Array}, {@code float[]}/{@code Float32Array},
 * {@code double[]}/{@code Float64Array}. A JS array of another type (or a plain array) is
 * converted element by element by JS ({@code TypedArray.from}) on the way in.
 */
public final class JSArrays {
  // Element kinds shared with the loader (its TYPED table).
  static final int KIND_BYTE = 0;
  static final int KIND_SHORT = 1;
  static final int KIND_CHAR = 2;
  static final int KIND_INT = 3;
  static final int KIND_FLOAT = 4;
  static final int KIND_DOUBLE = 5;
  static final int KIND_UINT8 = 6;
  static final int KIND_UINT8_CLAMPED = 7;

  private JSArrays() {
  }

  // ------------------------------------------------------------ typed arrays of each element type

  public static short[] toShortArray(JSObject array) {
    return toJava(array, (short[]) null);
  }

  public static char[] toCharArray(JSObject array) {
    return toJava(array, (char[]) null);
  }

  public static int[] toIntArray(JSObject array) {
    return toJava(array, (int[]) null);
  }

  public static float[] toFloatArray(JSObject array) {
    return toJava(array, (float[]) null);
  }

  public static double[] toDoubleArray(JSObject array) {
    return toJava(array, (double[]) null);
  }

  /** A new Int8Array; see also {@link #toUint8Array} and {@link #toUint8ClampedArray}. */
  public static JSObject toInt8Array(byte[] src) {
    return toJs(src);
  }

  public static JSObject toInt16Array(short[] src) {
    return toJs(src);
  }

  public static JSObject toUint16Array(char[] src) {
    return toJs(src);
  }

  public static JSObject toInt32Array(int[] src) {
    return toJs(src);
  }

  public static JSObject toFloat32Array(float[] src) {
    return toJs(src);
  }

  public static JSObject toFloat64Array(double[] src) {
    return toJs(src);
  }

  /**
   * Copies the elements of a JS array into {@code dest} from index 0, or into a new array when
   * {@code dest} is null (the export boundary uses these). The JS array must fit. Null for null.
   */
  public static byte[] toJava(JSObject array, byte[] dest) {
    if (array == null) {
      return null;
    }
    int n = JsImports.arrayToMemory(array, KIND_BYTE);
    byte[] a = dest != null ? fits(n, dest.length, dest) : new byte[n];
    fromMemory(a, 0, n);
    return a;
  }

  public static short[] toJava(JSObject array, short[] dest) {
    if (array == null) {
      return null;
    }
    int n = JsImports.arrayToMemory(array, KIND_SHORT);
    short[] a = dest != null ? fits(n, dest.length, dest) : new short[n];
    fromMemory(a, 0, n);
    return a;
  }

  public static char[] toJava(JSObject array, char[] dest) {
    if (array == null) {
      return null;
    }
    int n = JsImports.arrayToMemory(array, KIND_CHAR);
    char[] a = dest != null ? fits(n, dest.length, dest) : new char[n];
    fromMemory(a, 0, n);
    return a;
  }

  public static int[] toJava(JSObject array, int[] dest) {
    if (array == null) {
      return null;
    }
    int n = JsImports.arrayToMemory(array, KIND_INT);
    int[] a = dest != null ? fits(n, dest.length, dest) : new int[n];
    fromMemory(a, 0, n);
    return a;
  }

  public static float[] toJava(JSObject array, float[] dest) {
    if (array == null) {
      return null;
    }
    int n = JsImports.arrayToMemory(array, KIND_FLOAT);
    float[] a = dest != null ? fits(n, dest.length, dest) : new float[n];
    fromMemory(a, 0, n);
    return a;
  }

  public static double[] toJava(JSObject array, double[] dest) {
    if (array == null) {
      return null;
    }
    int n = JsImports.arrayToMemory(array, KIND_DOUBLE);
    double[] a = dest != null ? fits(n, dest.length, dest) : new double[n];
    fromMemory(a, 0, n);
    return a;
  }

  private static <T> T fits(int n, int length, T dest) {
    if (n > length) {
      throw new IndexOutOfBoundsException("JS array of " + n + " elements into an array of " + length);
    }
    return dest;
  }

  /** A new JS typed array of the matching type holding a copy of {@code src}; null for null. */
  public static JSObject toJs(byte[] src) {
    return src == null ? null : out(src, src.length, 1, KIND_BYTE);
  }

  public static JSObject toJs(short[] src) {
    return src == null ? null : out(src, src.length, 2, KIND_SHORT);
  }

  public static JSObject toJs(char[] src) {
    return src == null ? null : out(src, src.length, 2, KIND_CHAR);
  }

  public static JSObject toJs(int[] src) {
    return src == null ? null : out(src, src.length, 4, KIND_INT);
  }

  public static JSObject toJs(float[] src) {
    return src == null ? null : out(src, src.length, 4, KIND_FLOAT);
  }

  public static JSObject toJs(double[] src) {
    return src == null ? null : out(src, src.length, 8, KIND_DOUBLE);
  }

  private static JSObject out(Object src, int n, int size, int kind) {
    toMemory(src, 0, n);
    return JsImports.arrayFromMemory(kind, n);
  }

  /**
   * Copies {@code length} elements of {@code src} from {@code srcPos} into the JS typed array
   * {@code target} at {@code targetPos} (converted by {@code TypedArray.set} if its type differs).
   */
  public static void copyToJs(int[] src, int srcPos, JSObject target, int targetPos, int length) {
    range(srcPos, length, src.length);
    toMemory(src, srcPos, length);
    JsImports.arrayIntoTyped(target, targetPos, KIND_INT, length);
  }

  public static void copyToJs(float[] src, int srcPos, JSObject target, int targetPos, int length) {
    range(srcPos, length, src.length);
    toMemory(src, srcPos, length);
    JsImports.arrayIntoTyped(target, targetPos, KIND_FLOAT, length);
  }

  public static void copyToJs(double[] src, int srcPos, JSObject target, int targetPos, int length) {
    range(srcPos, length, src.length);
    toMemory(src, srcPos, length);
    JsImports.arrayIntoTyped(target, targetPos, KIND_DOUBLE, length);
  }

  private static void range(int pos, int length, int size) {
    if (pos < 0 || length < 0 || pos > size - length) {
      throw new IndexOutOfBoundsException("elements " + pos + ".." + (pos + length) + " of an array of " + size);
    }
  }

  // ------------------------------------------------------------ bytes

  /** A new Java array holding the bytes of a JS typed array (or ArrayBuffer); null for null. */
  public static byte[] toByteArray(JSObject array) {
    if (array == null) {
      return null;
    }
    int n = JsImports.bytesToMemory(array);
    byte[] result = new byte[n];
    fromMemory(result, 0, n);
    return result;
  }

  /**
   * Copies the bytes of a JS typed array into {@code dest} from index 0; the JS array must not be
   * longer than {@code dest}. Returns the number of bytes copied.
   */
  public static int copyFromJs(JSObject array, byte[] dest) {
    int n = JsImports.bytesToMemory(array);
    if (n > dest.length) {
      throw new IndexOutOfBoundsException("JS array of " + n + " bytes into byte[" + dest.length + "]");
    }
    fromMemory(dest, 0, n);
    return n;
  }

  /** Copies {@code length} bytes of {@code src} from {@code srcPos} into the JS typed array {@code target} at {@code targetPos}. */
  public static void copyToJs(byte[] src, int srcPos, JSObject target, int targetPos, int length) {
    if (srcPos < 0 || length < 0 || srcPos > src.length - length) {
      throw new IndexOutOfBoundsException("bytes " + srcPos + ".." + (srcPos + length) + " of byte[" + src.length + "]");
    }
    toMemory(src, srcPos, length);
    JsImports.bytesFromMemory(target, targetPos, length);
  }

  /** Copies all of {@code src} into the JS typed array {@code target} from index 0. */
  public static void copyToJs(byte[] src, JSObject target) {
    copyToJs(src, 0, target, 0, src.length);
  }

  /** A new JS Uint8Array holding a copy of {@code src}; null for null. */
  public static JSObject toUint8Array(byte[] src) {
    if (src == null) {
      return null;
    }
    toMemory(src, 0, src.length);
    return JsImports.newBytesFromMemory(src.length, false);
  }

  /** A new JS Uint8ClampedArray holding a copy of {@code src} (for ImageData); null for null. */
  public static JSObject toUint8ClampedArray(byte[] src) {
    if (src == null) {
      return null;
    }
    toMemory(src, 0, src.length);
    return JsImports.newBytesFromMemory(src.length, true);
  }

  /*
   * Memory <-> array copies in chunks: V8 optimises a Wasm function only for its later calls (no
   * on-stack replacement), so one call looping over 64 MB would run in the baseline compiler.
   */
  private static final int CHUNK = 1 << 16;

  private static void fromMemory(Object dest, int pos, int n) {
    int size = elementSize(dest);
    for (int done = 0; done < n; done += CHUNK) {
      Wasm.memoryToArray(dest, pos + done, Math.min(CHUNK, n - done), done * size);
    }
  }

  private static void toMemory(Object src, int pos, int n) {
    int size = elementSize(src);
    Wasm.ensureMemory(n * size);
    for (int done = 0; done < n; done += CHUNK) {
      Wasm.arrayToMemory(src, pos + done, Math.min(CHUNK, n - done), done * size);
    }
  }

  private static int elementSize(Object array) {
    if (array instanceof byte[]) {
      return 1;
    }
    if (array instanceof short[] || array instanceof char[]) {
      return 2;
    }
    return array instanceof double[] ? 8 : 4;
  }
}
