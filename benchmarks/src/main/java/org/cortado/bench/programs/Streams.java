package org.cortado.bench.programs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntBinaryOperator;
import java.util.function.IntUnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Lambdas and streams: IntStream pipelines, Stream map/filter/collect, groupingBy, composed lambdas. */
public final class Streams {
  private static final int N = 300_000;
  private static final int REPEAT = 24;

  record Item(int id, int group, long weight) {
  }

  public static void main(String[] args) {
    Workload.measure(Streams::run);
  }

  static long run() {
    long checksum = 0;
    IntUnaryOperator f = x -> x * 3 + 1;
    IntUnaryOperator g = f.andThen(x -> x ^ (x >>> 3)).andThen(x -> x & 0xFFFF);
    IntBinaryOperator combine = (a, b) -> a * 31 + b;
    for (int r = 0; r < REPEAT; r++) {
      final int shift = r;
      long s = IntStream.range(0, N).map(g).filter(x -> (x & 1) == 0).mapToLong(x -> x + shift).sum();
      int folded = IntStream.range(0, N).map(x -> x % 1000).reduce(7, combine);
      List<Item> items = new ArrayList<>();
      for (int i = 0; i < N / 4; i++) {
        items.add(new Item(i, (i * 7 + shift) % 13, (long) i * i % 1009));
      }
      Map<Integer, Long> byGroup = items.stream()
          .filter(it -> it.weight() > 100)
          .collect(Collectors.groupingBy(Item::group, Collectors.summingLong(Item::weight)));
      long grouped = 0;
      for (int k = 0; k < 13; k++) {
        grouped = grouped * 31 + byGroup.getOrDefault(k, 0L);
      }
      List<Integer> ids = items.stream().map(Item::id).filter(id -> id % 5 == 1).sorted((a, b) -> b - a)
          .limit(1000).collect(Collectors.toList());
      checksum = checksum * 31 + s + folded + grouped + ids.get(0) + ids.size();
    }
    return checksum;
  }
}
