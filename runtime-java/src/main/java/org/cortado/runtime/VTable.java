package org.cortado.runtime;

/**
 * The emitter's per-class metadata record (a Wasm struct, not a Java object): its class object,
 * name, flags, supertype and, for arrays, the component type. Java code sees it through these
 * intrinsics only; the emitter maps this class to the vtable reference type.
 */
public final class VTable {
  public static final int INTERFACE = 1;
  public static final int ARRAY = 2;
  public static final int PRIMITIVE = 4;
  public static final int ABSTRACT = 8;
  public static final int ENUM = 16;

  private VTable() {
  }

  /** The vtable of an object's class. */
  public static native VTable of(Object o);

  /** The cached class object, or null before the first {@code getClass()}. */
  public static native Class<?> classObject(VTable vt);

  public static native void setClassObject(VTable vt, Class<?> c);

  /** The binary name ({@code java.lang.String}, {@code [I}). */
  public static native String name(VTable vt);

  /** The simple name as {@code Class.getSimpleName()} returns it. */
  public static native String simpleName(VTable vt);

  public static native int flags(VTable vt);

  public static native VTable superclass(VTable vt);

  public static native VTable component(VTable vt);

  /** The vtable of the array class with this component type, created on first use. */
  public static native VTable arrayOf(VTable vt);

  /** Whether objects of {@code sub} are instances of {@code sup} (classes, interfaces, arrays). */
  public static native boolean isSubtype(VTable sub, VTable sup);
}
