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

  public boolean desiredAssertionStatus() {
    return false;
  }

  @Override public String toString() {
    return (isInterface() ? "interface " : isPrimitive() ? "" : "class ") + getName();
  }
}
