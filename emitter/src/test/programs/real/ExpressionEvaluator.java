import java.util.*;

/** A recursive-descent parser for arithmetic with variables, functions and assignment; evaluates and pretty-prints an AST. */
public class ExpressionEvaluator {
    sealed interface Node permits Num, Var, Bin, Unary, Call, Assign { }
    record Num(double v) implements Node { }
    record Var(String name) implements Node { }
    record Bin(char op, Node l, Node r) implements Node { }
    record Unary(char op, Node e) implements Node { }
    record Call(String fn, List<Node> args) implements Node { }
    record Assign(String name, Node value) implements Node { }

    static class ParseException extends RuntimeException {
        final int pos;
        ParseException(String msg, int pos) { super(msg + " at " + pos); this.pos = pos; }
    }

    static final class Parser {
        private final String src;
        private int pos;

        Parser(String src) { this.src = src; }

        Node parse() {
            Node n = statement();
            skip();
            if (pos < src.length()) throw new ParseException("unexpected '" + src.charAt(pos) + "'", pos);
            return n;
        }

        private void skip() { while (pos < src.length() && Character.isWhitespace(src.charAt(pos))) pos++; }

        private boolean eat(char c) {
            skip();
            if (pos < src.length() && src.charAt(pos) == c) { pos++; return true; }
            return false;
        }

        private Node statement() {
            int save = pos;
            skip();
            if (pos < src.length() && Character.isLetter(src.charAt(pos))) {
                String id = ident();
                if (eat('=')) return new Assign(id, expr());
            }
            pos = save;
            return expr();
        }

        private Node expr() {
            Node n = term();
            while (true) {
                if (eat('+')) n = new Bin('+', n, term());
                else if (eat('-')) n = new Bin('-', n, term());
                else return n;
            }
        }

        private Node term() {
            Node n = factor();
            while (true) {
                if (eat('*')) n = new Bin('*', n, factor());
                else if (eat('/')) n = new Bin('/', n, factor());
                else if (eat('%')) n = new Bin('%', n, factor());
                else return n;
            }
        }

        private Node factor() {
            Node base = unary();
            if (eat('^')) return new Bin('^', base, factor());
            return base;
        }

        private Node unary() {
            if (eat('-')) return new Unary('-', unary());
            if (eat('+')) return unary();
            return primary();
        }

        private Node primary() {
            skip();
            if (pos >= src.length()) throw new ParseException("unexpected end", pos);
            char c = src.charAt(pos);
            if (eat('(')) {
                Node n = expr();
                if (!eat(')')) throw new ParseException("expected ')'", pos);
                return n;
            }
            if (Character.isDigit(c) || c == '.') {
                int start = pos;
                while (pos < src.length() && (Character.isDigit(src.charAt(pos)) || src.charAt(pos) == '.')) pos++;
                if (pos < src.length() && (src.charAt(pos) == 'e' || src.charAt(pos) == 'E')) {
                    pos++;
                    if (pos < src.length() && (src.charAt(pos) == '-' || src.charAt(pos) == '+')) pos++;
                    while (pos < src.length() && Character.isDigit(src.charAt(pos))) pos++;
                }
                String text = src.substring(start, pos);
                try {
                    return new Num(Double.parseDouble(text));
                } catch (NumberFormatException e) {
                    throw new ParseException("bad number " + text, start);
                }
            }
            if (Character.isLetter(c)) {
                String id = ident();
                if (eat('(')) {
                    List<Node> args = new ArrayList<>();
                    if (!eat(')')) {
                        do args.add(expr()); while (eat(','));
                        if (!eat(')')) throw new ParseException("expected ')' after arguments", pos);
                    }
                    return new Call(id, args);
                }
                return new Var(id);
            }
            throw new ParseException("unexpected '" + c + "'", pos);
        }

        private String ident() {
            skip();
            int start = pos;
            while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_')) pos++;
            return src.substring(start, pos);
        }
    }

