public class OverloadVsOverride {
    static class Shape {}
    static class Circle extends Shape {}
    static class Square extends Shape {}

    static class Printer {
        String print(Shape s) { return "Printer.print(Shape)"; }
        String print(Circle c) { return "Printer.print(Circle)"; }
        String print(Object o) { return "Printer.print(Object)"; }
    }
    static class FancyPrinter extends Printer {
        @Override String print(Shape s) { return "FancyPrinter.print(Shape)"; }
        String print(Square s) { return "FancyPrinter.print(Square)"; }
    }

    static String f(int x) { return "f(int)"; }
    static String f(long x) { return "f(long)"; }
    static String f(double x) { return "f(double)"; }
    static String f(Integer x) { return "f(Integer)"; }
    static String f(Object x) { return "f(Object)"; }
    static String f(int... xs) { return "f(int...) len=" + xs.length; }

    static String g(long x) { return "g(long)"; }
    static String g(Integer x) { return "g(Integer)"; }

    static String h(Object o) { return "h(Object)"; }
    static String h(String s) { return "h(String)"; }

    static String k(char c) { return "k(char)"; }
    static String k(int i) { return "k(int)"; }

    static String m(byte b) { return "m(byte)"; }
    static String m(short s) { return "m(short)"; }
    static String m(long l) { return "m(long)"; }

    static String v(String... xs) { return "v(String...) len=" + xs.length; }
    static String v(String a, String b) { return "v(String,String)"; }

    public static void main(String[] args) {
        Printer p = new Printer();
        Printer fp = new FancyPrinter();
        FancyPrinter ffp = new FancyPrinter();
        Shape sc = new Circle();
        Shape ss = new Square();
        Circle c = new Circle();
        Square sq = new Square();
        Object o = new Circle();

        System.out.println("p.print(sc)=" + p.print(sc));
        System.out.println("p.print(c)=" + p.print(c));
        System.out.println("p.print(o)=" + p.print(o));
        System.out.println("fp.print(sc)=" + fp.print(sc));
        System.out.println("fp.print(c)=" + fp.print(c));
        System.out.println("fp.print(sq)=" + fp.print(sq));
        System.out.println("fp.print(ss)=" + fp.print(ss));
        System.out.println("ffp.print(sq)=" + ffp.print(sq));
        System.out.println("ffp.print(ss)=" + ffp.print(ss));
        System.out.println("ffp.print(c)=" + ffp.print(c));
        System.out.println("ffp.print(o)=" + ffp.print(o));

        byte b = 1; short s = 2; char ch = 'c'; long l = 4; float fl = 5f;
        Integer boxed = 6; Long boxedL = 7L;
        System.out.println("f(1)=" + f(1));
        System.out.println("f(b)=" + f(b));
        System.out.println("f(s)=" + f(s));
        System.out.println("f(ch)=" + f(ch));
        System.out.println("f(l)=" + f(l));
        System.out.println("f(fl)=" + f(fl));
        System.out.println("f(boxed)=" + f(boxed));
        System.out.println("f(boxedL)=" + f(boxedL));
        System.out.println("f(\"s\")=" + f("s"));
        System.out.println("f()=" + f());
        System.out.println("f(1,2)=" + f(1, 2));
        System.out.println("g(1)=" + g(1));
        System.out.println("h(null)=" + h(null));
        System.out.println("h((Object)\"x\")=" + h((Object) "x"));
        System.out.println("h(\"x\")=" + h("x"));
        System.out.println("k('a')=" + k('a'));
        System.out.println("k(97)=" + k(97));
        System.out.println("k('a'+1)=" + k('a' + 1));
        System.out.println("m(b)=" + m(b));
        System.out.println("m(s)=" + m(s));
        System.out.println("m(ch)=" + m(ch));
        System.out.println("m(5)=" + m(5));
        System.out.println("v(\"a\",\"b\")=" + v("a", "b"));
        System.out.println("v(\"a\")=" + v("a"));
        System.out.println("v()=" + v());
        System.out.println("v(a,b,c)=" + v("a", "b", "c"));
        System.out.println("v(array)=" + v(new String[] { "1", "2", "3", "4" }));
    }
}
