package org.cortado.patch.java.lang;

/**
 * Patches java.lang.Thread for a single-threaded program: sleeping blocks the one thread, like
 * the JVM's main thread would (Thread.start stays unsupported and is reported at compile time).
 */
public final class TThread {
  public static void sleep(long millis) throws InterruptedException {
    if (millis < 0) {
      throw new IllegalArgumentException("timeout value is negative");
    }
    long end = System.nanoTime() + millis * 1_000_000L;
    while (System.nanoTime() < end) {
      // Busy wait: there is no other thread to yield to.
    }
  }

  public static void sleep(long millis, int nanos) throws InterruptedException {
    if (nanos < 0 || nanos > 999999) {
      throw new IllegalArgumentException("nanosecond timeout value out of range");
    }
    sleep(millis + (nanos >= 500000 ? 1 : 0));
  }

  public static void onSpinWait() {
  }
}
