package org.cortado.patch.java.math;

import java.math.BigInteger;

/**
 * Patches java.math.BigInteger: doubleValue is correctly rounded (to nearest, ties to even) as in
 * the JDK; the classlib's conversion could be one ulp off (123456789012345678901234567890).
 */
public class TBigInteger {
  public double doubleValue() {
    BigInteger self = (BigInteger) (Object) this;
    int sign = self.signum();
    if (sign == 0) {
      return 0.0;
    }
    BigInteger abs = self.abs();
    int bits = abs.bitLength();
    if (bits <= 63) {
      return sign * (double) abs.longValue(); // long to double rounds correctly
    }
    if (bits > 1025) {
      return sign * Double.POSITIVE_INFINITY;
    }
    // Keep 54 bits: the 53 of the significand and the rounding bit; the rest only matters as "sticky".
    int shift = bits - 54;
    long top = abs.shiftRight(shift).longValue();
    boolean sticky = abs.getLowestSetBit() < shift;
    long significand = top >> 1;
    if ((top & 1) != 0 && (sticky || (significand & 1) != 0)) {
      significand++;
    }
    return sign * Math.scalb((double) significand, shift + 1);
  }
}