    static final Map<String, Double> env = new TreeMap<>();

    static double eval(Node n) {
        if (n instanceof Num num) return num.v();
        if (n instanceof Var v) {
            Double d = env.get(v.name());
            if (d == null) throw new NoSuchElementException("undefined variable " + v.name());
            return d;
        }
        if (n instanceof Bin b) {
            double l = eval(b.l()), r = eval(b.r());
            return switch (b.op()) {
                case '+' -> l + r;
                case '-' -> l - r;
                case '*' -> l * r;
                case '/' -> {
                    if (r == 0) throw new ArithmeticException("division by zero");
                    yield l / r;
                }
                case '%' -> l % r;
                case '^' -> Math.pow(l, r);
                default -> throw new IllegalStateException("op " + b.op());
            };
        }
        if (n instanceof Unary u) return -eval(u.e());
        if (n instanceof Call c) return call(c.fn(), c.args().stream().mapToDouble(ExpressionEvaluator::eval).toArray());
        Assign a = (Assign) n;
        double v = eval(a.value());
        env.put(a.name(), v);
        return v;
    }

    static double call(String fn, double[] a) {
        switch (fn) {
            case "sqrt": return Math.sqrt(a[0]);
            case "abs": return Math.abs(a[0]);
            case "min": return Arrays.stream(a).min().orElseThrow();
            case "max": return Arrays.stream(a).max().orElseThrow();
            case "sum": return Arrays.stream(a).sum();
            case "avg": return Arrays.stream(a).average().orElse(Double.NaN);
            case "floor": return Math.floor(a[0]);
            case "hypot": return Math.hypot(a[0], a[1]);
            default: throw new IllegalArgumentException("unknown function " + fn + "/" + a.length);
        }
    }

    static String show(Node n) {
        if (n instanceof Num num) return num.v() == Math.rint(num.v()) && Math.abs(num.v()) < 1e15 ? String.valueOf((long) num.v()) : String.valueOf(num.v());
        if (n instanceof Var v) return v.name();
        if (n instanceof Bin b) return "(" + show(b.l()) + " " + b.op() + " " + show(b.r()) + ")";
        if (n instanceof Unary u) return "-" + show(u.e());
        if (n instanceof Call c) return c.fn() + c.args().stream().map(ExpressionEvaluator::show).toList();
        Assign a = (Assign) n;
        return a.name() + " := " + show(a.value());
    }

    public static void main(String[] args) {
        String[] program = {
            "1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "10 / 4", "10 % 4", "x = 3", "y = x * x + 1", "y / x",
            "sqrt(16) + abs(-2.5)", "min(4, 2, 8) + max(1, 9, 3)", "avg(1, 2, 3, 4)", "sum()", "hypot(3, 4)", "floor(-2.5)",
            "r = 2.5", "area = 3.14159 * r ^ 2", "1e3 + 2.5e-1", "((((1))))", "z + 1", "1 / (x - 3)", "foo(1)", "1 +", "(1 + 2",
            "3 $ 4", "1..2", "2 * -3", "--4", "a_1 = 7", "a_1 * 2",
        };
        for (String line : program) {
            try {
                Node ast = new Parser(line).parse();
                double v = eval(ast);
                System.out.printf("%-28s %-40s = %s%n", line, show(ast), v);
            } catch (ParseException e) {
                System.out.printf("%-28s parse error: %s%n", line, e.getMessage());
            } catch (RuntimeException e) {
                System.out.printf("%-28s %s: %s%n", line, e.getClass().getSimpleName(), e.getMessage());
            }
        }
        System.out.println("environment " + env);
        StringBuilder big = new StringBuilder("0");
        for (int i = 1; i <= 200; i++) big.append(i % 2 == 0 ? " + " : " - ").append(i).append(" * (").append(i % 7).append(" + 1)");
        System.out.println("long expression = " + eval(new Parser(big.toString()).parse()));
    }
}
