package org.cortado.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Compares {@link Numbers} with the JVM's Integer/Long parsing and formatting, messages included. */
class NumbersTest {
  private static String outcome(Supplier<Object> s) {
    try {
      return String.valueOf(s.get());
    } catch (RuntimeException e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
  }

  /** Strings near the edges: signs, digits of several radixes, junk, long runs. */
  private static String generate(SplittableRandom r) {
    String alphabet = "0123456789abcdefzZ+- x\u0661";
    StringBuilder sb = new StringBuilder();
    int n = r.nextInt(24);
    for (int i = 0; i < n; i++) {
      sb.append(i > 0 && r.nextInt(4) > 0 ? alphabet.charAt(r.nextInt(10)) : alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  @Test
  void parsingMatchesTheJdk() {
    SplittableRandom r = new SplittableRandom(3);
    int[] radixes = {10, 16, 2, 36, 8, 1, 37};
    for (int i = 0; i < 100_000; i++) {
      String s = generate(r);
      int radix = radixes[r.nextInt(radixes.length)];
      assertEquals(outcome(() -> Integer.parseInt(s, radix)), outcome(() -> (int) Numbers.parse(s, radix, Integer.MIN_VALUE)), s);
      assertEquals(outcome(() -> Long.parseLong(s, radix)), outcome(() -> Numbers.parse(s, radix, Long.MIN_VALUE)), s);
      assertEquals(outcome(() -> Long.parseUnsignedLong(s, radix)), outcome(() -> Numbers.parseUnsignedLong(s, radix)), s);
      int begin = s.isEmpty() ? 0 : r.nextInt(s.length());
      int end = begin + (s.length() == begin ? 0 : r.nextInt(s.length() - begin + 1));
      assertEquals(outcome(() -> Integer.parseInt(s, begin, end, radix)),
          outcome(() -> (int) Numbers.parse(s, begin, end, radix, Integer.MIN_VALUE)), s + " " + begin + " " + end);
      assertEquals(outcome(() -> Long.parseUnsignedLong(s, begin, end, radix)),
          outcome(() -> Numbers.parseUnsignedLong(s, begin, end, radix)), s + " " + begin + " " + end);
      String d = (r.nextBoolean() ? "-" : "") + (r.nextBoolean() ? "0x" : r.nextBoolean() ? "#" : "0") + s;
      assertEquals(outcome(() -> Integer.decode(d)), outcome(() -> (int) Numbers.decode(d, Integer.MIN_VALUE)), d);
      assertEquals(outcome(() -> Long.decode(d)), outcome(() -> Numbers.decode(d, Long.MIN_VALUE)), d);
    }
  }

  @Test
  void formattingMatchesTheJdk() {
    SplittableRandom r = new SplittableRandom(4);
    for (int i = 0; i < 100_000; i++) {
      long v = i % 2 == 0 ? r.nextLong() : r.nextLong() >> r.nextInt(64);
      int radix = r.nextInt(-2, 40);
      assertEquals(Long.toString(v, radix), Numbers.toString(v, radix));
      assertEquals(Long.toUnsignedString(v, radix), Numbers.toUnsignedString(v, radix));
      assertEquals(Integer.toString((int) v, radix), Numbers.toString((int) v, radix));
    }
    assertEquals(Long.toString(Long.MIN_VALUE, 2), Numbers.toString(Long.MIN_VALUE, 2));
  }
}
