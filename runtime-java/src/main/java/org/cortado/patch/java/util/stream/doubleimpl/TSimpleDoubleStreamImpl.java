package org.cortado.patch.java.util.stream.doubleimpl;

import java.util.OptionalDouble;
import java.util.function.DoublePredicate;

/**
 * DoubleStream.sum and average use compensated (Kahan) summation, as in the JDK (the classlib
 * added plainly: 0.1 + 0.2 + 0.3 gave 0.6000000000000001 instead of 0.6).
 */
abstract class TSimpleDoubleStreamImpl {
  // The classlib's method (a declaration only: natives in patches are not merged).
  public native boolean next(DoublePredicate consumer);

  /** [compensated sum, compensation, count, simple sum], updated the JDK's way. */
  private double[] summation() {
    double[] acc = new double[4];
    DoublePredicate add = d -> {
      double tmp = d - acc[1];
      double velvel = acc[0] + tmp;
      acc[1] = (velvel - acc[0]) - tmp;
      acc[0] = velvel;
      acc[2]++;
      acc[3] += d;
      return true;
    };
    while (next(add)) {
      // next() feeds the elements to the accumulator until the stream is exhausted
    }
    return acc;
  }

  private static double finalSum(double[] acc) {
    double tmp = acc[0] - acc[1];
    return Double.isNaN(tmp) && Double.isInfinite(acc[3]) ? acc[3] : tmp;
  }

  public double sum() {
    return finalSum(summation());
  }

  public OptionalDouble average() {
    double[] acc = summation();
    return acc[2] > 0 ? OptionalDouble.of(finalSum(acc) / acc[2]) : OptionalDouble.empty();
  }
}
