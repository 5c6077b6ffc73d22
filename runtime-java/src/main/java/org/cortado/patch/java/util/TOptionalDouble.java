package org.cortado.patch.java.util;

import java.util.OptionalDouble;

/** Patches java.util.OptionalDouble: the JDK's toString format. */
public final class TOptionalDouble {
  @Override public String toString() {
    OptionalDouble self = (OptionalDouble) (Object) this;
    return self.isPresent() ? "OptionalDouble[" + self.getAsDouble() + "]" : "OptionalDouble.empty";
  }
}
