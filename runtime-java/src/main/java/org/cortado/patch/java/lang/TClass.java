package org.cortado.patch.java.lang;

import org.cortado.runtime.ReplaceClass;
import org.cortado.runtime.VTable;

/** java.lang.Class: a thin wrapper around the emitter's per-class vtable, created on first use. */
@ReplaceClass
public final class TClass<T> {
  private final VTable vt;
  private String name;

  private TClass(VTable vt) {
    this.vt = vt;
  }

  /** The class object of a vtable (one per vtable). */
  public static Class<?> of(VTable vt) {
    Class<?> c = VTable.classObject(vt);
    if (c == null) {
      c = (Class<?>) (Object) new TClass<Object>(vt);
      VTable.setClassObject(vt, c);
    }
    return c;
  }

  /** The vtable behind a class object. */
  public static VTable vtable(Class<?> c) {
    return ((TClass<?>) (Object) c).vt;
  }

  public String getName() {
    String n = name;
    if (n == null) {
      n = VTable.name(vt);
      name = n;
    }
    return n;
  }

  public String getSimpleName() {
    return VTable.simpleName(vt);
  }

  public String getTypeName() {
    if (isArray()) {
      return getComponentType().getTypeName() + "[]";
    }
    return getName();
  }

  public String getPackageName() {
    TClass<?> c = this;
    while (c.isArray()) {
      c = (TClass<?>) (Object) c.getComponentType();
    }
    if (c.isPrimitive()) {
      return "java.lang";
    }
    String n = c.getName();
    int dot = n.lastIndexOf('.');
    return dot < 0 ? "" : n.substring(0, dot);
  }

  /**
   * The binary name with '$' turned into '.', null for local and anonymous classes (a '$' followed
   * by a digit) and arrays of them. A '$' that is part of a class's own name is taken as nesting.
   */
  public String getCanonicalName() {
    if (isArray()) {
      String c = getComponentType().getCanonicalName();
      return c == null ? null : c + "[]";
    }
    String n = getName();
    for (int i = n.indexOf('$'); i >= 0; i = n.indexOf('$', i + 1)) {
      if (i + 1 < n.length() && Character.isDigit(n.charAt(i + 1))) {
        return null;
      }
    }
    return n.replace('$', '.');
  }

  /** javac lets only records extend java.lang.Record. */
  public boolean isRecord() {
    return getSuperclass() == Record.class;
  }

  public boolean isInterface() {
    return (VTable.flags(vt) & VTable.INTERFACE) != 0;
  }

  public boolean isArray() {
    return (VTable.flags(vt) & VTable.ARRAY) != 0;
  }

  public boolean isPrimitive() {
    return (VTable.flags(vt) & VTable.PRIMITIVE) != 0;
  }

  public boolean isEnum() {
    return (VTable.flags(vt) & VTable.ENUM) != 0;
  }

  public Class<?> getComponentType() {
    VTable c = VTable.component(vt);
    return c == null ? null : of(c);
  }

  @SuppressWarnings("unchecked")
  public Class<? super T> getSuperclass() {
    VTable s = VTable.superclass(vt);
    return s == null ? null : (Class<? super T>) of(s);
  }

  public boolean isInstance(Object o) {
    return o != null && VTable.isSubtype(VTable.of(o), vt);
  }

  public boolean isAssignableFrom(Class<?> other) {
    return VTable.isSubtype(vtable(other), vt);
  }

  @SuppressWarnings("unchecked")
  public T cast(Object o) {
    if (o != null && !isInstance(o)) {
      throw new ClassCastException("Cannot cast " + o.getClass().getName() + " to " + getName());
    }
    return (T) o;
  }

  @SuppressWarnings("unchecked")
  public T[] getEnumConstants() {
    Object[] values = VTable.enumConstants(vt);
    return values == null ? null : (T[]) values.clone();
  }

  /**
   * The classlib's EnumSet.complementOf/allOf/range read the constants through this; a copy keeps
   * them from sharing (and so corrupting) one array, and reaching getEnumConstants lets reachability
   * initialise the enums.
   */
  public T[] getEnumConstantsFast() {
    return getEnumConstants();
  }

  public boolean desiredAssertionStatus() {
    return false;
  }

  @Override public String toString() {
    return (isInterface() ? "interface " : isPrimitive() ? "" : "class ") + getName();
  }
}
