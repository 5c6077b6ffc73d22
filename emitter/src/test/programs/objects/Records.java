public class Records {
    record Point(int x, int y) {
        Point {
            if (x < 0) throw new IllegalArgumentException("negative x");
        }
        Point(int both) { this(both, both); }
        int sum() { return x + y; }
        static Point origin() { return new Point(0, 0); }
    }

    record Named(String name, long id, boolean flag, char c, double d) {}

    record Custom(String s) {
        @Override public String toString() { return "Custom<" + s + ">"; }
        @Override public String s() { return s.toUpperCase(); }
    }

    interface Shape { int area(); }
    record Rect(int w, int h) implements Shape {
        public int area() { return w * h; }
    }

    record Holder(Object o, int[] arr) {}

    public static void main(String[] args) {
        Point p = new Point(3, 4);
        System.out.println("p=" + p);
        System.out.println("p.x=" + p.x() + " p.y=" + p.y() + " sum=" + p.sum());
        Point q = new Point(3, 4);
        System.out.println("equals=" + p.equals(q) + " ==" + (p == q));
        System.out.println("hash equal=" + (p.hashCode() == q.hashCode()));
        System.out.println("not equal other=" + p.equals(new Point(4, 3)));
        System.out.println("equals null=" + p.equals(null) + " equals string=" + p.equals("Point[x=3, y=4]"));
        System.out.println("single-arg ctor=" + new Point(7));
        System.out.println("origin=" + Point.origin());
        try {
            new Point(-1, 0);
        } catch (IllegalArgumentException e) {
            System.out.println("compact ctor threw: " + e.getMessage());
        }
        Named n = new Named("abc", 123456789012L, true, 'z', 2.5);
        System.out.println("named=" + n);
        Named n2 = new Named("abc", 123456789012L, true, 'z', 2.5);
        System.out.println("named equals=" + n.equals(n2) + " hash equal=" + (n.hashCode() == n2.hashCode()));
        Named n3 = new Named(null, 0, false, '\u0041', -0.0);
        System.out.println("named with null=" + n3);
        System.out.println("named null equals=" + n3.equals(new Named(null, 0, false, 'A', -0.0)));
        System.out.println("named -0.0 vs 0.0 equals=" + n3.equals(new Named(null, 0, false, 'A', 0.0)));
        Custom c = new Custom("hey");
        System.out.println("custom=" + c + " accessor=" + c.s());
        System.out.println("custom equals=" + c.equals(new Custom("hey")));
        Shape s = new Rect(5, 6);
        System.out.println("rect=" + s + " area=" + s.area());
        System.out.println("record class name=" + s.getClass().getName());
        Object o = p;
        if (o instanceof Point pp) System.out.println("pattern x=" + pp.x());
        int[] arr = { 1, 2 };
        Holder h1 = new Holder("x", arr), h2 = new Holder("x", arr), h3 = new Holder("x", new int[] { 1, 2 });
        System.out.println("holder same array equals=" + h1.equals(h2) + " different array equals=" + h1.equals(h3));
        Point[] pts = { new Point(1, 1), new Point(2, 2), new Point(1, 1) };
        int dup = 0;
        for (int i = 0; i < pts.length; i++) for (int j = i + 1; j < pts.length; j++) if (pts[i].equals(pts[j])) dup++;
        System.out.println("duplicates=" + dup);
    }
}
