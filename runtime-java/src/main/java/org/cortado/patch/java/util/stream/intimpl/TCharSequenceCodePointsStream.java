package org.cortado.patch.java.util.stream.intimpl;

import java.util.function.IntPredicate;

/** count() counts code points; the classlib returned the number of chars. */
class TCharSequenceCodePointsStream {
  // The classlib's method (a declaration only: natives in patches are not merged).
  public native boolean next(IntPredicate consumer);

  public long count() {
    long[] n = {0};
    IntPredicate counter = cp -> {
      n[0]++;
      return true;
    };
    while (next(counter)) {
      // next() feeds code points to the counter until the stream is exhausted
    }
    return n[0];
  }
}
