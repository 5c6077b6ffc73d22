package org.cortado.patch.java.util;

import java.util.Optional;

/** Patches java.util.Optional: the JDK's toString format. */
public final class TOptional {
  @Override public String toString() {
    Optional<?> self = (Optional<?>) (Object) this;
    return self.isPresent() ? "Optional[" + self.get() + "]" : "Optional.empty";
  }
}
