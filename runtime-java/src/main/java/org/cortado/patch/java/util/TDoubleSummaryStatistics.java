package org.cortado.patch.java.util;

import java.util.DoubleSummaryStatistics;

/** Patches java.util.DoubleSummaryStatistics: the JDK's toString format. */
public class TDoubleSummaryStatistics {
  @Override public String toString() {
    DoubleSummaryStatistics s = (DoubleSummaryStatistics) (Object) this;
    return String.format("%s{count=%d, sum=%f, min=%f, average=%f, max=%f}", getClass().getSimpleName(), s.getCount(), s.getSum(), s.getMin(),
        s.getAverage(), s.getMax());
  }
}
