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
  /** Primitive vtables keep their descriptor character in bits 8..15 of the flags. */
  public static final int KIND_SHIFT = 8;

  private VTable() {
  }

  /** The vtable of an object's class. */
  public static native VTable of(Object o);

  /** The cached class object, or null before the first {@code getClass()}. */
  public static native Class<?> classObject(VTable vt);

  public static native void setClassObject(VTable vt, Class<?> c);

  /** The binary name ({@code java.lang.String}, {@code [I}). */
  public static String name(VTable vt) {
    if ((flags(vt) & ARRAY) == 0) {
      return literalName(vt);
    }
    VTable c = component(vt);
    int cf = flags(c);
    if ((cf & ARRAY) != 0) {
      return "[" + name(c);
    }
    if ((cf & PRIMITIVE) != 0) {
      return "[" + (char) (cf >>> 8);
    }
    return "[L" + name(c) + ";";
  }

  /** The simple name as {@code Class.getSimpleName()} returns it. */
  public static String simpleName(VTable vt) {
    if ((flags(vt) & ARRAY) != 0) {
      return simpleName(component(vt)) + "[]";
    }
    return literalSimpleName(vt);
  }

  private static native String literalName(VTable vt);

  private static native String literalSimpleName(VTable vt);

  public static native int flags(VTable vt);

  public static native VTable superclass(VTable vt);

  public static native VTable component(VTable vt);

  /** The vtable of the array class with this component type, created on first use. */
  public static native VTable arrayOf(VTable vt);

  /** The enum constants of an enum class (the shared array: callers copy it), or null. */
  public static native Object[] enumConstants(VTable vt);

  /** Whether the class of {@code vt} implements the interface {@code itf}. */
  public static native boolean implementsInterface(VTable vt, VTable itf);

  /** Whether objects of {@code sub} are instances of {@code sup} (classes, interfaces, arrays). */
  public static boolean isSubtype(VTable sub, VTable sup) {
    if (sub == sup) {
      return true;
    }
    int supFlags = flags(sup);
    if ((supFlags & PRIMITIVE) != 0 || (flags(sub) & PRIMITIVE) != 0) {
      return false;
    }
    if ((supFlags & INTERFACE) != 0) {
      return implementsInterface(sub, sup);
    }
    if ((supFlags & ARRAY) != 0) {
      return (flags(sub) & ARRAY) != 0 && isSubtype(component(sub), component(sup));
    }
    for (VTable c = superclass(sub); c != null; c = superclass(c)) {
      if (c == sup) {
        return true;
      }
    }
    return false;
  }
}
