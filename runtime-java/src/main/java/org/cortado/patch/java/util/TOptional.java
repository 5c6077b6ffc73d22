package org.cortado.patch.java.util;

import java.util.Optional;

import java.util.NoSuchElementException;

/** Patches java.util.Optional: the JDK's toString format and "No value present" messages. */
public final class TOptional {
  private Object value;

  public Object get() {
    if (value == null) {
      throw new NoSuchElementException("No value present");
    }
    return value;
  }

  public Object orElseThrow() {
    return get();
  }

  @Override public String toString() {
    Optional<?> self = (Optional<?>) (Object) this;
    return self.isPresent() ? "Optional[" + self.get() + "]" : "Optional.empty";
  }
}
