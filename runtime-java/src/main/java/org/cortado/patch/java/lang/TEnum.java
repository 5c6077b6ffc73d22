package org.cortado.patch.java.lang;

/** Patches java.lang.Enum: compareTo is the ordinal difference in the JDK (the classlib returns -1/0/1). */
public final class TEnum {
  public final int compareTo(Enum<?> other) {
    Enum<?> self = (Enum<?>) (Object) this;
    if (self.getDeclaringClass() != other.getDeclaringClass()) {
      throw new ClassCastException();
    }
    return self.ordinal() - other.ordinal();
  }
}
