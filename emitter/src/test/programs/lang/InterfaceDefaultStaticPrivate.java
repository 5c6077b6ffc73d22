import java.util.ArrayList;
import java.util.List;

public class InterfaceDefaultStaticPrivate {
    interface Shape {
        double area();

        default String describe() {
            return name() + " with area " + fmt(area()) + tag();
        }

        default String name() {
            return getClass().getSimpleName();
        }

        private String tag() {
            return area() > 10 ? " (large)" : " (small)";
        }

        static String fmt(double d) {
            return String.valueOf(Math.round(d * 100) / 100.0);
        }

        static Shape unit() {
            return () -> 1.0;
        }
    }

    interface Named {
        default String name() {
            return "named";
        }
    }

    record Square(double side) implements Shape {
        public double area() {
            return side * side;
        }
    }

    static class Circle implements Shape, Named {
        final double r;

        Circle(double r) {
            this.r = r;
        }

        public double area() {
            return 3.0 * r * r;
        }

        @Override
        public String name() {
            return "Circle/" + Shape.super.name() + "/" + Named.super.name();
        }
    }

    interface Counter {
        int next();

        default int skip(int n) {
            int last = 0;
            for (int i = 0; i < n; i++) {
                last = next();
            }
            return last;
        }

        private static int clamp(int v) {
            return Math.max(0, Math.min(100, v));
        }

        static Counter from(int start, int step) {
            int[] state = {start};
            return () -> clamp(state[0] += step);
        }
    }

    interface Greeter {
        String greet(String who);

        default Greeter twice() {
            return w -> greet(greet(w));
        }

        default Greeter andThen(Greeter other) {
            return w -> other.greet(greet(w));
        }
    }

    interface Base { default int v() { return 1; } }
    interface Left extends Base { default int v() { return 2 + Base.super.v(); } }
    interface Right extends Base { }
    static class Diamond implements Left, Right { }
    static class Overrider implements Left, Right { public int v() { return 10 * Left.super.v(); } }

    public static void main(String[] args) {
        List<Shape> shapes = new ArrayList<>();
        shapes.add(new Square(2));
        shapes.add(new Square(4.5));
        shapes.add(new Circle(1));
        shapes.add(new Circle(3));
        shapes.add(Shape.unit());
        for (Shape s : shapes) {
            String d = s.describe();
            if (!(s instanceof Square) && !(s instanceof Circle)) {
                d = d.replace(s.name(), "lambda");
            }
            System.out.println(d);
        }
        Counter c = Counter.from(5, 7);
        System.out.println("next " + c.next() + " " + c.next() + " skip(5) " + c.skip(5) + " skip(20) " + c.skip(20));
        Counter down = Counter.from(50, -9);
        for (int i = 0; i < 8; i++) {
            System.out.print(down.next() + " ");
        }
        System.out.println();
        Greeter hello = w -> "hello " + w;
        Greeter shout = w -> w.toUpperCase() + "!";
        System.out.println(hello.greet("a"));
        System.out.println(hello.twice().greet("b"));
        System.out.println(hello.andThen(shout).greet("c"));
        System.out.println(shout.andThen(hello).twice().greet("d"));
        System.out.println("diamond " + new Diamond().v() + " override " + new Overrider().v());
        Base b = new Diamond();
        Right r = new Overrider();
        System.out.println("via Base " + b.v() + " via Right " + r.v());
        System.out.println("fmt " + Shape.fmt(2.0 / 3) + " " + Shape.fmt(-1.005));
    }
}
