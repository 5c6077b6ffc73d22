package org.cortado.runtime;

/** Intrinsics the emitter expands inline: object identity, linear memory access, main dispatch. */
public final class Wasm {
  private Wasm() {
  }

  /** The identity hash code, assigned on first request. */
  public static native int identityHashCode(Object o);

  /** A shallow copy of an object or array (the caller has checked Cloneable). */
  public static native Object shallowClone(Object o);

  public static native int loadI16(int address);

  public static native int loadI32(int address);

  public static native void storeI8(int address, int value);

  public static native void storeI16(int address, int value);

  public static native void storeI32(int address, int value);

  /** Current linear memory size in bytes; grows it to at least {@code bytes}. */
  public static native void ensureMemory(int bytes);

  /**
   * Copies {@code count} elements from linear memory at {@code address} into a primitive array
   * from index {@code pos} (little-endian, the element's own width); bounds already checked.
   */
  public static native void memoryToArray(Object array, int pos, int count, int address);

  /** Copies {@code count} elements of a primitive array from {@code pos} to linear memory at {@code address}. */
  public static native void arrayToMemory(Object array, int pos, int count, int address);

  /** A new array whose class has vtable {@code arrayType}. */
  public static native Object newArray(VTable arrayType, int length);

  /** Length of any array. */
  public static native int arrayLength(Object array);

  /** Copies between arrays of the same representation (memmove semantics); bounds already checked. */
  public static native void arrayCopy(Object src, int srcPos, Object dest, int destPos, int length);

  /** Calls {@link Strings#add} for every string literal in the module. */
  public static native void registerLiterals();

  /** Calls the program's main method. */
  public static native void invokeMain(String[] args);
}
