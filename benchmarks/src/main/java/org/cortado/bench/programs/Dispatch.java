package org.cortado.bench.programs;

/** Interface and virtual dispatch: a megamorphic call site over four shape classes. */
public final class Dispatch {
  private static final int SHAPES = 4096;
  private static final int REPEAT = 4000;

  interface Shape {
    long area();

    Shape scaled(int k);
  }

  abstract static class Base implements Shape {
    abstract int sides();

    public Shape scaled(int k) {
      return this;
    }
  }

  static final class Square extends Base {
    final int side;

    Square(int side) {
      this.side = side;
    }

    public long area() {
      return (long) side * side;
    }

    int sides() {
      return 4;
    }
  }

  static final class Rect extends Base {
    final int w, h;

    Rect(int w, int h) {
      this.w = w;
      this.h = h;
    }

    public long area() {
      return (long) w * h;
    }

    int sides() {
      return 4;
    }
  }

  static final class Triangle extends Base {
    final int b, h;

    Triangle(int b, int h) {
      this.b = b;
      this.h = h;
    }

    public long area() {
      return (long) b * h / 2;
    }

    int sides() {
      return 3;
    }
  }

  static final class Circle implements Shape {
    final int r;

    Circle(int r) {
      this.r = r;
    }

    public long area() {
      return 355L * r * r / 113;
    }

    public Shape scaled(int k) {
      return k == 1 ? this : new Circle(r * k);
    }
  }

  public static void main(String[] args) {
    Workload.measure(Dispatch::run);
  }

  static long run() {
    Shape[] shapes = new Shape[SHAPES];
    for (int i = 0; i < SHAPES; i++) {
      int v = i % 97 + 1;
      switch (i % 4) {
        case 0 -> shapes[i] = new Square(v);
        case 1 -> shapes[i] = new Rect(v, v + 3);
        case 2 -> shapes[i] = new Triangle(v, v * 2 + 1);
        default -> shapes[i] = new Circle(v);
      }
    }
    long total = 0;
    int sides = 0;
    for (int r = 0; r < REPEAT; r++) {
      for (int i = 0; i < SHAPES; i++) {
        Shape s = shapes[i].scaled(1);
        total += s.area();
        if (s instanceof Base b) {
          sides += b.sides();
        }
      }
    }
    return total * 31 + sides;
  }
}
