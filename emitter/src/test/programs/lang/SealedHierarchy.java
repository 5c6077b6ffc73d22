import java.util.List;

public class SealedHierarchy {
    sealed interface Expr permits Num, Add, Mul, Neg, Var { }
    record Num(double v) implements Expr { }
    record Add(Expr l, Expr r) implements Expr { }
    record Mul(Expr l, Expr r) implements Expr { }
    record Neg(Expr e) implements Expr { }
    static final class Var implements Expr {
        final String name;
        Var(String n) { name = n; }
        public String toString() { return name; }
    }

    sealed abstract static class Vehicle permits Car, Truck, Bike { abstract int wheels(); }
    static final class Car extends Vehicle { int wheels() { return 4; } }
    static non-sealed class Truck extends Vehicle { int wheels() { return 6; } }
    static class BigTruck extends Truck { int wheels() { return 18; } }
    static final class Bike extends Vehicle { int wheels() { return 2; } }

    static double eval(Expr e, double x) {
        if (e instanceof Num n) return n.v();
        if (e instanceof Add a) return eval(a.l(), x) + eval(a.r(), x);
        if (e instanceof Mul m) return eval(m.l(), x) * eval(m.r(), x);
        if (e instanceof Neg n) return -eval(n.e(), x);
        if (e instanceof Var) return x;
        throw new AssertionError();
    }

    static String show(Expr e) {
        return switch (e.getClass().getSimpleName()) {
            case "Num" -> String.valueOf(((Num) e).v());
            case "Add" -> "(" + show(((Add) e).l()) + " + " + show(((Add) e).r()) + ")";
            case "Mul" -> show(((Mul) e).l()) + "*" + show(((Mul) e).r());
            case "Neg" -> "-" + show(((Neg) e).e());
            default -> e.toString();
        };
    }

    static Expr simplify(Expr e) {
        if (e instanceof Add a) {
            Expr l = simplify(a.l()), r = simplify(a.r());
            if (l instanceof Num n && n.v() == 0) return r;
            if (r instanceof Num n && n.v() == 0) return l;
            if (l instanceof Num x && r instanceof Num y) return new Num(x.v() + y.v());
            return new Add(l, r);
        }
        if (e instanceof Mul m) {
            Expr l = simplify(m.l()), r = simplify(m.r());
            if (l instanceof Num n && n.v() == 1) return r;
            if (r instanceof Num n && n.v() == 1) return l;
            if ((l instanceof Num n && n.v() == 0) || (r instanceof Num k && k.v() == 0)) return new Num(0);
            if (l instanceof Num x && r instanceof Num y) return new Num(x.v() * y.v());
            return new Mul(l, r);
        }
        if (e instanceof Neg n && n.e() instanceof Neg inner) return simplify(inner.e());
        return e;
    }

    static Expr derive(Expr e) {
        if (e instanceof Num) return new Num(0);
        if (e instanceof Var) return new Num(1);
        if (e instanceof Add a) return new Add(derive(a.l()), derive(a.r()));
        if (e instanceof Mul m) return new Add(new Mul(derive(m.l()), m.r()), new Mul(m.l(), derive(m.r())));
        if (e instanceof Neg n) return new Neg(derive(n.e()));
        throw new AssertionError();
    }

    public static void main(String[] args) {
        Var x = new Var("x");
        Expr poly = new Add(new Mul(new Num(3), new Mul(x, x)), new Add(new Neg(new Mul(new Num(2), x)), new Num(1)));
        System.out.println("expr  " + show(poly));
        for (int i = -2; i <= 2; i++) System.out.println("f(" + i + ") = " + eval(poly, i));
        Expr d = derive(poly);
        System.out.println("d/dx  " + show(d));
        System.out.println("simpl " + show(simplify(d)));
        System.out.println("f'(2) = " + eval(d, 2));
        System.out.println("neg neg " + show(simplify(new Neg(new Neg(new Add(new Num(0), x))))));
        List<Vehicle> vs = List.of(new Car(), new Truck(), new BigTruck(), new Bike());
        int total = 0;
        for (Vehicle v : vs) {
            String kind = v instanceof Car ? "car" : v instanceof BigTruck ? "big truck" : v instanceof Truck ? "truck" : "bike";
            System.out.println(kind + " " + v.wheels());
            total += v.wheels();
        }
        System.out.println("total wheels " + total);
    }
}
