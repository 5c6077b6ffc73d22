import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

public class RecordFeatures {
    record Point(int x, int y) implements Comparable<Point> {
        static final Point ORIGIN = new Point(0, 0);

        Point {
            if (x < -1000 || y < -1000) throw new IllegalArgumentException("out of range: " + x + "," + y);
        }

        Point(int both) { this(both, both); }

        double dist(Point o) { return Math.sqrt((double) (x - o.x) * (x - o.x) + (double) (y - o.y) * (y - o.y)); }

        Point plus(Point o) { return new Point(x + o.x, y + o.y); }

        static Point of(String s) {
            String[] p = s.split(",");
            return new Point(Integer.parseInt(p[0].trim()), Integer.parseInt(p[1].trim()));
        }

        public int compareTo(Point o) { return x != o.x ? Integer.compare(x, o.x) : Integer.compare(y, o.y); }
    }

    record Range(int lo, int hi) {
        Range {
            if (lo > hi) { int t = lo; lo = hi; hi = t; }
        }
        int length() { return hi - lo; }
    }

    record Named<T>(String name, T value) {
        @Override public String toString() { return name + "=" + value; }
    }

    record Money(long cents, String currency) {
        Money add(Money o) {
            if (!currency.equals(o.currency)) throw new IllegalStateException("currency mismatch " + currency + "/" + o.currency);
            return new Money(cents + o.cents, currency);
        }
        @Override public boolean equals(Object o) {
            return o instanceof Money m && m.cents == cents && m.currency.equalsIgnoreCase(currency);
        }
        @Override public int hashCode() { return Objects.hash(cents, currency.toLowerCase()); }
    }

    record Empty() { }

    record Arrays2(int[] data, List<String> names) { }

    record AllTypes(byte b, short s, char c, int i, long l, float f, double d, boolean z, String str, Object o) { }

    public static void main(String[] args) {
        Point p = new Point(3, 4);
        System.out.println(p + " x=" + p.x() + " y=" + p.y() + " dist " + p.dist(Point.ORIGIN));
        System.out.println(new Point(7) + " " + Point.of(" 5, -2") + " " + p.plus(new Point(1, 1)));
        System.out.println("equals " + p.equals(new Point(3, 4)) + " " + p.equals(new Point(4, 3)) + " " + p.equals(null) + " " + p.equals("x"));
        System.out.println("hash equal " + (p.hashCode() == new Point(3, 4).hashCode()) + " hash " + p.hashCode());
        try {
            new Point(-2000, 0);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        TreeSet<Point> set = new TreeSet<>(List.of(new Point(2, 2), new Point(1, 5), new Point(2, 1), new Point(1, 5)));
        System.out.println("sorted " + set);
        System.out.println(new Range(9, 2) + " length " + new Range(9, 2).length() + " " + new Range(1, 4));
        Named<Integer> n = new Named<>("answer", 42);
        Named<List<String>> l = new Named<>("list", List.of("a", "b"));
        System.out.println(n + " " + l + " " + n.value().getClass().getSimpleName());
        Money a = new Money(150, "EUR");
        Money b = new Money(275, "eur");
        System.out.println(a.add(new Money(50, "EUR")) + " eq " + a.equals(new Money(150, "eur")) + " hash eq " + (a.hashCode() == new Money(150, "Eur").hashCode()));
        try {
            a.add(b);
        } catch (IllegalStateException e) {
            System.out.println(e.getMessage());
        }
        System.out.println(new Empty() + " " + new Empty().equals(new Empty()) + " " + new Empty().hashCode());
        int[] data = {1, 2};
        Arrays2 arr = new Arrays2(data, List.of("z"));
        System.out.println("array component equality: " + arr.equals(new Arrays2(data, List.of("z"))) + " " + arr.equals(new Arrays2(new int[] {1, 2}, List.of("z"))));
        AllTypes all = new AllTypes((byte) -1, (short) 300, 'q', -5, 1L << 40, 1.5f, -0.0, true, "s", null);
        System.out.println(all);
        System.out.println("all hash " + all.hashCode() + " self-eq " + all.equals(new AllTypes((byte) -1, (short) 300, 'q', -5, 1L << 40, 1.5f, -0.0, true, "s", null)));
        System.out.println("nan eq " + new AllTypes((byte) 0, (short) 0, 'a', 0, 0, Float.NaN, Double.NaN, false, null, null)
                .equals(new AllTypes((byte) 0, (short) 0, 'a', 0, 0, Float.NaN, Double.NaN, false, null, null)));
        System.out.println("zero eq " + new AllTypes((byte) 0, (short) 0, 'a', 0, 0, 0.0f, 0.0, false, null, null)
                .equals(new AllTypes((byte) 0, (short) 0, 'a', 0, 0, -0.0f, 0.0, false, null, null)));
        List<Object> things = new ArrayList<>(List.of(p, n, a, new Range(1, 2), "str"));
        for (Object o : things) {
            String d = o instanceof Point pt ? "point sum " + (pt.x() + pt.y()) : o instanceof Record r ? "record " + r.getClass().getSimpleName() : "other " + o;
            System.out.println(d);
        }
        System.out.println("isRecord " + Point.class.isRecord() + " " + String.class.isRecord() + " super " + Point.class.getSuperclass().getName());
    }
}
