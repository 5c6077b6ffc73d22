public class SwitchExpressions {
    sealed interface Shape permits Circle, Square, Rect {}
    record Circle(double r) implements Shape {}
    record Square(int side) implements Shape {}
    record Rect(int w, int h) implements Shape {}

    static int daysIn(int month) {
        return switch (month) {
            case 4, 6, 9, 11 -> 30;
            case 2 -> 28;
            case 1, 3, 5, 7, 8, 10, 12 -> 31;
            default -> throw new IllegalArgumentException("bad month " + month);
        };
    }

    static String kind(String s) {
        return switch (s) {
            case "apple", "pear" -> "fruit";
            case "carrot" -> "vegetable";
            case "" -> "empty";
            default -> {
                if (s.length() > 5) yield "long-unknown";
                yield "unknown";
            }
        };
    }

    static int oldStyleYield(int v) {
        int r = switch (v % 5) {
            case 0:
                yield 100;
            case 1:
            case 2:
                int t = v * 2;
                yield t;
            case -1:
                yield -1;
            default:
                yield v;
        };
        return r;
    }

    static String describe(Object o) {
        if (o instanceof Integer i && i > 10) return "big int " + (i + 1);
        if (o instanceof Integer i) return "small int " + i;
        if (o instanceof String s && !s.isEmpty()) return "string of length " + s.length();
        if (!(o instanceof Shape sh)) return "other";
        return "shape area " + area(sh);
    }

    static long area(Shape s) {
        if (s instanceof Circle c) return Math.round(Math.PI * c.r() * c.r());
        if (s instanceof Square sq) return (long) sq.side() * sq.side();
        Rect r = (Rect) s;
        return (long) r.w() * r.h();
    }

    public static void main(String[] args) {
        for (int m = 1; m <= 13; m++) {
            try {
                System.out.println("daysIn(" + m + ") = " + daysIn(m));
            } catch (IllegalArgumentException e) {
                System.out.println("daysIn(" + m + ") threw: " + e.getMessage());
            }
        }
        for (String s : new String[]{"apple", "pear", "carrot", "", "kiwi", "pineapple"}) System.out.println("kind(" + s + ") = " + kind(s));
        StringBuilder sb = new StringBuilder();
        for (int v = -3; v <= 8; v++) sb.append(v).append("->").append(oldStyleYield(v)).append(' ');
        System.out.println("yield: " + sb);
        Object[] objs = {5, 50, "hello", "", new Circle(2), new Square(7), new Rect(3, 9), 2.5, null};
        for (Object o : objs) System.out.println("describe(" + (o == null ? "null" : o.toString()) + ") = " + describe(o));
        // switch expression as argument and in arithmetic
        int total = 0;
        for (int i = 0; i < 10; i++) {
            total += switch (i % 3) { case 0 -> i; case 1 -> -i; default -> i * i; };
        }
        System.out.println("total = " + total);
        char grade = 'B';
        String msg = "grade " + switch (grade) { case 'A' -> "excellent"; case 'B', 'C' -> "good"; default -> "other"; } + "!";
        System.out.println(msg);
        // text block & records toString/equals
        String tb = """
                line one
                  indented "quoted"
                last\
                 joined
                """;
        System.out.print(tb);
        System.out.println("record toString: " + new Rect(2, 3) + ", equals: " + new Rect(2, 3).equals(new Rect(2, 3)) + ", hash equal: "
                + (new Square(4).hashCode() == new Square(4).hashCode()));
        var list = new int[]{3, 1, 2};
        var sum = 0;
        for (var x : list) sum += x;
        System.out.println("var sum = " + sum);
    }
}
