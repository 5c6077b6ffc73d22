package indy;

import java.util.Arrays;
import java.util.List;

/** Java 21 pattern switches (SwitchBootstraps.typeSwitch), with guards, enums and null. */
public class Switches {
  sealed interface Shape permits Circle, Square, Rect, Kind {}

  record Circle(double r) implements Shape {}

  record Square(int side) implements Shape {}

  record Rect(int w, int h) implements Shape {}

  enum Kind implements Shape { TRIANGLE, LINE }

  enum Color {
    RED, GREEN,
    BLUE {
      @Override
      public String toString() {
        return "blue (with a body)";
      }
    }
  }

  static String describe(Object o) {
    return switch (o) {
      case null -> "null";
      case Integer i when i > 100 -> "big int " + i;
      case Integer i -> "int " + i;
      case Long l -> "long " + l;
      case String s when s.isEmpty() -> "empty string";
      case String s -> "string " + s;
      case int[] a -> "int array " + a.length;
      case Circle(double r) when r > 10 -> "huge circle";
      case Circle c -> "circle " + c.r();
      case Color c -> "color " + c;
      default -> "other " + o.getClass().getSimpleName();
    };
  }

  static String shape(Shape s) {
    return switch (s) {
      case Circle c -> "circle";
      case Square q when q.side() == 0 -> "dot";
      case Square q -> "square " + q.side();
      case Rect(int w, int h) -> "rect " + w + "x" + h;
      case Kind.TRIANGLE -> "triangle";
      case Kind k -> "kind " + k;
    };
  }

  static String color(Color c) {
    return switch (c) {
      case RED -> "red";
      case Color x when x.ordinal() == 1 -> "green by guard";
      case BLUE -> "blue";
      case Color x -> "other " + x;
    };
  }

  static String boxed(Integer i) {
    return switch (i) {
      case 1 -> "one";
      case 2 -> "two";
      case Integer j when j > 10 -> "big " + j;
      case Integer j -> "j " + j;
    };
  }

  static String chars(Character ch) {
    return switch (ch) {
      case 'a' -> "letter a";
      case Character c when Character.isDigit(c) -> "digit " + c;
      case Character c -> "char " + c;
    };
  }

  static String strings(String s) {
    return switch (s) {
      case "a" -> "A";
      case "b" -> "B";
      case String t when t.length() > 3 -> "long " + t;
      case String t -> "short " + t;
    };
  }

  static String objectWithEnum(Object o) {
    return switch (o) {
      case null -> "null!";
      case Color.RED -> "qualified red";
      case Kind.LINE -> "qualified line";
      case Color c -> "some color " + c.name();
      default -> "not special";
    };
  }

  public static void main(String[] args) {
    List<Object> values = Arrays.asList(null, 5, 500, 7L, "", "hi", new int[3], new Circle(11),
        new Circle(2), Color.BLUE, 1.5, Kind.LINE);
    for (Object v : values) {
      System.out.println(describe(v) + " / " + objectWithEnum(v));
    }
    for (Shape s : List.of(new Circle(1), new Square(0), new Square(4), new Rect(2, 3),
        Kind.TRIANGLE, Kind.LINE)) {
      System.out.println(shape(s));
    }
    for (Color c : Color.values()) {
      System.out.println(color(c) + " / " + objectWithEnum(c));
    }
    for (int i : new int[] {1, 2, 3, 42}) {
      System.out.println(boxed(i));
    }
    for (char c : "a7z".toCharArray()) {
      System.out.println(chars(c));
    }
    for (String s : List.of("a", "b", "c", "long one")) {
      System.out.println(strings(s));
    }
    try {
      shape(null);
    } catch (NullPointerException e) {
      System.out.println("NPE for null selector");
    }
  }
}
