import java.util.*;

public class PerSubclassCounters {
    abstract static class Shape {
        private static final Map<String, Integer> CREATED = new TreeMap<>();
        private static int total;
        final int serial;
        Shape() {
            serial = ++total;
            CREATED.merge(getClass().getSimpleName(), 1, Integer::sum);
        }
        abstract double area();
        static String report() { return total + " " + CREATED; }
        public String toString() { return getClass().getSimpleName() + "#" + serial + String.format("[%.2f]", area()); }
    }
    static class Circle extends Shape { final double r; Circle(double r) { this.r = r; } double area() { return Math.PI * r * r; } }
    static class Square extends Shape { final double s; Square(double s) { this.s = s; } double area() { return s * s; } }
    static class Cube extends Square { Cube(double s) { super(s); } @Override double area() { return 6 * super.area(); } }

    public static void main(String[] args) {
        List<Shape> shapes = new ArrayList<>();
        for (int i = 1; i <= 9; i++) shapes.add(i % 3 == 0 ? new Circle(i / 3.0) : i % 3 == 1 ? new Square(i) : new Cube(i / 2.0));
        System.out.println(Shape.report());
        shapes.sort(Comparator.comparingDouble(Shape::area));
        System.out.println(shapes);
        double total = 0;
        for (Shape s : shapes) total += s.area();
        System.out.printf("total %.3f largest %s smallest %s%n", total, shapes.get(shapes.size() - 1), shapes.get(0));
        Map<Class<?>, List<Integer>> bySerial = new LinkedHashMap<>();
        for (Shape s : shapes) bySerial.computeIfAbsent(s.getClass(), k -> new ArrayList<>()).add(s.serial);
        bySerial.forEach((k, v) -> System.out.println(k.getSimpleName() + " " + v + " square-like " + Square.class.isAssignableFrom(k)));
    }
}
