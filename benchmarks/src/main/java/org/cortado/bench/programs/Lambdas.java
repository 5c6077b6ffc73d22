package org.cortado.bench.programs;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntBinaryOperator;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;
import java.util.stream.IntStream;

/**
 * Lambdas without collectors: composed functional interfaces, IntStream pipelines and
 * List.forEach / Stream.map / reduce over boxed values.
 */
public final class Lambdas {
  private static final int N = 400_000;
  private static final int REPEAT = 64;

  public static void main(String[] args) {
    Workload.measure(Lambdas::run);
  }

  static long run() {
    long checksum = 0;
    IntUnaryOperator f = x -> x * 3 + 1;
    IntUnaryOperator g = f.andThen(x -> x ^ (x >>> 3)).andThen(x -> x & 0xFFFF);
    IntBinaryOperator combine = (a, b) -> a * 31 + b;
    IntPredicate even = x -> (x & 1) == 0;
    Function<Integer, Long> widen = x -> (long) x * 3;
    List<Integer> boxed = new ArrayList<>();
    for (int i = 0; i < N / 8; i++) {
      boxed.add(i * 7 % 1013);
    }
    for (int r = 0; r < REPEAT; r++) {
      final int shift = r;
      long s = IntStream.range(0, N).map(g).filter(even.negate()).mapToLong(x -> x + shift).sum();
      int folded = IntStream.range(0, N).map(x -> x % 1000).reduce(7, combine);
      long[] acc = new long[1];
      boxed.forEach(x -> acc[0] += x + shift);
      long mapped = boxed.stream().map(widen).filter(x -> x % 2 == 1).reduce(0L, Long::sum);
      checksum = checksum * 31 + s + folded + acc[0] + mapped;
    }
    return checksum;
  }
}
