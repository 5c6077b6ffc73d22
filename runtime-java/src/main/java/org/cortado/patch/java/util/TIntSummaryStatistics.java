package org.cortado.patch.java.util;

import java.util.IntSummaryStatistics;

/** Patches java.util.IntSummaryStatistics: the JDK's toString format. */
public class TIntSummaryStatistics {
  @Override public String toString() {
    IntSummaryStatistics s = (IntSummaryStatistics) (Object) this;
    return String.format("%s{count=%d, sum=%d, min=%d, average=%f, max=%d}", getClass().getSimpleName(), s.getCount(), s.getSum(), s.getMin(),
        s.getAverage(), s.getMax());
  }
}
