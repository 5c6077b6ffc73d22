package indy;

import java.util.ArrayList;
import java.util.List;

/** String concatenation with every argument type, recipe constants and side effects. */
public class Concat {
  static class Loud {
    final String n;

    Loud(String n) {
      this.n = n;
    }

    @Override
    public String toString() {
      System.out.println("toString " + n);
      return n;
    }
  }

  static class NullToString {
    @Override
    public String toString() {
      return null;
    }
  }

  static int calls;

  static int next() {
    return ++calls;
  }

  static String three(int a, long b, String c) {
    return a + ":" + b + ":" + c;
  }

  public static void main(String[] args) {
    boolean z = true;
    char c = 'c';
    byte b = -8;
    short s = 1234;
    int i = -42;
    long l = Long.MIN_VALUE;
    float f = 1.25e-10f;
    double d = Double.NaN;
    String str = "s";
    String nul = null;
    Object obj = new Loud("obj");
    Object nobj = null;
    char[] chars = {'x', 'y'};
    Integer boxed = 77;
    Character boxedChar = 'B';
    CharSequence cs = new StringBuilder("sb");
    System.out.println("z=" + z + " c=" + c + " b=" + b + " s=" + s + " i=" + i + " l=" + l + " f=" + f
        + " d=" + d);
    System.out.println(str + nul + nobj + boxed + boxedChar + cs + obj);
    System.out.println(("" + chars).startsWith("[C@"));
    System.out.println("\u0001 marker \u0002 constant " + i + " \u0001\u0002" + c + "\u0002");
    System.out.println(i + l + "x" + i + l);
    System.out.println(c + c + "" + c + c);
    System.out.println(new Loud("a") + "-" + new Loud("b") + "-" + next() + "-" + new Loud("c") + next());
    System.out.println("null toString: " + new NullToString());
    System.out.println(1 + 2 + "3" + 4 + 5);
    String empty = "";
    System.out.println("[" + empty + empty + "]");
    String t = "t";
    t += i;
    t += c;
    t += null;
    t += 'x' + 1;
    System.out.println(t);
    System.out.println(("" + str) == str);
    System.out.println(("" + str).equals(str));
    System.out.println(Float.MAX_VALUE + " " + Double.MIN_VALUE + " " + -0.0 + " " + -0.0f + " " + 1e21
        + " " + 100.0f + " " + (float) Math.PI + " " + Math.E);
    final String k = "konst";
    System.out.println(k + 1 + 'x' + i);
    System.out.println(three(1, 2L, "x" + i + l + d + "y"));
    System.out.println("nested " + ("(" + i + ")") + (str + c));
    List<String> parts = new ArrayList<>();
    for (int n = 0; n < 3; n++) {
      parts.add(n + ":" + (char) ('a' + n) + ":" + (n * 1.5) + ":" + (n % 2 == 0));
    }
    System.out.println(parts);
    long v = 1234567890123L;
    String many = "" + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v;
    System.out.println(many.length() + " " + many.substring(0, 30));
    System.out.println((byte) 200 + "|" + (short) 70000 + "|" + Byte.MIN_VALUE + b + s);
  }
}
