package org.cortado.bench.programs;

/** Numeric kernel: the sieve of Eratosthenes on a boolean[], repeated. */
public final class Sieve {
  private static final int LIMIT = 4_000_000;
  private static final int REPEAT = 12;

  public static void main(String[] args) {
    Workload.measure(Sieve::run);
  }

  static long run() {
    long checksum = 0;
    for (int r = 0; r < REPEAT; r++) {
      int limit = LIMIT - r * 1000;
      boolean[] composite = new boolean[limit + 1];
      int count = 0;
      long sum = 0;
      for (int i = 2; i <= limit; i++) {
        if (!composite[i]) {
          count++;
          sum += i;
          for (long j = (long) i * i; j <= limit; j += i) {
            composite[(int) j] = true;
          }
        }
      }
      checksum = checksum * 31 + count * 1_000_003L + sum;
    }
    return checksum;
  }
}
