package org.cortado.bench.programs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Sorting: Arrays.sort of int[] and long[], and List.sort of objects with a composed Comparator. */
public final class Sorting {
  private static final int N = 400_000;

  record Person(String name, int age, int score) {
  }

  public static void main(String[] args) {
    Workload.measure(Sorting::run);
  }

  static long run() {
    long seed = 7;
    int[] ints = new int[N];
    long[] longs = new long[N];
    for (int i = 0; i < N; i++) {
      seed = seed * 6364136223846793005L + 1442695040888963407L;
      ints[i] = (int) (seed >>> 32);
      longs[i] = seed ^ (seed >>> 17);
    }
    Arrays.sort(ints);
    Arrays.sort(longs);
    long checksum = 0;
    for (int i = 0; i < N; i += 1009) {
      checksum = checksum * 31 + ints[i] + longs[i];
    }
    List<Person> people = new ArrayList<>();
    for (int i = 0; i < N / 4; i++) {
      seed = seed * 6364136223846793005L + 1442695040888963407L;
      int v = (int) (seed >>> 40);
      people.add(new Person("p" + (v % 5000), v % 90, v % 1000));
    }
    people.sort(Comparator.comparingInt(Person::age).thenComparing(Person::name).thenComparingInt(Person::score));
    for (int i = 0; i < people.size(); i += 997) {
      Person p = people.get(i);
      checksum = checksum * 31 + p.age() * 1000L + p.score() + p.name().hashCode();
    }
    return checksum;
  }
}
