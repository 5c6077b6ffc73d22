package org.cortado.bench.programs;

/** Exceptions: throw and catch in a loop, a few frames deep, with and without finally. */
public final class Exceptions {
  private static final int N = 200_000;

  static final class ValidationException extends Exception {
    final int code;

    ValidationException(String message, int code) {
      super(message);
      this.code = code;
    }
  }

  public static void main(String[] args) {
    Workload.measure(Exceptions::run);
  }

  static int validate(int x) throws ValidationException {
    if (x % 3 == 0) {
      throw new ValidationException("bad", x % 17);
    }
    return x * 2;
  }

  static int middle(int x) throws ValidationException {
    return validate(x) + validate(x + 1);
  }

  static int outer(int x, int[] finallyCount) throws ValidationException {
    try {
      return middle(x) + 1;
    } finally {
      finallyCount[0]++;
    }
  }

  static long run() {
    long sum = 0;
    int caught = 0;
    int[] finallyCount = new int[1];
    int[] small = new int[8];
    for (int i = 0; i < N; i++) {
      try {
        sum += outer(i, finallyCount);
      } catch (ValidationException e) {
        caught++;
        sum += e.code + e.getMessage().length();
      }
      try {
        small[i % 10] = i;
      } catch (ArrayIndexOutOfBoundsException e) {
        sum -= 3;
      }
      try {
        Object o = (i & 7) == 0 ? "s" : Integer.valueOf(i);
        sum += ((Integer) o) & 0xF;
      } catch (ClassCastException e) {
        sum += 5;
      }
    }
    return sum * 31 + caught * 7L + finallyCount[0];
  }
}
