package org.cortado.patch.java.util;

import java.util.OptionalInt;

/** Patches java.util.OptionalInt: the JDK's toString format. */
public final class TOptionalInt {
  @Override public String toString() {
    OptionalInt self = (OptionalInt) (Object) this;
    return self.isPresent() ? "OptionalInt[" + self.getAsInt() + "]" : "OptionalInt.empty";
  }
}
