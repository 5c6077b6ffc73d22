package org.cortado.patch.java.lang.reflect;

import org.cortado.patch.java.lang.TClass;
import org.cortado.runtime.ReplaceClass;
import org.cortado.runtime.Runtime;
import org.cortado.runtime.VTable;
import org.cortado.runtime.Wasm;

/** java.lang.reflect.Array over the emitter's array vtables. */
@ReplaceClass
public final class TArray {
  private TArray() {
  }

  public static Object newInstance(Class<?> componentType, int length) {
    if (componentType == null) {
      throw new NullPointerException();
    }
    if (componentType == void.class) {
      throw new IllegalArgumentException();
    }
    if (length < 0) {
      throw new NegativeArraySizeException(Integer.toString(length));
    }
    return Wasm.newArray(VTable.arrayOf(TClass.vtable(componentType)), length);
  }

  public static Object newInstance(Class<?> componentType, int... dimensions) {
    if (componentType == null) {
      throw new NullPointerException();
    }
    if (dimensions.length == 0 || componentType == void.class) {
      throw new IllegalArgumentException();
    }
    VTable vt = TClass.vtable(componentType);
    for (int i = 0; i < dimensions.length; i++) {
      vt = VTable.arrayOf(vt);
    }
    return Runtime.newMultiArray(vt, dimensions.clone());
  }

  public static int getLength(Object array) {
    checkArray(array);
    return Wasm.arrayLength(array);
  }

  public static Object get(Object array, int index) {
    checkArray(array);
    if (array instanceof Object[] a) {
      return a[index];
    } else if (array instanceof int[] a) {
      return a[index];
    } else if (array instanceof long[] a) {
      return a[index];
    } else if (array instanceof double[] a) {
      return a[index];
    } else if (array instanceof float[] a) {
      return a[index];
    } else if (array instanceof char[] a) {
      return a[index];
    } else if (array instanceof byte[] a) {
      return a[index];
    } else if (array instanceof short[] a) {
      return a[index];
    }
    return ((boolean[]) array)[index];
  }

  public static void set(Object array, int index, Object value) {
    checkArray(array);
    if (array instanceof Object[] a) {
      a[index] = value;
      return;
    }
    if (value == null) {
      throw new IllegalArgumentException();
    }
    if (array instanceof int[] a && value instanceof Integer v) {
      a[index] = v;
    } else if (array instanceof long[] a && value instanceof Long v) {
      a[index] = v;
    } else if (array instanceof double[] a && value instanceof Double v) {
      a[index] = v;
    } else if (array instanceof float[] a && value instanceof Float v) {
      a[index] = v;
    } else if (array instanceof char[] a && value instanceof Character v) {
      a[index] = v;
    } else if (array instanceof byte[] a && value instanceof Byte v) {
      a[index] = v;
    } else if (array instanceof short[] a && value instanceof Short v) {
      a[index] = v;
    } else if (array instanceof boolean[] a && value instanceof Boolean v) {
      a[index] = v;
    } else {
      throw new IllegalArgumentException("argument type mismatch");
    }
  }

  private static void checkArray(Object array) {
    if (array == null) {
      throw new NullPointerException();
    }
    if ((VTable.flags(VTable.of(array)) & VTable.ARRAY) == 0) {
      throw new IllegalArgumentException("Argument is not an array");
    }
  }
}
