package org.cortado.patch.java.util.stream.impl;

import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Stream.iterate applies its function only when the next element is needed, as in the JDK; the
 * classlib computed it before handing out the current one, so iterate(...).limit(n) called the
 * function n times instead of n - 1 (visible through side effects and exceptions).
 */
class TIterateStream {
  private Object value;
  private Predicate<Object> pr;
  private UnaryOperator<Object> f;
  private boolean started;
  private boolean finished;

  public boolean next(Predicate<Object> consumer) {
    while (!finished) {
      Object t;
      if (started) {
        t = f.apply(value);
      } else {
        t = value;
        started = true;
      }
      if (!pr.test(t)) {
        finished = true;
        return false;
      }
      value = t;
      if (!consumer.test(t)) {
        return true;
      }
    }
    return false;
  }
}
