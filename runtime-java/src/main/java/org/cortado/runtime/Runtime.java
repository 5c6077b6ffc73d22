package org.cortado.runtime;

/** Out-of-line helpers the emitter calls for the less common parts of the JVM's semantics. */
public final class Runtime {
  private Runtime() {
  }

  /** JLS 12.4.2: an exception from a static initialiser is wrapped unless it is an Error. */
  public static Throwable initializerError(Throwable t) {
    return t instanceof Error ? t : new ExceptionInInitializerError(t);
  }

  public static void noClassDefFound(String className) {
    throw new NoClassDefFoundError("Could not initialize class " + className);
  }

  public static boolean isInstance(Object o, VTable target) {
    return o != null && VTable.isSubtype(VTable.of(o), target);
  }

  /** The slow path of checkcast (reference arrays): throws ClassCastException on failure. */
  public static void checkCast(Object o, VTable target) {
    if (o != null && !VTable.isSubtype(VTable.of(o), target)) {
      Exceptions.classCast(o, org.cortado.patch.java.lang.TClass.of(target));
    }
  }

  /** aastore's check: the value must be an instance of the array's runtime component type. */
  public static void checkArrayStore(Object array, Object value) {
    if (value != null && !VTable.isSubtype(VTable.of(value), VTable.component(VTable.of(array)))) {
      Exceptions.arrayStore(value);
    }
  }

  /** multianewarray: all dimensions are checked before anything is allocated. */
  public static Object newMultiArray(VTable arrayType, int[] dims) {
    for (int d : dims) {
      if (d < 0) {
        Exceptions.negativeArraySize(d);
      }
    }
    return newMultiArray(arrayType, dims, 0);
  }

  private static Object newMultiArray(VTable arrayType, int[] dims, int depth) {
    int n = dims[depth];
    Object array = Wasm.newArray(arrayType, n);
    if (depth + 1 < dims.length) {
      Object[] elements = (Object[]) array;
      VTable component = VTable.component(arrayType);
      for (int i = 0; i < n; i++) {
        elements[i] = newMultiArray(component, dims, depth + 1);
      }
    }
    return array;
  }
}
