import java.util.*;

public class EqualsAcrossHierarchy {
    static class Point {
        final int x, y;
        Point(int x, int y) { this.x = x; this.y = y; }
        @Override public boolean equals(Object o) { return o != null && o.getClass() == getClass() && ((Point) o).x == x && ((Point) o).y == y; }
        @Override public int hashCode() { return 31 * x + y; }
        @Override public String toString() { return getClass().getSimpleName() + "(" + x + "," + y + ")"; }
    }
    static class ColorPoint extends Point {
        final String color;
        ColorPoint(int x, int y, String c) { super(x, y); color = c; }
        @Override public boolean equals(Object o) { return super.equals(o) && ((ColorPoint) o).color.equals(color); }
        @Override public int hashCode() { return super.hashCode() * 17 + color.hashCode(); }
    }
    static class LoosePoint {
        final int x;
        LoosePoint(int x) { this.x = x; }
        @Override public boolean equals(Object o) { return o instanceof LoosePoint lp && lp.x == x; }
        @Override public int hashCode() { return x; }
    }
    static class LooseSub extends LoosePoint { LooseSub(int x) { super(x); } }

    public static void main(String[] args) {
        Point p = new Point(1, 2);
        ColorPoint red = new ColorPoint(1, 2, "red"), blue = new ColorPoint(1, 2, "blue");
        System.out.println("p=red " + p.equals(red) + " red=p " + red.equals(p) + " red=red' " + red.equals(new ColorPoint(1, 2, "red")) + " red=blue " + red.equals(blue));
        System.out.println("loose symmetric " + new LoosePoint(3).equals(new LooseSub(3)) + " " + new LooseSub(3).equals(new LoosePoint(3)));
        Set<Point> set = new TreeSet<>(Comparator.comparingInt((Point q) -> q.x).thenComparingInt(q -> q.y).thenComparing(Object::toString));
        set.addAll(List.of(p, red, blue, new Point(1, 2), new Point(0, 5)));
        System.out.println("tree set " + set);
        Map<Object, String> hm = new HashMap<>();
        hm.put(p, "p");
        hm.put(red, "red");
        hm.put(new LoosePoint(3), "loose");
        hm.put(new LooseSub(3), "loose sub");
        System.out.println("lookups " + hm.get(new Point(1, 2)) + " " + hm.get(new ColorPoint(1, 2, "red")) + " " + hm.get(new LoosePoint(3)) + " size " + hm.size());
        List<Object> list = new ArrayList<>(List.of(p, red, new LoosePoint(3)));
        System.out.println("indexOf " + list.indexOf(new ColorPoint(1, 2, "red")) + " contains " + list.contains(new LooseSub(3)) + " remove " + list.remove(new Point(1, 2)) + " " + list);
    }
}
