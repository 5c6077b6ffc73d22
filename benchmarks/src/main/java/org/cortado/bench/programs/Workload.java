package org.cortado.bench.programs;

import java.util.function.LongSupplier;

/**
 * What every benchmark's main does: runs its workload once to warm up, then once timed, and prints
 * the checksum (which must equal HotSpot's) and the time, in the lines the runner parses.
 */
final class Workload {
  private Workload() {
  }

  static void measure(LongSupplier run) {
    long warm = run.getAsLong();
    long t0 = System.nanoTime();
    long checksum = run.getAsLong();
    long t1 = System.nanoTime();
    if (checksum != warm) {
      throw new IllegalStateException("nondeterministic: " + warm + " vs " + checksum);
    }
    System.out.println("checksum " + checksum);
    System.out.println("time_us " + (t1 - t0) / 1000);
  }
}
