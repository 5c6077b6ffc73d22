package org.cortado.patch.java.util;

import java.util.LongSummaryStatistics;

/** Patches java.util.LongSummaryStatistics: the JDK's toString format. */
public class TLongSummaryStatistics {
  @Override public String toString() {
    LongSummaryStatistics s = (LongSummaryStatistics) (Object) this;
    return String.format("%s{count=%d, sum=%d, min=%d, average=%f, max=%d}", getClass().getSimpleName(), s.getCount(), s.getSum(), s.getMin(),
        s.getAverage(), s.getMax());
  }
}
