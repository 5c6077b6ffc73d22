import java.util.*;
import java.util.function.*;

/** A tiny Lisp: reader, environments with closures, define/lambda/if/let/quote, tail-recursive-free evaluation, and a few programs. */
public class TinyLisp {
    static final class Sym { final String name; Sym(String n) { name = n; } public String toString() { return name; } }
    static final class Lambda { final List<Sym> params; final Object body; final Env env; Lambda(List<Sym> p, Object b, Env e) { params = p; body = b; env = e; } public String toString() { return "<lambda/" + params.size() + ">"; } }
    static final class Env {
        final Map<String, Object> vars = new HashMap<>();
        final Env outer;
        Env(Env o) { outer = o; }
        Object get(String n) { for (Env e = this; e != null; e = e.outer) if (e.vars.containsKey(n)) return e.vars.get(n); throw new NoSuchElementException("unbound symbol " + n); }
    }
    static final Map<String, Sym> SYMBOLS = new HashMap<>();
    static Sym sym(String n) { return SYMBOLS.computeIfAbsent(n, Sym::new); }

    static List<String> tokenize(String s) {
        List<String> t = new ArrayList<>();
        for (String x : s.replace("(", " ( ").replace(")", " ) ").replace("'", " ' ").trim().split("\\s+")) if (!x.isEmpty()) t.add(x);
        return t;
    }

    static Object read(Deque<String> tokens) {
        if (tokens.isEmpty()) throw new IllegalArgumentException("unexpected EOF");
        String t = tokens.poll();
        if (t.equals("(")) {
            List<Object> l = new ArrayList<>();
            while (!")".equals(tokens.peek())) {
                if (tokens.isEmpty()) throw new IllegalArgumentException("missing )");
                l.add(read(tokens));
            }
            tokens.poll();
            return l;
        }
        if (t.equals(")")) throw new IllegalArgumentException("unexpected )");
        if (t.equals("'")) return List.of(sym("quote"), read(tokens));
        try { return Long.parseLong(t); } catch (NumberFormatException e) { }
        try { return Double.parseDouble(t); } catch (NumberFormatException e) { }
        return sym(t);
    }

    static String show(Object o) {
        if (o instanceof List<?> l) { StringJoiner j = new StringJoiner(" ", "(", ")"); for (Object x : l) j.add(show(x)); return j.toString(); }
        if (o instanceof Boolean b) return b ? "#t" : "#f";
        return String.valueOf(o);
    }

    static boolean truthy(Object o) { return !(o instanceof Boolean b) || b; }

    @SuppressWarnings("unchecked")
    static Object eval(Object x, Env env) {
        if (x instanceof Sym s) return env.get(s.name);
        if (!(x instanceof List)) return x;
        List<Object> l = (List<Object>) x;
        if (l.isEmpty()) return l;
        Object head = l.get(0);
        if (head instanceof Sym s) {
            switch (s.name) {
                case "quote": return l.get(1);
                case "if": return eval(truthy(eval(l.get(1), env)) ? l.get(2) : (l.size() > 3 ? l.get(3) : Boolean.FALSE), env);
                case "define":
                    if (l.get(1) instanceof List<?> sig) {
                        List<Sym> ps = new ArrayList<>();
                        for (Object p : sig.subList(1, sig.size())) ps.add((Sym) p);
                        env.vars.put(((Sym) sig.get(0)).name, new Lambda(ps, l.get(2), env));
                        return sig.get(0);
                    }
                    env.vars.put(((Sym) l.get(1)).name, eval(l.get(2), env));
                    return l.get(1);
                case "lambda": {
                    List<Sym> ps = new ArrayList<>();
                    for (Object p : (List<Object>) l.get(1)) ps.add((Sym) p);
                    return new Lambda(ps, l.get(2), env);
                }
                case "let": {
                    Env e = new Env(env);
                    for (Object b : (List<Object>) l.get(1)) { List<Object> pair = (List<Object>) b; e.vars.put(((Sym) pair.get(0)).name, eval(pair.get(1), env)); }
                    return eval(l.get(2), e);
                }
                case "begin": { Object r = null; for (Object e : l.subList(1, l.size())) r = eval(e, env); return r; }
                default:
            }
        }
        Object f = eval(head, env);
        List<Object> args = new ArrayList<>();
        for (Object a : l.subList(1, l.size())) args.add(eval(a, env));
        if (f instanceof Function<?, ?> fn) return ((Function<List<Object>, Object>) fn).apply(args);
        if (f instanceof Lambda lam) {
            if (lam.params.size() != args.size()) throw new IllegalArgumentException("arity: expected " + lam.params.size() + " got " + args.size());
            Env e = new Env(lam.env);
            for (int i = 0; i < args.size(); i++) e.vars.put(lam.params.get(i).name, args.get(i));
            return eval(lam.body, e);
        }
        throw new IllegalArgumentException("not a function: " + show(f));
    }

