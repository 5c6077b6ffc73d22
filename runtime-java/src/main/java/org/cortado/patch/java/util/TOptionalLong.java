package org.cortado.patch.java.util;

import java.util.OptionalLong;

/** Patches java.util.OptionalLong: the JDK's toString format. */
public final class TOptionalLong {
  @Override public String toString() {
    OptionalLong self = (OptionalLong) (Object) this;
    return self.isPresent() ? "OptionalLong[" + self.getAsLong() + "]" : "OptionalLong.empty";
  }
}
