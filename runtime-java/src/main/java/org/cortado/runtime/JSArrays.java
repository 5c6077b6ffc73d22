package org.cortado.runtime;

import org.teavm.jso.JSObject;

/**
 * Bulk copies between Java {@code byte[]} and JS byte arrays ({@code Uint8Array},
 * {@code Uint8ClampedArray}) without one JS call per element: the bytes go through the module's
 * linear memory at address 0 (one {@code TypedArray.set} on the JS side, a word-at-a-time loop
 * between memory and the Wasm GC array on the Java side). Values are the bytes themselves: a JS
 * 200 is the Java byte -56 and back.
 */
public final class JSArrays {
  private JSArrays() {
  }

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

  private static void fromMemory(byte[] dest, int pos, int n) {
    int words = n & ~3;
    int i = 0;
    for (; i < words; i += 4) {
      int w = Wasm.loadI32(i);
      dest[pos + i] = (byte) w;
      dest[pos + i + 1] = (byte) (w >> 8);
      dest[pos + i + 2] = (byte) (w >> 16);
      dest[pos + i + 3] = (byte) (w >> 24);
    }
    if (i < n) {
      // Memory was grown to a multiple of 4 past the data, so this word is readable.
      int w = Wasm.loadI32(i);
      for (; i < n; i++) {
        dest[pos + i] = (byte) w;
        w >>= 8;
      }
    }
  }

  private static void toMemory(byte[] src, int pos, int n) {
    Wasm.ensureMemory((n + 3) & ~3);
    int words = n & ~3;
    int i = 0;
    for (; i < words; i += 4) {
      Wasm.storeI32(i, (src[pos + i] & 0xFF) | (src[pos + i + 1] & 0xFF) << 8
          | (src[pos + i + 2] & 0xFF) << 16 | src[pos + i + 3] << 24);
    }
    for (; i < n; i++) {
      Wasm.storeI8(i, src[pos + i]);
    }
  }
}