    static Function<List<Object>, Object> num(BinaryOperator<Long> op) {
        return a -> { long r = (Long) a.get(0); for (Object x : a.subList(1, a.size())) r = op.apply(r, (Long) x); return r; };
    }

    @SuppressWarnings("unchecked")
    static Env global() {
        Env g = new Env(null);
        g.vars.put("+", num(Long::sum));
        g.vars.put("-", (Function<List<Object>, Object>) a -> a.size() == 1 ? -(Long) a.get(0) : num((x, y) -> x - y).apply(a));
        g.vars.put("*", num((x, y) -> x * y));
        g.vars.put("/", num((x, y) -> { if (y == 0) throw new ArithmeticException("division by zero"); return x / y; }));
        g.vars.put("<", (Function<List<Object>, Object>) a -> (Long) a.get(0) < (Long) a.get(1));
        g.vars.put("=", (Function<List<Object>, Object>) a -> a.get(0).equals(a.get(1)));
        g.vars.put("list", (Function<List<Object>, Object>) a -> new ArrayList<>(a));
        g.vars.put("car", (Function<List<Object>, Object>) a -> ((List<Object>) a.get(0)).get(0));
        g.vars.put("cdr", (Function<List<Object>, Object>) a -> { List<Object> l = (List<Object>) a.get(0); return new ArrayList<>(l.subList(1, l.size())); });
        g.vars.put("cons", (Function<List<Object>, Object>) a -> { List<Object> r = new ArrayList<>(); r.add(a.get(0)); r.addAll((List<Object>) a.get(1)); return r; });
        g.vars.put("null?", (Function<List<Object>, Object>) a -> ((List<Object>) a.get(0)).isEmpty());
        return g;
    }

    public static void main(String[] args) {
        Env g = global();
        String[] program = {
            "(define (fact n) (if (< n 2) 1 (* n (fact (- n 1)))))", "(fact 20)",
            "(define (fib n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2)))))", "(fib 20)",
            "(define (map f l) (if (null? l) '() (cons (f (car l)) (map f (cdr l)))))",
            "(map (lambda (x) (* x x)) (list 1 2 3 4 5))",
            "(define (make-adder n) (lambda (x) (+ x n)))", "(define add5 (make-adder 5))", "(add5 37)",
            "(let ((a 3) (b 4)) (+ (* a a) (* b b)))",
            "(define (filter p l) (if (null? l) '() (if (p (car l)) (cons (car l) (filter p (cdr l))) (filter p (cdr l)))))",
            "(filter (lambda (x) (< 2 x)) '(1 5 2 7 3))",
            "(define (range a b) (if (< a b) (cons a (range (+ a 1) b)) '()))", "(map fact (range 1 11))",
            "(begin (define x 10) (define y 32) (+ x y))", "'(a (b c) d)", "(car '(first second))", "(= (fact 5) 120)",
            "(undefined-thing 1)", "(/ 1 0)", "((lambda (x y) x) 1)", "(1 2 3)", "(+ 1 2", ")",
        };
        for (String src : program) {
            try {
                Object v = eval(read(new ArrayDeque<>(tokenize(src))), g);
                System.out.println(src + "\n  => " + show(v));
            } catch (RuntimeException e) {
                System.out.println(src + "\n  !! " + e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
    }
}
