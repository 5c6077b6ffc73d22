package org.cortado.patch.java.lang;

/**
 * Patches java.lang.Enum: compareTo is the ordinal difference in the JDK (the classlib returns
 * -1/0/1); valueOf throws the JDK's exceptions and messages.
 */
public final class TEnum {
  public static <T extends Enum<T>> T valueOf(Class<T> enumClass, String name) {
    T[] constants = enumClass.getEnumConstants();
    if (constants == null) {
      throw new IllegalArgumentException(enumClass.getName() + " is not an enum class");
    }
    if (name == null) {
      throw new NullPointerException("Name is null");
    }
    for (T c : constants) {
      if (c.name().equals(name)) {
        return c;
      }
    }
    throw new IllegalArgumentException("No enum constant " + enumClass.getCanonicalName() + "." + name);
  }

  public final int compareTo(Enum<?> other) {
    Enum<?> self = (Enum<?>) (Object) this;
    if (self.getDeclaringClass() != other.getDeclaringClass()) {
      throw new ClassCastException();
    }
    return self.ordinal() - other.ordinal();
  }
}
