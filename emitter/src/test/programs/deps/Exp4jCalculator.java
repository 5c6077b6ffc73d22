// deps: net.objecthunter:exp4j:0.4.8
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.objecthunter.exp4j.Expression;
import net.objecthunter.exp4j.ExpressionBuilder;
import net.objecthunter.exp4j.ValidationResult;
import net.objecthunter.exp4j.function.Function;
import net.objecthunter.exp4j.operator.Operator;

/**
 * Drives exp4j 0.4.8 (unmodified jar from Maven Central): tokenizer, shunting-yard, built-in and
 * custom functions and operators, variables, validation and its error messages. Transcendental
 * results are rounded to 9 decimals (HotSpot's Math intrinsics may differ from StrictMath in the
 * last bit); everything else is printed exactly.
 */
public class Exp4jCalculator {

    static String fmt(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return Double.toString(d);
        }
        double r = Math.round(d * 1e9) / 1e9;
        return Double.toString(r == 0.0 ? 0.0 : r);
    }

    static void eval(String expr) {
        try {
            Expression e = new ExpressionBuilder(expr).build();
            System.out.println(expr + " = " + fmt(e.evaluate()));
        } catch (RuntimeException ex) {
            System.out.println(expr + " -> " + ex.getClass().getSimpleName() + ": " + ex.getMessage());
        }
    }

    public static void main(String[] args) {
        System.out.println("== arithmetic");
        String[] exprs = {
            "1+2*3", "(1+2)*3", "2^10", "2^3^2", "-2^2", "10/4", "7%3", "-7%3", "3*-2", "+5",
            "1.5e3 + 2.5E-1", "((((1))))", "2*(3+4)*(5-6)", "1/0", "-1/0", "0/0",
            "abs(-3.5)", "sqrt(144)", "cbrt(27)", "floor(-2.5)", "ceil(-2.5)", "signum(-4)",
            "log(e)", "log10(1000)", "log2(1024)", "log1p(0)", "exp(0)", "pow(2, 0.5)",
            "sin(pi/2)", "cos(pi)", "tan(pi/4)", "asin(1)", "acos(0)", "atan(1)",
            "sinh(1)", "cosh(1)", "tanh(0.5)", "toradian(180)", "todegree(pi)",
            "expm1(1e-10)", "3!", "sqrt(-1)", "2pi", "2(3+4)", "(2)(3)",
        };
        for (String s : exprs) {
            eval(s);
        }

        System.out.println("== errors");
        String[] bad = {"1+", "(1+2", "1+2)", "foo(3)", "x+1", "2**3", "", "sin()", "pow(1)", "1..2", "3 4"};
        for (String s : bad) {
            eval(s);
        }

        System.out.println("== variables");
        Expression poly = new ExpressionBuilder("3*x^2 - 2*x + y/4").variables("x", "y").build();
        for (int x = -3; x <= 3; x++) {
            poly.setVariable("x", x).setVariable("y", x * 10);
            System.out.println("x=" + x + " -> " + fmt(poly.evaluate()));
        }
        Map<String, Double> vars = new TreeMap<>();
        vars.put("a", 1.5);
        vars.put("b", -2.0);
        vars.put("c", 0.25);
        Expression abc = new ExpressionBuilder("a*b - c + a/b").variables(vars.keySet()).build().setVariables(vars);
        System.out.println("abc = " + fmt(abc.evaluate()));
        List<String> names = new ArrayList<>(abc.getVariableNames());
        java.util.Collections.sort(names);
        System.out.println("variable names: " + names);

        System.out.println("== validation");
        Expression unset = new ExpressionBuilder("x * y + 1").variables("x", "y").build();
        ValidationResult vr = unset.validate();
        System.out.println("valid=" + vr.isValid() + " errors=" + vr.getErrors());
        unset.setVariable("x", 2);
        vr = unset.validate();
        System.out.println("valid=" + vr.isValid() + " errors=" + vr.getErrors());
        unset.setVariable("y", 3);
        System.out.println("valid=" + unset.validate().isValid() + " value=" + fmt(unset.evaluate()));
        System.out.println("validate(false)=" + new ExpressionBuilder("q+1").variable("q").build().validate(false).isValid());
        try {
            new ExpressionBuilder("x+1").variables("x").build().evaluate();
        } catch (IllegalArgumentException ex) {
            System.out.println("evaluate unset: " + ex.getMessage());
        }
        try {
            new ExpressionBuilder("x+1").variables("x").build().setVariable("sin", 1);
        } catch (IllegalArgumentException ex) {
            System.out.println("set function name: " + ex.getMessage());
        }

        System.out.println("== custom functions");
        Function hypot = new Function("hyp", 2) {
            @Override
            public double apply(double... a) {
                return Math.sqrt(a[0] * a[0] + a[1] * a[1]);
            }
        };
        Function avg = new Function("avg", 4) {
            @Override
            public double apply(double... a) {
                double s = 0;
                for (double v : a) {
                    s += v;
                }
                return s / a.length;
            }
        };
        Function fact = new Function("fact") {
            @Override
            public double apply(double... a) {
                double r = 1;
                for (int i = 2; i <= (int) a[0]; i++) {
                    r *= i;
                }
                return r;
            }
        };
        Expression custom = new ExpressionBuilder("hyp(3, 4) + avg(1, 2, 3, z) * fact(5)")
                .functions(hypot, avg, fact).variable("z").build();
        for (int z = 0; z < 5; z++) {
            System.out.println("z=" + z + " -> " + fmt(custom.setVariable("z", z).evaluate()));
        }
        System.out.println("fact(10) = " + fmt(new ExpressionBuilder("fact(10)").function(fact).build().evaluate()));

        System.out.println("== custom operators");
        Operator factorial = new Operator("!!", 1, true, Operator.PRECEDENCE_POWER + 1) {
            @Override
            public double apply(double... a) {
                double r = 1;
                for (int i = (int) a[0]; i > 1; i -= 2) {
                    r *= i;
                }
                return r;
            }
        };
        Operator gcd = new Operator("#", 2, true, Operator.PRECEDENCE_MULTIPLICATION) {
            @Override
            public double apply(double... a) {
                long x = (long) a[0];
                long y = (long) a[1];
                while (y != 0) {
                    long t = x % y;
                    x = y;
                    y = t;
                }
                return x;
            }
        };
        Operator approx = new Operator("~", 1, false, Operator.PRECEDENCE_UNARY_MINUS) {
            @Override
            public double apply(double... a) {
                return Math.round(a[0]);
            }
        };
        String[] opExprs = {"7!!", "8!!", "48 # 36", "48 # 36 * 2", "~2.6 + 1", "2 + 5!! # 5", "~(1.4 + 1.4)"};
        for (String s : opExprs) {
            Expression e = new ExpressionBuilder(s).operator(factorial, gcd, approx).build();
            System.out.println(s + " = " + fmt(e.evaluate()));
        }
        try {
            new Operator("a", 2, true, 1) {
                @Override
                public double apply(double... a) {
                    return 0;
                }
            };
        } catch (IllegalArgumentException ex) {
            System.out.println("bad operator: " + ex.getMessage());
        }
        try {
            new Function("1abc", 1) {
                @Override
                public double apply(double... a) {
                    return 0;
                }
            };
        } catch (IllegalArgumentException ex) {
            System.out.println("bad function: " + ex.getMessage());
        }

        System.out.println("== table");
        Expression curve = new ExpressionBuilder("x^3 - 6*x^2 + 11*x - 6").variable("x").build();
        StringBuilder row = new StringBuilder();
        for (double x = 0; x <= 4.0; x += 0.25) {
            row.append(fmt(curve.setVariable("x", x).evaluate())).append(' ');
        }
        System.out.println(row.toString().trim());
        // Newton's method on the same polynomial, derivative by exp4j too.
        Expression deriv = new ExpressionBuilder("3*x^2 - 12*x + 11").variable("x").build();
        double x = 3.7;
        for (int i = 0; i < 8; i++) {
            x = x - curve.setVariable("x", x).evaluate() / deriv.setVariable("x", x).evaluate();
            System.out.println("newton " + i + ": " + fmt(x));
        }
        double integral = 0;
        int n = 1000;
        Expression f = new ExpressionBuilder("x*x + 1").variable("x").build();
        for (int i = 0; i < n; i++) {
            double xm = (i + 0.5) / n;
            integral += f.setVariable("x", xm).evaluate() / n;
        }
        System.out.println("midpoint integral = " + fmt(integral));
    }
}
