package indy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Record toString/equals/hashCode for every component type. */
public class Records {
  record Point(int x, int y) {}

  record All(boolean z, char c, byte b, short s, int i, long l, float f, double d, String str,
      Object o, int[] arr, Point p) {}

  record Empty() {}

  record Floats(float f, double d) {}

  record Generic<T>(T value, List<T> list) {}

  record Custom(int a) {
    @Override
    public String toString() {
      return "custom " + a;
    }
  }

  interface Shape {
    double area();
  }

  record Square(double side) implements Shape {
    public double area() {
      return side * side;
    }
  }

  /** Its equals and hashCode print, to show the order the record methods call them in. */
  static final class Noisy {
    final String n;

    Noisy(String n) {
      this.n = n;
    }

    @Override
    public boolean equals(Object o) {
      System.out.println("equals " + n);
      return o instanceof Noisy && ((Noisy) o).n.equals(n);
    }

    @Override
    public int hashCode() {
      System.out.println("hashCode " + n);
      return n.hashCode();
    }

    @Override
    public String toString() {
      System.out.println("toString " + n);
      return n;
    }
  }

  record Three(Noisy a, Noisy b, Noisy c) {}

  static void show(Object a, Object b) {
    System.out.println(a + " | " + a.hashCode() + " | " + a.equals(b) + " " + a.equals(a) + " "
        + a.equals(null) + " " + a.equals("x"));
  }

  public static void main(String[] args) {
    record Local(String name, long id) {}

    show(new Point(1, 2), new Point(1, 2));
    show(new Point(1, 2), new Point(2, 1));
    All all = new All(true, 'c', (byte) -1, (short) 300, -7, Long.MIN_VALUE, 1.5f, -2.25, "s",
        List.of(1, 2), null, new Point(3, 4));
    All same = new All(true, 'c', (byte) -1, (short) 300, -7, Long.MIN_VALUE, 1.5f, -2.25, "s",
        List.of(1, 2), null, new Point(3, 4));
    show(all, same);
    All nulls = new All(false, '\0', (byte) 0, (short) 0, 0, 0, 0f, 0.0, null, null, null, null);
    show(nulls, new All(false, '\0', (byte) 0, (short) 0, 0, 0, 0f, 0.0, null, null, null, null));
    int[] array = {1, 2};
    All withArray = new All(true, 'c', (byte) 1, (short) 2, 3, 4, 5, 6, "s", null, array, null);
    System.out.println(withArray.equals(new All(true, 'c', (byte) 1, (short) 2, 3, 4, 5, 6, "s",
        null, array, null)) + " " + withArray.equals(new All(true, 'c', (byte) 1, (short) 2, 3, 4, 5,
        6, "s", null, new int[] {1, 2}, null)));
    show(new Empty(), new Empty());
    show(new Floats(Float.NaN, Double.NaN), new Floats(Float.NaN, Double.NaN));
    show(new Floats(0.0f, 0.0), new Floats(-0.0f, 0.0));
    show(new Floats(0.0f, 0.0), new Floats(0.0f, -0.0));
    show(new Floats(-0.0f, -0.0), new Floats(-0.0f, -0.0));
    show(new Generic<>("v", List.of("a")), new Generic<>("v", List.of("a")));
    show(new Custom(5), new Custom(5));
    show(new Square(1.5), new Square(1.5));
    show(new Local("loc", 1L << 33), new Local("loc", 1L << 33));
    System.out.println(new Square(3).area());

    Three t1 = new Three(new Noisy("a"), new Noisy("b"), new Noisy("c"));
    Three t2 = new Three(new Noisy("a"), new Noisy("b"), new Noisy("c"));
    Three t3 = new Three(new Noisy("a"), new Noisy("x"), new Noisy("c"));
    System.out.println(t1.equals(t2));
    System.out.println(t1.equals(t3));
    System.out.println(t1.hashCode());
    System.out.println(t1);

    Set<Point> points = new HashSet<>();
    for (int i = 0; i < 20; i++) {
      points.add(new Point(i * 7919 % 13, i * 31 % 17));
    }
    System.out.println(points);
    List<Object> keys = new ArrayList<>(Arrays.asList(new Point(1, 1), new Empty(), new Floats(1, 2)));
    System.out.println(new HashSet<>(keys).contains(new Floats(1, 2)));
  }
}
