package org.cortado.runtime;

/**
 * The implicit exceptions of the JVM, thrown by checks the emitter inserts. Messages match
 * HotSpot's where they are stable across versions.
 */
public final class Exceptions {
  private Exceptions() {
  }

  public static void nullPointer() {
    throw new NullPointerException();
  }

  /** Thrown when a recursive method finds the stack budget spent (see ModuleBuilder.stackLeft). */
  public static void stackOverflow() {
    throw new StackOverflowError();
  }

  public static void divisionByZero() {
    throw new ArithmeticException("/ by zero");
  }

  public static void indexOutOfBounds(int index, int length) {
    throw new ArrayIndexOutOfBoundsException("Index " + index + " out of bounds for length " + length);
  }

  public static void negativeArraySize(int size) {
    throw new NegativeArraySizeException(Integer.toString(size));
  }

  public static void arrayStore(Object value) {
    throw new ArrayStoreException(value.getClass().getName());
  }

  public static void classCast(Object value, Class<?> target) {
    throw new ClassCastException(castMessage(value.getClass(), target));
  }

  private static String castMessage(Class<?> from, Class<?> to) {
    String a = from.getName();
    String b = to.getName();
    boolean aJdk = isJdk(a);
    boolean bJdk = isJdk(b);
    String where;
    if (aJdk && bJdk) {
      where = a + " and " + b + " are in module java.base of loader 'bootstrap'";
    } else if (!aJdk && !bJdk) {
      where = a + " and " + b + " are in unnamed module of loader 'app'";
    } else {
      where = a + " is in " + module(aJdk) + "; " + b + " is in " + module(bJdk);
    }
    return "class " + a + " cannot be cast to class " + b + " (" + where + ")";
  }

  private static boolean isJdk(String name) {
    String n = name;
    while (n.startsWith("[")) {
      n = n.substring(1);
    }
    return n.startsWith("Ljava.") || n.startsWith("java.") || n.length() == 1;
  }

  private static String module(boolean jdk) {
    return jdk ? "module java.base of loader 'bootstrap'" : "unnamed module of loader 'app'";
  }
}
