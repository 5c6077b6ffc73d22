package org.cortado.patch.java.util;

import java.util.DoubleSummaryStatistics;

/**
 * Patches java.util.DoubleSummaryStatistics (behind Collectors.summingDouble/averagingDouble/
 * summarizingDouble too): the JDK's toString format and compensated (Kahan) summation.
 */
public class TDoubleSummaryStatistics {
  private long count;
  private double sum;
  private double min;
  private double max;
  private double sumCompensation;
  private double simpleSum;

  public void accept(double value) {
    ++count;
    simpleSum += value;
    sumWithCompensation(value);
    min = Math.min(min, value);
    max = Math.max(max, value);
  }

  public void combine(DoubleSummaryStatistics other) {
    TDoubleSummaryStatistics o = (TDoubleSummaryStatistics) (Object) other;
    count += o.count;
    simpleSum += o.simpleSum;
    sumWithCompensation(o.sum);
    sumWithCompensation(-o.sumCompensation);
    min = Math.min(min, o.min);
    max = Math.max(max, o.max);
  }

  private void sumWithCompensation(double value) {
    double tmp = value - sumCompensation;
    double velvel = sum + tmp;
    sumCompensation = (velvel - sum) - tmp;
    sum = velvel;
  }

  public final double getSum() {
    double tmp = sum - sumCompensation;
    return Double.isNaN(tmp) && Double.isInfinite(simpleSum) ? simpleSum : tmp;
  }

  public final double getAverage() {
    return count > 0 ? getSum() / count : 0.0d;
  }

  @Override public String toString() {
    DoubleSummaryStatistics s = (DoubleSummaryStatistics) (Object) this;
    return String.format("%s{count=%d, sum=%f, min=%f, average=%f, max=%f}", getClass().getSimpleName(), s.getCount(), s.getSum(), s.getMin(),
        s.getAverage(), s.getMax());
  }
}
