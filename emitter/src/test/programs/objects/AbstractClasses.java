public class AbstractClasses {
    static abstract class Shape {
        private final String name;
        protected Shape(String name) { this.name = name; }
        abstract int area();
        abstract int perimeter();
        String name() { return name; }
        String report() { return name() + " area=" + area() + " perimeter=" + perimeter() + " big=" + isBig(); }
        boolean isBig() { return area() > 50; }
    }
    static class Rect extends Shape {
        final int w, h;
        Rect(int w, int h) { super("Rect"); this.w = w; this.h = h; }
        Rect(String n, int w, int h) { super(n); this.w = w; this.h = h; }
        int area() { return w * h; }
        int perimeter() { return 2 * (w + h); }
    }
    static class Sq extends Rect {
        Sq(int s) { super("Square", s, s); }
        @Override boolean isBig() { return area() > 20; }
    }
    static class Tri extends Shape {
        final int a, b, c, height;
        Tri(int a, int b, int c, int height) { super("Tri"); this.a = a; this.b = b; this.c = c; this.height = height; }
        int area() { return a * height / 2; }
        int perimeter() { return a + b + c; }
    }
    static abstract class Op {
        abstract int apply(int x, int y);
        int fold(int[] xs, int init) {
            int acc = init;
            for (int x : xs) acc = apply(acc, x);
            return acc;
        }
    }
    static class Add extends Op { int apply(int x, int y) { return x + y; } }
    static class Mul extends Op { int apply(int x, int y) { return x * y; } }
    static class Max extends Op { int apply(int x, int y) { return x > y ? x : y; } }
    static abstract class Partial extends Op {
        abstract String label();
    }
    static class Sub extends Partial {
        int apply(int x, int y) { return x - y; }
        String label() { return "sub"; }
    }

    public static void main(String[] args) {
        Shape[] shapes = { new Rect(3, 4), new Sq(5), new Tri(6, 5, 5, 4), new Rect(10, 10), new Sq(4) };
        int totalArea = 0;
        for (Shape s : shapes) {
            System.out.println(s.report());
            totalArea += s.area();
        }
        System.out.println("total area=" + totalArea);
        int[] xs = { 3, 1, 4, 1, 5, 9, 2, 6 };
        Op[] ops = { new Add(), new Mul(), new Max(), new Sub() };
        String[] names = { "add", "mul", "max", "sub" };
        for (int i = 0; i < ops.length; i++) {
            System.out.println(names[i] + " fold=" + ops[i].fold(xs, i == 1 ? 1 : 0));
        }
        Partial p = new Sub();
        System.out.println("partial label=" + p.label() + " apply=" + p.apply(10, 3));
        Op anon = new Op() {
            int apply(int x, int y) { return x * 10 + y; }
        };
        System.out.println("anon fold=" + anon.fold(new int[] { 1, 2, 3 }, 0));
    }
}
