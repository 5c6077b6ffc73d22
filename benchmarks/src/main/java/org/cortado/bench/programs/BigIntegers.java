package org.cortado.bench.programs;

import java.math.BigInteger;

/** BigInteger: factorials, Fibonacci by doubling, modPow and decimal conversion. */
public final class BigIntegers {
  public static void main(String[] args) {
    Workload.measure(BigIntegers::run);
  }

  static long run() {
    long checksum = 0;
    for (int r = 0; r < 10; r++) {
      checksum = checksum * 31 + round(r);
    }
    return checksum;
  }

  static long round(int r) {
    BigInteger fact = BigInteger.ONE;
    for (int i = 2; i <= 3000 + r * 50; i++) {
      fact = fact.multiply(BigInteger.valueOf(i));
    }
    String digits = fact.toString();
    long digitSum = 0;
    for (int i = 0; i < digits.length(); i++) {
      digitSum += digits.charAt(i) - '0';
    }
    BigInteger fib = fibonacci(60_000 + r * 1000);
    BigInteger modulus = BigInteger.ONE.shiftLeft(521).subtract(BigInteger.ONE);
    BigInteger acc = BigInteger.valueOf(3);
    for (int i = 0; i < 40; i++) {
      acc = acc.modPow(BigInteger.valueOf(65537 + i + r), modulus);
    }
    return digitSum * 1_000_003L + digits.length() + fib.bitLength() * 31L + fib.mod(BigInteger.valueOf(1_000_000_007)).longValue()
        + acc.mod(BigInteger.valueOf(998_244_353)).longValue() * 7;
  }

  /** F(n) by the doubling identities F(2k) = F(k)(2F(k+1) - F(k)), F(2k+1) = F(k)^2 + F(k+1)^2. */
  static BigInteger fibonacci(int n) {
    BigInteger a = BigInteger.ZERO;
    BigInteger b = BigInteger.ONE;
    for (int bit = 31 - Integer.numberOfLeadingZeros(n); bit >= 0; bit--) {
      BigInteger c = a.multiply(b.shiftLeft(1).subtract(a));
      BigInteger d = a.multiply(a).add(b.multiply(b));
      if ((n >> bit & 1) == 0) {
        a = c;
        b = d;
      } else {
        a = d;
        b = c.add(d);
      }
    }
    return a;
  }
}
