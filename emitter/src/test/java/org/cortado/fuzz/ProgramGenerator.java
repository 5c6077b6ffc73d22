package org.cortado.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates a random, valid, terminating and deterministic Java 17 program (one default-package
 * class {@code Main} with nested classes) from a seed; the same seed always gives the same source.
 *
 * <p>The program prints labelled intermediate values ({@code L<n> <value>}) and ends with a
 * checksum of everything it printed. Floats and doubles are printed as bits (NaNs canonicalised,
 * since x86 and Wasm differ in the sign of NaNs that arithmetic produces). Termination: loops
 * count up to small constants and never assign their counters, recursion is bounded, and calls go
 * only to methods generated earlier; every method has an estimated cost (statements executed,
 * loops multiplying) and calls are only generated while the caller stays inside its budget.
 * Exceptions: implicit ones (division by zero, array bounds, null, class cast, negative size) are
 * only generated where an enclosing {@code catch (RuntimeException)} or a throwing method's
 * caller catches them; elsewhere divisors and indices are made safe.
 *
 * <p>What it avoids on purpose (differences that are not compiler bugs): decimal printing of
 * floats, identity hash codes, {@code Math} functions other than the exactly specified ones,
 * non-ASCII text, exception messages other than ArithmeticException's and array-index ones.
 */
public final class ProgramGenerator {

    /** Value types of expressions. STR is String. */
    enum T {
        BOOLEAN("boolean", "Z"), BYTE("byte", "B"), SHORT("short", "S"), CHAR("char", "C"), INT("int", "I"),
        LONG("long", "J"), FLOAT("float", "F"), DOUBLE("double", "D"), STR("String", "T");

        final String java;
        final String code;

        T(String java, String code) {
            this.java = java;
            this.code = code;
        }

        boolean integral() {
            return this == BYTE || this == SHORT || this == CHAR || this == INT || this == LONG;
        }

        boolean numeric() {
            return integral() || this == FLOAT || this == DOUBLE;
        }

        boolean floating() {
            return this == FLOAT || this == DOUBLE;
        }
    }

    private static final T[] NUMERIC = {T.BYTE, T.SHORT, T.CHAR, T.INT, T.LONG, T.FLOAT, T.DOUBLE};
    private static final T[] PRIMS = {T.BOOLEAN, T.BYTE, T.SHORT, T.CHAR, T.INT, T.LONG, T.FLOAT, T.DOUBLE};
    private static final String[] STRINGS = {"", "a", "foo", "bar", "Aa", "BB", "AaAa", "BBBB", "AaBB", "hello", "x9", "Z"};

    /** Max statement executions (estimated) of one method and of main; max printed lines. */
    private static final long METHOD_BUDGET = 4_000;
    private static final long MAIN_BUDGET = 300_000;
    private static final long PRINT_BUDGET = 1_500;

    private final Random rnd;
    private int counter;

    private final List<Var> staticFields = new ArrayList<>();
    private final List<Method> methods = new ArrayList<>();
    /** Instance methods of the class hierarchy callable on a Base (with their worst-case cost). */
    private final List<Method> virtuals = new ArrayList<>();
    private final List<String> initClasses = new ArrayList<>();
    private final List<Var> instanceFields = new ArrayList<>();

    private ProgramGenerator(long seed) {
        this.rnd = new Random(seed);
    }

    /** The source of {@code Main.java} for this seed. */
    public static String generate(long seed) {
        return new ProgramGenerator(seed).program(seed);
    }

    // ---------------------------------------------------------------- model

    static final class Var {
        final String name;
        final T type;
        final boolean assignable;

        Var(String name, T type, boolean assignable) {
            this.name = name;
            this.type = type;
            this.assignable = assignable;
        }
    }

    static final class Method {
        final String name;
        final T ret; // null: void
        final List<T> params;
        final boolean throwsEx;
        final boolean recursive;
        long cost;
        long prints;

        Method(String name, T ret, List<T> params, boolean throwsEx, boolean recursive) {
            this.name = name;
            this.ret = ret;
            this.params = params;
            this.throwsEx = throwsEx;
            this.recursive = recursive;
        }
    }

    /** Where code is being generated. */
    final class Ctx {
        final List<Var> vars = new ArrayList<>();
        final List<String> loopLabels = new ArrayList<>();
        int loops;
        long mult = 1;
        boolean throwing;
        T ret;
        boolean isMain;
        boolean inClass;
        boolean hasObjs;
        long cost;
        long prints;
        long budget;
        /** Methods with index below this may be called. */
        int callable;
        int depth;
        StringBuilder sb = new StringBuilder();
        int indent;

        void line(String s) {
            sb.append("    ".repeat(indent)).append(s).append('\n');
        }

        List<Var> ofType(T t, boolean assignableOnly) {
            List<Var> out = new ArrayList<>();
            for (Var v : vars) {
                if (v.type == t && (!assignableOnly || v.assignable)) {
                    out.add(v);
                }
            }
            if (inClass) {
                for (Var v : instanceFields) {
                    if (v.type == t) {
                        out.add(v);
                    }
                }
            }
            for (Var v : staticFields) {
                if (v.type == t && (!assignableOnly || v.assignable)) {
                    out.add(v);
                }
            }
            return out;
        }

        List<Var> locals(T t) {
            List<Var> out = new ArrayList<>();
            for (Var v : vars) {
                if (v.type == t && v.assignable) {
                    out.add(v);
                }
            }
            return out;
        }
    }

    // ---------------------------------------------------------------- helpers

    private boolean chance(int percent) {
        return rnd.nextInt(100) < percent;
    }

    private int between(int lo, int hi) {
        return lo + rnd.nextInt(hi - lo + 1);
    }

    @SafeVarargs
    private <X> X pick(X... xs) {
        return xs[rnd.nextInt(xs.length)];
    }

    private <X> X pick(List<X> xs) {
        return xs.get(rnd.nextInt(xs.size()));
    }

    private String fresh(String prefix) {
        return prefix + (counter++);
    }

    private String tag() {
        return "\"L" + (counter++) + "\"";
    }

    // ---------------------------------------------------------------- literals

    private String literal(T t) {
        switch (t) {
            case BOOLEAN:
                return rnd.nextBoolean() ? "true" : "false";
            case BYTE:
                return "((byte) " + paren(Integer.toString(pick(intPool()))) + ")";
            case SHORT:
                return "((short) " + paren(Integer.toString(pick(intPool()))) + ")";
            case CHAR:
                return "((char) " + between(0, 0xffff) + ")";
            case INT:
                return paren(Integer.toString(pick(intPool())));
            case LONG:
                return paren(longLiteral());
            case FLOAT:
                return floatLiteral();
            case DOUBLE:
                return doubleLiteral();
            case STR:
                return '"' + pick(STRINGS) + '"';
            default:
                throw new AssertionError(t);
        }
    }

    private Integer[] intPool() {
        return new Integer[] {0, 1, -1, 2, 3, 7, -8, 31, 32, 33, 63, 64, 127, -128, 128, 255, 256, 32767, -32768, 65535,
                Integer.MAX_VALUE, Integer.MIN_VALUE, rnd.nextInt(), rnd.nextInt(100) - 50, rnd.nextInt(2000) - 1000,
                1 << rnd.nextInt(31)};
    }

    private String longLiteral() {
        long v;
        switch (rnd.nextInt(8)) {
            case 0 -> v = Long.MAX_VALUE;
            case 1 -> v = Long.MIN_VALUE;
            case 2 -> v = rnd.nextLong();
            case 3 -> v = (long) Integer.MAX_VALUE + between(-2, 2);
            case 4 -> v = 1L << rnd.nextInt(64);
            case 5 -> v = (long) Integer.MIN_VALUE - between(0, 2);
            default -> v = rnd.nextInt(2001) - 1000;
        }
        return v + "L";
    }

    private String paren(String s) {
        return s.startsWith("-") ? "(" + s + ")" : s;
    }

    private String floatLiteral() {
        switch (rnd.nextInt(12)) {
            case 0:
                return "Float.NaN";
            case 1:
                return pick("Float.POSITIVE_INFINITY", "Float.NEGATIVE_INFINITY");
            case 2:
                return pick("Float.MAX_VALUE", "Float.MIN_VALUE", "Float.MIN_NORMAL");
            case 3:
                return pick("0.0f", "(-0.0f)");
            default:
                float f = switch (rnd.nextInt(5)) {
                    case 0 -> (rnd.nextInt(2001) - 1000) / 8f;
                    case 1 -> (float) rnd.nextGaussian() * 1e6f;
                    case 2 -> pick(2147483648f, -2147483648f, 9.223372e18f, 16777217f, 0.1f, 65536.5f, -1.5f);
                    case 3 -> Float.intBitsToFloat(rnd.nextInt() & 0x7f7fffff) * (rnd.nextBoolean() ? 1 : -1);
                    default -> rnd.nextInt(100) - 50;
                };
                return "(" + Float.toHexString(f) + "f)";
        }
    }

    private String doubleLiteral() {
        switch (rnd.nextInt(12)) {
            case 0:
                return "Double.NaN";
            case 1:
                return pick("Double.POSITIVE_INFINITY", "Double.NEGATIVE_INFINITY");
            case 2:
                return pick("Double.MAX_VALUE", "Double.MIN_VALUE", "Double.MIN_NORMAL");
            case 3:
                return pick("0.0", "(-0.0)");
            default:
                double d = switch (rnd.nextInt(5)) {
                    case 0 -> (rnd.nextInt(2001) - 1000) / 16.0;
                    case 1 -> rnd.nextGaussian() * 1e12;
                    case 2 -> pick(2147483648.0, -2147483649.5, 9.223372036854775807e18, 1e300, 0.1, 4503599627370497.0, -0.5);
                    case 3 -> Double.longBitsToDouble(rnd.nextLong() & 0x7fefffffffffffffL) * (rnd.nextBoolean() ? 1 : -1);
                    default -> rnd.nextInt(100) - 50;
                };
                return "(" + Double.toHexString(d) + "d)";
        }
    }

    // ---------------------------------------------------------------- expressions

    String expr(Ctx c, T t, int d) {
        if (d <= 0 || chance(25)) {
            return leaf(c, t);
        }
        switch (t) {
            case BOOLEAN:
                return boolExpr(c, d);
            case BYTE:
            case SHORT:
            case CHAR:
                return narrowExpr(c, t, d);
            case INT:
            case LONG:
                return integralExpr(c, t, d);
            case FLOAT:
            case DOUBLE:
                return floatExpr(c, t, d);
            case STR:
                return strExpr(c, d);
            default:
                throw new AssertionError(t);
        }
    }

    private String leaf(Ctx c, T t) {
        int k = rnd.nextInt(10);
        if (k < 5) {
            List<Var> vs = c.ofType(t, false);
            if (!vs.isEmpty()) {
                return pick(vs).name;
            }
        }
        if (k >= 5 && k < 7 && t != T.STR) {
            return arrayElement(c, t);
        }
        if (k == 7 && t == T.STR) {
            return "STRS[" + safeIndex(c, "STRS") + "]";
        }
        return literal(t);
    }

    private String arrayName(T t) {
        return "a" + t.code;
    }

    private String safeIndex(Ctx c, String array) {
        String e = expr(c, T.INT, 1);
        return "(" + e + " & 0x7fffffff) % " + array + ".length";
    }

    private String index(Ctx c, String array) {
        if (c.throwing && chance(25)) {
            return pick(expr(c, T.INT, 1) + " & 15", expr(c, T.INT, 1), "(" + expr(c, T.INT, 1) + " & 7) - 1");
        }
        return safeIndex(c, array);
    }

    private String arrayElement(Ctx c, T t) {
        if (t == T.INT && chance(20)) {
            return "mat[" + index(c, "mat") + "][" + safeIndex(c, "mat[0]") + "]";
        }
        if (t == T.LONG && chance(20)) {
            return "ml[" + safeIndex(c, "ml") + "][0]";
        }
        String a = arrayName(t);
        return a + "[" + index(c, a) + "]";
    }

    private String narrowExpr(Ctx c, T t, int d) {
        switch (rnd.nextInt(6)) {
            case 0:
            case 1:
                return "((" + t.java + ") " + paren(expr(c, pick(T.INT, T.LONG, T.INT), d - 1)) + ")";
            case 2:
                return "((" + t.java + ") " + paren(expr(c, pick(T.FLOAT, T.DOUBLE), d - 1)) + ")";
            case 3:
                return "(" + expr(c, T.BOOLEAN, d - 1) + " ? " + expr(c, t, d - 1) + " : " + expr(c, t, d - 1) + ")";
            case 4:
                if (t == T.CHAR && chance(50)) {
                    return "STRS[" + safeIndex(c, "STRS") + "].concat(\"q\").charAt(0)";
                }
                return sideEffect(c, t);
            default:
                return callExpr(c, t, d);
        }
    }

    /** {@code (v++)}, {@code (--v)}, {@code (v = e)}, {@code (v += e)} on a local; else a leaf. */
    private String sideEffect(Ctx c, T t) {
        List<Var> vs = c.locals(t);
        if (vs.isEmpty()) {
            return leaf(c, t);
        }
        String v = pick(vs).name;
        if (t == T.BOOLEAN) {
            return "(" + v + pick(" = ", " ^= ", " &= ", " |= ") + expr(c, T.BOOLEAN, 1) + ")";
        }
        switch (rnd.nextInt(5)) {
            case 0:
                return "(" + v + "++)";
            case 1:
                return "(--" + v + ")";
            case 2:
                return "(" + v + " = " + expr(c, t, 1) + ")";
            case 3:
                return t == T.BOOLEAN ? "(" + v + " ^= " + expr(c, T.BOOLEAN, 1) + ")"
                        : "(" + v + " += " + expr(c, pick(NUMERIC), 1) + ")";
            default:
                return "(" + v + "--)";
        }
    }

    private String integralExpr(Ctx c, T t, int d) {
        boolean isLong = t == T.LONG;
        switch (rnd.nextInt(16)) {
            case 0:
            case 1:
            case 2:
                return "(" + expr(c, t, d - 1) + " " + pick("+", "-", "*", "&", "|", "^", "+", "-", "*") + " "
                        + expr(c, t, d - 1) + ")";
            case 3:
                return "(" + expr(c, t, d - 1) + " " + pick("/", "%") + " " + divisor(c, t, d - 1) + ")";
            case 4:
            case 5: {
                String count = chance(50) ? paren(Integer.toString(between(-70, 70)))
                        : expr(c, pick(T.INT, T.INT, T.LONG, T.BYTE, T.CHAR), d - 1);
                return "(" + expr(c, t, d - 1) + " " + pick("<<", ">>", ">>>") + " " + count + ")";
            }
            case 6:
                return "(" + pick("-", "~") + expr(c, t, d - 1) + ")";
            case 7:
                // conversions (widening from narrower types, narrowing from wider ones)
                if (isLong) {
                    return "((long) " + paren(expr(c, pick(T.INT, T.CHAR, T.BYTE, T.SHORT, T.FLOAT, T.DOUBLE), d - 1)) + ")";
                }
                return chance(40) ? "((int) " + paren(expr(c, pick(T.CHAR, T.BYTE, T.SHORT), d - 1)) + ")"
                        : "((int) " + paren(expr(c, pick(T.LONG, T.FLOAT, T.DOUBLE), d - 1)) + ")";
            case 8:
                return "(" + expr(c, T.BOOLEAN, d - 1) + " ? " + expr(c, t, d - 1) + " : " + expr(c, t, d - 1) + ")";
            case 9:
            case 10:
                return callExpr(c, t, d);
            case 11:
                return library(c, t, d);
            case 12:
                if (isLong) {
                    return sideEffect(c, t);
                }
                return pick(expr(c, T.STR, d - 1) + ".length()", expr(c, T.STR, d - 1) + ".hashCode()",
                        arrayName(pick(PRIMS)) + ".length", "mat[" + safeIndex(c, "mat") + "].length");
            case 13:
                return sideEffect(c, t);
            case 14:
                if (c.hasObjs || c.inClass) {
                    return objectExpr(c, t, d);
                }
                return leaf(c, t);
            default:
                return leaf(c, t);
        }
    }

    private String divisor(Ctx c, T t, int d) {
        String e = expr(c, t, d);
        if (c.throwing && chance(40)) {
            return e;
        }
        return switch (rnd.nextInt(3)) {
            case 0 -> (t == T.LONG ? "nzl(" : "nz(") + e + ")";
            case 1 -> "(" + e + " | 1)";
            default -> "(" + e + " | " + (t == T.LONG ? "4L" : "4") + ")";
        };
    }

    private String library(Ctx c, T t, int d) {
        if (t == T.INT) {
            String x = expr(c, T.INT, d - 1);
            String y = expr(c, T.INT, d - 1);
            return switch (rnd.nextInt(14)) {
                case 0 -> "Integer.bitCount(" + x + ")";
                case 1 -> "Integer.rotateLeft(" + x + ", " + y + ")";
                case 2 -> "Integer.numberOfLeadingZeros(" + x + ")";
                case 3 -> "Integer.numberOfTrailingZeros(" + x + ")";
                case 4 -> "Math.abs(" + x + ")";
                case 5 -> "Math." + pick("min", "max") + "(" + x + ", " + y + ")";
                case 6 -> "Integer.compare(" + x + ", " + y + ")";
                case 7 -> "Long.compare(" + expr(c, T.LONG, d - 1) + ", " + expr(c, T.LONG, d - 1) + ")";
                case 8 -> chance(50) ? "Float.compare(" + expr(c, T.FLOAT, d - 1) + ", " + expr(c, T.FLOAT, d - 1) + ")"
                        : "Double.compare(" + expr(c, T.DOUBLE, d - 1) + ", " + expr(c, T.DOUBLE, d - 1) + ")";
                case 9 -> "Float.floatToIntBits(" + expr(c, T.FLOAT, d - 1) + ")";
                case 10 -> "Math.floorMod(" + x + ", " + divisor(c, T.INT, d - 1) + ")";
                case 11 -> "Integer.reverse(" + x + ")";
                case 12 -> "Integer.highestOneBit(" + x + ")";
                default -> "Integer.compareUnsigned(" + x + ", " + y + ")";
            };
        }
        String x = expr(c, T.LONG, d - 1);
        String y = expr(c, T.LONG, d - 1);
        return switch (rnd.nextInt(9)) {
            case 0 -> "Long.bitCount(" + x + ")";
            case 1 -> "Long.rotateRight(" + x + ", " + expr(c, T.INT, d - 1) + ")";
            case 2 -> "Math.abs(" + x + ")";
            case 3 -> "Math." + pick("min", "max") + "(" + x + ", " + y + ")";
            case 4 -> "Double.doubleToLongBits(" + expr(c, T.DOUBLE, d - 1) + ")";
            case 5 -> "Long.numberOfTrailingZeros(" + x + ")";
            case 6 -> "Math.floorDiv(" + x + ", " + divisor(c, T.LONG, d - 1) + ")";
            case 7 -> "Long.reverseBytes(" + x + ")";
            default -> "Long.divideUnsigned(" + x + ", " + divisor(c, T.LONG, d - 1) + ")";
        };
    }

    private String floatExpr(Ctx c, T t, int d) {
        String suffix = t == T.FLOAT ? "f" : "";
        switch (rnd.nextInt(12)) {
            case 0:
            case 1:
            case 2:
                return "(" + expr(c, t, d - 1) + " " + pick("+", "-", "*", "/", "%", "+", "*") + " " + expr(c, t, d - 1) + ")";
            case 3:
                return "(-" + expr(c, t, d - 1) + ")";
            case 4:
            case 5: {
                T from = t == T.FLOAT ? pick(T.INT, T.LONG, T.DOUBLE, T.CHAR) : pick(T.INT, T.LONG, T.FLOAT, T.SHORT);
                return "((" + t.java + ") " + paren(expr(c, from, d - 1)) + ")";
            }
            case 6:
                return "(" + expr(c, T.BOOLEAN, d - 1) + " ? " + expr(c, t, d - 1) + " : " + expr(c, t, d - 1) + ")";
            case 7:
                if (t == T.FLOAT) {
                    return pick("Math.abs(", "Math.min(" + expr(c, t, d - 1) + ", ", "Math.max(" + expr(c, t, d - 1) + ", ")
                            + expr(c, t, d - 1) + ")";
                }
                return pick("Math.abs(", "Math.sqrt(", "Math.floor(", "Math.ceil(", "Math.rint(",
                        "Math.min(" + expr(c, t, d - 1) + ", ", "Math.max(" + expr(c, t, d - 1) + ", ")
                        + expr(c, t, d - 1) + ")";
            case 8:
                return t == T.FLOAT ? "Float.intBitsToFloat(" + expr(c, T.INT, d - 1) + " & 0x7f7fffff)"
                        : "Double.longBitsToDouble(" + expr(c, T.LONG, d - 1) + " & 0x7fefffffffffffffL)";
            case 9:
                return callExpr(c, t, d);
            case 10:
                return sideEffect(c, t);
            default:
                if (chance(20)) {
                    return "(" + expr(c, t, d - 1) + " * 0.5" + suffix + ")";
                }
                return leaf(c, t);
        }
    }

    private String boolExpr(Ctx c, int d) {
        switch (rnd.nextInt(12)) {
            case 0:
            case 1:
            case 2:
            case 3: {
                T t = pick(NUMERIC);
                return "(" + expr(c, t, d - 1) + " " + pick("<", "<=", ">", ">=", "==", "!=") + " " + expr(c, t, d - 1) + ")";
            }
            case 4:
            case 5:
                return "(" + expr(c, T.BOOLEAN, d - 1) + " " + pick("&&", "||", "&", "|", "^", "==", "!=") + " "
                        + expr(c, T.BOOLEAN, d - 1) + ")";
            case 6:
                return "(!" + expr(c, T.BOOLEAN, d - 1) + ")";
            case 7:
                return pick("Double.isNaN(" + expr(c, T.DOUBLE, d - 1) + ")", "Float.isNaN(" + expr(c, T.FLOAT, d - 1) + ")",
                        "Double.isInfinite(" + expr(c, T.DOUBLE, d - 1) + ")");
            case 8:
                return pick(expr(c, T.STR, d - 1) + ".equals(" + expr(c, T.STR, d - 1) + ")",
                        expr(c, T.STR, d - 1) + ".isEmpty()",
                        expr(c, T.STR, d - 1) + ".startsWith(" + expr(c, T.STR, d - 1) + ")",
                        expr(c, T.STR, d - 1) + ".contains(" + literal(T.STR) + ")");
            case 9:
                if (c.hasObjs) {
                    return "(" + objRef(c) + " instanceof " + pick("Sub1", "Sub2", "Sub3", "Named", "Base") + ")";
                }
                return sideEffect(c, T.BOOLEAN);
            case 10:
                return callExpr(c, T.BOOLEAN, d);
            default:
                return leaf(c, T.BOOLEAN);
        }
    }

    private String printableChar(Ctx c) {
        return "(char) ('a' + (" + expr(c, T.INT, 1) + " & 15))";
    }

    private String strExpr(Ctx c, int d) {
        switch (rnd.nextInt(12)) {
            case 0:
            case 1:
                return "(" + expr(c, T.STR, d - 1) + " + " + expr(c, pick(T.INT, T.LONG, T.BOOLEAN, T.STR, T.BYTE), d - 1) + ")";
            case 2:
                return "(" + expr(c, T.STR, d - 1) + " + " + printableChar(c) + ")";
            case 3:
                return pick("String.valueOf(", "Integer.toString(", "Integer.toHexString(", "Integer.toBinaryString(")
                        + expr(c, T.INT, d - 1) + ")";
            case 4:
                return pick("Long.toString(", "Long.toHexString(", "String.valueOf(") + expr(c, T.LONG, d - 1) + ")";
            case 5: {
                return "substr(" + expr(c, T.STR, d - 1) + ", " + expr(c, T.INT, d - 1) + ")";
            }
            case 6:
                return expr(c, T.STR, d - 1) + ".concat(" + expr(c, T.STR, d - 1) + ")";
            case 7:
                return expr(c, T.STR, d - 1) + pick(".toUpperCase()", ".trim()", ".toLowerCase()");
            case 8:
                return "String.valueOf(" + expr(c, T.BOOLEAN, d - 1) + ")";
            case 9:
                return callExpr(c, T.STR, d);
            case 10:
                if (c.hasObjs) {
                    return objRef(c) + ".getClass().getName()";
                }
                return leaf(c, T.STR);
            default:
                return leaf(c, T.STR);
        }
    }

    /** A call to an earlier static method returning t, if one is affordable; else another expression. */
    private String callExpr(Ctx c, T t, int d) {
        List<Method> candidates = new ArrayList<>();
        for (int i = 0; i < Math.min(c.callable, methods.size()); i++) {
            Method m = methods.get(i);
            if (m.ret == t && (!m.throwsEx || c.throwing) && affordable(c, m)) {
                candidates.add(m);
            }
        }
        if (candidates.isEmpty()) {
            return leaf(c, t);
        }
        Method m = pick(candidates);
        charge(c, m);
        return m.name + "(" + args(c, m, d) + ")";
    }

    private String args(Ctx c, Method m, int d) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < m.params.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            if (m.recursive && i == 0) {
                sb.append("(").append(expr(c, T.INT, 1)).append(" & 15)");
            } else {
                sb.append(expr(c, m.params.get(i), Math.max(0, d - 1)));
            }
        }
        return sb.toString();
    }

    private boolean affordable(Ctx c, Method m) {
        return c.mult * m.cost < Math.min(c.budget / 4, 40_000) && c.cost + c.mult * m.cost < c.budget
                && c.prints + c.mult * m.prints < (c.isMain ? PRINT_BUDGET : 200);
    }

    private void charge(Ctx c, Method m) {
        c.cost += c.mult * (m.cost + 1);
        c.prints += c.mult * m.prints;
    }

    // ---------------------------------------------------------------- objects

    private String objRef(Ctx c) {
        return "objs[" + safeIndex(c, "objs") + "]";
    }

    /** An int or long read from the object world: a field, a virtual or interface call. */
    private String objectExpr(Ctx c, T t, int d) {
        if (c.inClass) {
            List<Var> fs = new ArrayList<>();
            for (Var f : instanceFields) {
                if (f.type == t) {
                    fs.add(f);
                }
            }
            return fs.isEmpty() ? leaf(c, t) : pick(fs).name;
        }
        String o = objRef(c);
        if (c.throwing && chance(30)) {
            o = pick("((Sub1) " + o + ")", "((Sub3) " + o + ")", "(" + expr(c, T.BOOLEAN, 1) + " ? (Base) null : " + o + ")");
        }
        List<Method> ms = new ArrayList<>();
        for (Method m : virtuals) {
            if (m.ret == t && affordable(c, m)) {
                ms.add(m);
            }
        }
        if (ms.isEmpty() || chance(30)) {
            return t == T.INT ? o + pick(".fi", ".kind()", ".fi", ".area(" + expr(c, T.INT, d - 1) + ")")
                    : o + pick(".fl", ".fl");
        }
        Method m = pick(ms);
        charge(c, m);
        return o + "." + m.name + "(" + args(c, m, d) + ")";
    }

    // ---------------------------------------------------------------- statements

    private void block(Ctx c, int statements) {
        int mark = c.vars.size();
        for (int i = 0; i < statements && c.cost < c.budget; i++) {
            statement(c);
        }
        while (c.vars.size() > mark) {
            c.vars.remove(c.vars.size() - 1);
        }
    }

    private void statement(Ctx c) {
        c.cost += c.mult;
        int k = rnd.nextInt(c.depth >= 2 || (c.depth == 1 && chance(50)) || (!c.isMain && chance(40)) ? 12 : 25);
        switch (k) {
            case 0:
            case 1:
                declare(c);
                return;
            case 2:
            case 3:
                assign(c);
                return;
            case 4:
            case 5:
                print(c);
                return;
            case 6:
                arrayStore(c);
                return;
            case 7:
                if (c.loops > 0) {
                    jump(c);
                } else {
                    print(c);
                }
                return;
            case 8:
                if (c.throwing) {
                    throwing(c);
                } else {
                    assign(c);
                }
                return;
            case 9:
                if (c.hasObjs) {
                    objectStatement(c);
                } else {
                    declare(c);
                }
                return;
            case 10:
                callStatement(c);
                return;
            case 11:
                if (c.ret != null && !c.isMain && chance(30)) {
                    c.line("if (" + expr(c, T.BOOLEAN, 2) + ") return " + expr(c, c.ret, 2) + ";");
                } else {
                    print(c);
                }
                return;
            case 12:
            case 13:
                ifStatement(c);
                return;
            case 14:
            case 15:
                loop(c);
                return;
            case 16:
                switchStatement(c);
                return;
            case 17:
                tryStatement(c);
                return;
            case 18:
                arrayOps(c);
                return;
            case 19:
                stringBuilding(c);
                return;
            case 20:
            case 21:
                if (c.isMain && !initClasses.isEmpty()) {
                    initTouch(c);
                } else {
                    switchExpression(c);
                }
                return;
            case 22:
                lambdas(c);
                return;
            case 23:
                boxing(c);
                return;
            default:
                switchExpression(c);
        }
    }

    /** Lambdas and method references (invokedynamic), capturing locals and fields. */
    private void lambdas(Ctx c) {
        switch (rnd.nextInt(3)) {
            case 0 -> c.line("p(" + tag() + ", OPS[" + safeIndex(c, "OPS") + "].applyAsInt(" + expr(c, T.INT, 2) + ", "
                    + expr(c, T.INT, 2) + "));");
            case 1 -> {
                String k = fresh("k");
                String f = fresh("f");
                c.line("long " + k + " = " + expr(c, T.LONG, 2) + ";");
                c.line("java.util.function.LongUnaryOperator " + f + " = z -> z " + pick("*", "+", "^", "-") + " " + k + " + "
                        + literal(T.LONG) + ";");
                if (chance(50)) {
                    c.line(f + " = " + f + ".andThen(z -> z >>> " + between(0, 63) + ");");
                }
                c.line("p(" + tag() + ", " + f + ".applyAsLong(" + expr(c, T.LONG, 2) + "));");
            }
            default -> {
                String s = fresh("su");
                c.line("java.util.function.Supplier<String> " + s + " = " + pick("() -> \"" + pick(STRINGS) + "\" + sT0",
                        "sT0::toUpperCase", "() -> String.valueOf(sI0)", "STRS[0]::trim") + ";");
                c.line("ps(" + tag() + ", " + s + ".get());");
            }
        }
    }

    /** Boxed numbers and a list of them (no identity comparisons, no hash iteration order). */
    private void boxing(Ctx c) {
        String b = fresh("bx");
        String l = fresh("li");
        T t = pick(T.INT, T.LONG, T.CHAR, T.BOOLEAN, T.DOUBLE);
        String boxed = switch (t) {
            case INT -> "Integer";
            case LONG -> "Long";
            case CHAR -> "Character";
            case BOOLEAN -> "Boolean";
            default -> "Double";
        };
        c.line(boxed + " " + b + " = (" + t.java + ") (" + expr(c, t, 2) + ");");
        String fn = t == T.BOOLEAN ? "pz" : t == T.DOUBLE ? "pd" : "p";
        c.line(fn + "(" + tag() + ", " + b + ");");
        c.line("pz(" + tag() + ", " + b + ".equals(" + expr(c, t, 1) + "));");
        if (t == T.INT || t == T.LONG) {
            c.line("p(" + tag() + ", " + b + ".hashCode() + " + b + ".compareTo((" + t.java + ") (" + expr(c, t, 1) + ")));");
        }
        c.line("java.util.ArrayList<Integer> " + l + " = new java.util.ArrayList<>();");
        int n = between(1, 6);
        for (int i = 0; i < n; i++) {
            c.line(l + ".add(" + expr(c, T.INT, 1) + ");");
        }
        if (chance(50)) {
            c.line("if (" + l + ".size() > 1) " + l + ".remove(Integer.valueOf(" + expr(c, T.INT, 1) + "));");
        }
        if (chance(50)) {
            c.line("java.util.Collections.sort(" + l + ");");
        }
        c.line("p(" + tag() + ", " + l + ".size() * 1000L + " + l + ".get(" + l + ".size() - 1) + (" + l + ".contains(" + expr(c, T.INT, 1)
                + ") ? 7 : 0));");
        c.line("ps(" + tag() + ", " + l + ".toString());");
        c.prints += c.mult * 5;
    }

    private T anyType() {
        return rnd.nextInt(9) == 8 ? T.STR : pick(PRIMS);
    }

    private void declare(Ctx c) {
        T t = anyType();
        String name = fresh("v");
        c.line(t.java + " " + name + " = " + expr(c, t, 3) + ";");
        c.vars.add(new Var(name, t, true));
    }

    private String lvalue(Ctx c, T t) {
        List<Var> vs = c.ofType(t, true);
        if (t != T.STR && t != T.BOOLEAN && (vs.isEmpty() || chance(20))) {
            return arrayName(t) + "[" + index(c, arrayName(t)) + "]";
        }
        if (vs.isEmpty()) {
            return null;
        }
        return pick(vs).name;
    }

    private void assign(Ctx c) {
        T t = anyType();
        String lv = lvalue(c, t);
        if (lv == null) {
            declare(c);
            return;
        }
        if (t == T.STR) {
            c.line(lv + " = cap(" + (chance(50) ? lv + " + " + expr(c, chance(70) ? T.STR : T.INT, 2) : expr(c, T.STR, 2)) + ");");
            return;
        }
        if (t == T.BOOLEAN) {
            c.line(lv + pick(" = ", " &= ", " |= ", " ^= ") + expr(c, T.BOOLEAN, 2) + ";");
            return;
        }
        switch (rnd.nextInt(6)) {
            case 0:
                c.line(lv + " = " + expr(c, t, 3) + ";");
                return;
            case 1:
                c.line(lv + pick("++", "--") + ";");
                return;
            case 2:
            case 3: {
                // compound assignment, narrowing implicitly
                T r = pick(NUMERIC);
                String op = pick("+=", "-=", "*=", "/=", "%=");
                String rhs = expr(c, r, 2);
                if ((op.equals("/=") || op.equals("%=")) && t.integral() && r.integral()) {
                    rhs = divisor(c, r == T.LONG ? T.LONG : T.INT, 2);
                }
                c.line(lv + " " + op + " " + rhs + ";");
                return;
            }
            default:
                if (t.integral()) {
                    T r = pick(T.INT, T.LONG, T.BYTE, T.CHAR, T.SHORT);
                    c.line(lv + " " + pick("&=", "|=", "^=", "<<=", ">>=", ">>>=") + " " + expr(c, r, 2) + ";");
                } else {
                    c.line(lv + " = " + expr(c, t, 3) + ";");
                }
        }
    }

    private void print(Ctx c) {
        if (c.prints + c.mult > (c.isMain ? PRINT_BUDGET : 60) || c.mult > 40) {
            c.line("chk += " + expr(c, pick(T.INT, T.LONG, T.CHAR), 3) + ";");
            return;
        }
        c.prints += c.mult;
        T t = anyType();
        String fn = switch (t) {
            case BOOLEAN -> "pz";
            case FLOAT -> "pf";
            case DOUBLE -> "pd";
            case STR -> "ps";
            default -> "p";
        };
        c.line(fn + "(" + tag() + ", " + expr(c, t, 3) + ");");
    }

    private void arrayStore(Ctx c) {
        T t = pick(PRIMS);
        String a = arrayName(t);
        String el = a + "[" + index(c, a) + "]";
        if (t == T.BOOLEAN) {
            c.line(el + pick(" = ", " ^= ", " &= ", " |= ") + expr(c, T.BOOLEAN, 2) + ";");
            return;
        }
        switch (rnd.nextInt(4)) {
            case 0 -> c.line(el + " = " + expr(c, t, 3) + ";");
            case 1 -> c.line(el + pick("++", "--") + ";");
            case 2 -> c.line(el + " " + pick("+=", "-=", "*=") + " " + expr(c, pick(NUMERIC), 2) + ";");
            default -> {
                if (t.integral()) {
                    c.line(el + " " + pick("&=", "|=", "^=", "<<=", ">>>=", ">>=") + " " + expr(c, T.INT, 2) + ";");
                } else {
                    c.line(el + " = " + expr(c, t, 2) + ";");
                }
            }
        }
    }

    private void jump(Ctx c) {
        String cond = expr(c, T.BOOLEAN, 2);
        boolean brk = chance(50);
        String label = !c.loopLabels.isEmpty() && chance(50) ? " " + pick(c.loopLabels) : "";
        c.line("if (" + cond + ") " + (brk ? "break" : "continue") + label + ";");
    }

    private void throwing(Ctx c) {
        switch (rnd.nextInt(6)) {
            case 0 -> c.line("if (" + expr(c, T.BOOLEAN, 2) + ") throw new MyEx(" + expr(c, T.INT, 2) + ");");
            case 1 -> c.line("p(" + tag() + ", " + expr(c, T.INT, 1) + " / " + expr(c, T.INT, 1) + ");");
            case 2 -> c.line("p(" + tag() + ", " + arrayName(pick(T.INT, T.LONG, T.BYTE, T.CHAR)) + "[" + expr(c, T.INT, 1) + " & 15]);");
            case 3 -> c.line("p(" + tag() + ", new int[" + expr(c, T.INT, 1) + " % 20].length);");
            case 4 -> {
                if (c.hasObjs) {
                    c.line("p(" + tag() + ", ((" + pick("Sub1", "Sub2", "Sub3") + ") " + objRef(c) + ").fi);");
                } else {
                    c.line("p(" + tag() + ", " + expr(c, T.LONG, 1) + " % " + expr(c, T.LONG, 1) + ");");
                }
            }
            default -> {
                String v = fresh("n");
                c.line("int[] " + v + " = " + expr(c, T.BOOLEAN, 1) + " ? null : aI;");
                c.line("p(" + tag() + ", " + v + "[0] + " + v + ".length);");
            }
        }
    }

    private void callStatement(Ctx c) {
        List<Method> candidates = new ArrayList<>();
        for (int i = 0; i < Math.min(c.callable, methods.size()); i++) {
            Method m = methods.get(i);
            if ((!m.throwsEx || c.throwing) && affordable(c, m)) {
                candidates.add(m);
            }
        }
        if (candidates.isEmpty()) {
            assign(c);
            return;
        }
        Method m = pick(candidates);
        charge(c, m);
        String call = m.name + "(" + args(c, m, 2) + ")";
        if (m.ret == null || chance(30)) {
            c.line(call + ";");
        } else {
            String fn = switch (m.ret) {
                case BOOLEAN -> "pz";
                case FLOAT -> "pf";
                case DOUBLE -> "pd";
                case STR -> "ps";
                default -> "p";
            };
            if (c.mult <= 40 && c.prints + c.mult <= (c.isMain ? PRINT_BUDGET : 60)) {
                c.prints += c.mult;
                c.line(fn + "(" + tag() + ", " + call + ");");
            } else {
                c.line(call + ";");
            }
        }
    }

    private void ifStatement(Ctx c) {
        c.line("if (" + expr(c, T.BOOLEAN, 3) + ") {");
        nested(c, between(1, 3));
        if (chance(50)) {
            if (chance(30)) {
                c.line("} else if (" + expr(c, T.BOOLEAN, 2) + ") {");
                nested(c, between(1, 3));
            }
            c.line("} else {");
            nested(c, between(1, 3));
        }
        c.line("}");
    }

    private void nested(Ctx c, int n) {
        c.indent++;
        c.depth++;
        block(c, n);
        c.depth--;
        c.indent--;
    }

    private void loop(Ctx c) {
        int k = between(1, 9);
        if (c.mult * k > 2_000 || c.depth >= 4) {
            ifStatement(c);
            return;
        }
        String label = chance(35) ? fresh("lab") : null;
        String prefix = label == null ? "" : label + ": ";
        String v = fresh("i");
        int kind = rnd.nextInt(5);
        switch (kind) {
            case 0, 1 -> c.line(prefix + "for (int " + v + " = 0; " + v + " < " + k + "; " + v + "++) {");
            case 2 -> {
                c.line("int " + v + " = " + k + ";");
                c.line(prefix + "while (" + v + "-- > 0) {");
            }
            case 3 -> {
                c.line("int " + v + " = 0;");
                c.line(prefix + "do {");
            }
            default -> {
                // for-each over a primitive array: lengths are at most 8
                T t = pick(NUMERIC);
                k = 8;
                c.line(prefix + "for (" + t.java + " " + v + " : " + arrayName(t) + ") {");
                loopBody(c, k, label, v, t, true);
                c.line("}");
                return;
            }
        }
        loopBody(c, k, label, v, T.INT, true);
        if (kind == 3) {
            c.line("} while (++" + v + " < " + k + ");");
        } else {
            c.line("}");
        }
    }

    private void loopBody(Ctx c, int k, String label, String v, T vt, boolean addVar) {
        int mark = c.vars.size();
        if (addVar) {
            c.vars.add(new Var(v, vt, false));
        }
        long savedMult = c.mult;
        c.mult *= k;
        c.loops++;
        if (label != null) {
            c.loopLabels.add(label);
        }
        nested(c, between(1, 4));
        if (label != null) {
            c.loopLabels.remove(label);
        }
        c.loops--;
        c.mult = savedMult;
        while (c.vars.size() > mark) {
            c.vars.remove(c.vars.size() - 1);
        }
    }

    private void switchStatement(Ctx c) {
        int kind = rnd.nextInt(4);
        List<String> labels = new ArrayList<>();
        String selector;
        if (kind == 0) { // dense
            int n = between(3, 9);
            int base = between(-2, 2);
            for (int i = 0; i < n; i++) {
                labels.add(Integer.toString(base + i));
            }
            selector = "(" + expr(c, T.INT, 2) + " & 15) - 3";
        } else if (kind == 1) { // sparse
            int n = between(2, 7);
            List<Integer> vals = new ArrayList<>();
            while (vals.size() < n) {
                int v = chance(50) ? rnd.nextInt() : between(-5, 5) * 1000 + between(-3, 3);
                if (!vals.contains(v)) {
                    vals.add(v);
                }
            }
            for (int v : vals) {
                labels.add(paren(Integer.toString(v)));
            }
            String e = expr(c, T.INT, 1);
            selector = "(" + e + " & 3) == 0 ? " + labels.get(0) + " : (" + e + " & 3) == 1 ? " + pick(labels) + " : " + e;
        } else if (kind == 2) { // strings
            List<String> pool = new ArrayList<>(List.of(STRINGS));
            int n = between(2, 6);
            for (int i = 0; i < n; i++) {
                labels.add('"' + pool.remove(rnd.nextInt(pool.size())) + '"');
            }
            selector = chance(70) ? "STRS[" + safeIndex(c, "STRS") + "]" : expr(c, T.STR, 2);
        } else { // char
            int n = between(2, 8);
            List<Character> vals = new ArrayList<>();
            while (vals.size() < n) {
                char ch = (char) ('a' + rnd.nextInt(16));
                if (!vals.contains(ch)) {
                    vals.add(ch);
                }
            }
            for (char ch : vals) {
                labels.add("'" + ch + "'");
            }
            selector = printableChar(c);
        }
        c.line("switch (" + selector + ") {");
        c.indent++;
        boolean hasDefault = chance(70);
        int defaultAt = hasDefault ? rnd.nextInt(labels.size() + 1) : -1;
        for (int i = 0; i <= labels.size(); i++) {
            if (i == defaultAt) {
                caseBody(c, "default:");
            }
            if (i < labels.size()) {
                caseBody(c, "case " + labels.get(i) + ":");
            }
        }
        c.indent--;
        c.line("}");
    }

    private void caseBody(Ctx c, String head) {
        c.line(head + " {");
        nested(c, between(0, 3));
        c.line(chance(70) ? "} break;" : "}"); // otherwise fall through
    }

    private void switchExpression(Ctx c) {
        T t = pick(T.INT, T.LONG, T.STR, T.DOUBLE, T.CHAR);
        String v = fresh("v");
        int n = between(2, 6);
        List<Integer> vals = new ArrayList<>();
        while (vals.size() < n) {
            int x = chance(60) ? between(0, 7) : between(-100, 100) * 37;
            if (!vals.contains(x)) {
                vals.add(x);
            }
        }
        c.line(t.java + " " + v + " = switch (" + expr(c, T.INT, 2) + " & 7) {");
        c.indent++;
        int i = 0;
        while (i < vals.size()) {
            if (i + 1 < vals.size() && chance(25)) {
                c.line("case " + paren(vals.get(i).toString()) + ", " + paren(vals.get(i + 1).toString()) + " -> " + expr(c, t, 2) + ";");
                i += 2;
            } else {
                c.line("case " + paren(vals.get(i).toString()) + " -> " + expr(c, t, 2) + ";");
                i++;
            }
        }
        c.line("default -> " + expr(c, t, 2) + ";");
        c.indent--;
        c.line("};");
        c.vars.add(new Var(v, t, true));
    }

    private void tryStatement(Ctx c) {
        boolean outer = c.throwing;
        c.line("try {");
        c.throwing = true;
        nested(c, between(1, 5));
        c.throwing = outer;
        List<String> catches = new ArrayList<>(List.of("MyEx", "ArithmeticException", "ArrayIndexOutOfBoundsException",
                "NullPointerException", "ClassCastException", "NegativeArraySizeException"));
        int n = rnd.nextInt(4);
        boolean hasFinally = chance(40);
        boolean catchAll = !outer || chance(60) || (n == 0 && !hasFinally);
        String e = fresh("e");
        for (int i = 0; i < n; i++) {
            String ex = catches.remove(rnd.nextInt(catches.size()));
            if (chance(20) && !catches.isEmpty()) {
                String other = catches.remove(rnd.nextInt(catches.size()));
                c.line("} catch (" + ex + " | " + other + " " + e + ") {");
                c.indent++;
                c.line("ps(" + tag() + ", " + e + ".getClass().getName());");
                c.indent--;
            } else {
                c.line("} catch (" + ex + " " + e + ") {");
                c.indent++;
                switch (ex) {
                    case "MyEx" -> c.line("p(" + tag() + ", " + e + ".code);");
                    case "ArithmeticException", "ArrayIndexOutOfBoundsException" ->
                            c.line("ps(" + tag() + ", " + e + ".getClass().getName() + \" \" + " + e + ".getMessage());");
                    default -> c.line("ps(" + tag() + ", " + e + ".getClass().getName());");
                }
                c.indent--;
            }
            if (chance(30)) {
                nested(c, between(1, 2));
            }
        }
        if (catchAll) {
            c.line("} catch (RuntimeException " + e + ") {");
            c.indent++;
            c.line("ps(" + tag() + ", " + e + ".getClass().getName());");
            c.indent--;
        }
        if (hasFinally) {
            c.line("} finally {");
            nested(c, between(1, 3));
        }
        c.line("}");
    }

    private void objectStatement(Ctx c) {
        switch (rnd.nextInt(5)) {
            case 0 -> {
                String o = fresh("o");
                c.line("for (Base " + o + " : objs) {");
                c.indent++;
                long saved = c.mult;
                c.mult *= 4;
                List<Method> ms = new ArrayList<>();
                for (Method m : virtuals) {
                    if (affordable(c, m)) {
                        ms.add(m);
                    }
                }
                if (!ms.isEmpty()) {
                    Method m = pick(ms);
                    charge(c, m);
                    String call = o + "." + m.name + "(" + args(c, m, 2) + ")";
                    if (c.mult <= 40 && c.prints + c.mult <= PRINT_BUDGET && m.ret != null) {
                        c.prints += c.mult;
                        c.line((m.ret == T.LONG ? "p(" : "p(") + tag() + ", " + call + ");");
                    } else {
                        c.line("chk += " + call + ";");
                    }
                }
                c.line("chk = chk * 7 + " + o + ".kind() + " + o + ".fi;");
                c.mult = saved;
                c.indent--;
                c.line("}");
            }
            case 1 -> c.line(objRef(c) + "." + pick("fi", "fl") + " " + pick("+=", "^=", "-=", "=") + " " + expr(c, T.INT, 2) + ";");
            case 2 -> {
                String s = fresh("sh");
                c.line("Shape " + s + " = " + objRef(c) + ";");
                c.line("p(" + tag() + ", " + s + ".scale(" + expr(c, T.LONG, 2) + "));");
            }
            case 3 -> {
                String o = fresh("o");
                c.line("Base " + o + " = " + objRef(c) + ";");
                c.line("if (" + o + " instanceof Named) p(" + tag() + ", ((Named) " + o + ").tag());");
                c.line("else ps(" + tag() + ", " + o + ".getClass().getName());");
            }
            default -> c.line("p(" + tag() + ", " + objectExpr(c, pick(T.INT, T.LONG), 2) + ");");
        }
    }

    private void arrayOps(Ctx c) {
        T t = pick(PRIMS);
        String a = arrayName(t);
        switch (rnd.nextInt(6)) {
            case 0 -> {
                String v = fresh("c");
                c.line(t.java + "[] " + v + " = " + a + ".clone();");
                c.line("pz(" + tag() + ", " + v + " == " + a + ");");
                c.line(v + "[" + safeIndex(c, v) + "] = " + expr(c, t, 2) + ";");
                c.line("ph(" + tag() + ", " + v + ");");
                c.line("ph(" + tag() + ", " + a + ");");
            }
            case 1 -> {
                String s = fresh("s");
                String d = fresh("d");
                c.line("{ int " + s + " = " + safeIndex(c, a) + "; int " + d + " = " + safeIndex(c, a) + ";");
                c.line("  System.arraycopy(" + a + ", " + s + ", " + a + ", " + d + ", " + a + ".length - Math.max(" + s + ", " + d
                        + ") - (" + expr(c, T.INT, 1) + " & 1 & (" + a + ".length - Math.max(" + s + ", " + d + "))) ); }");
                c.line("ph(" + tag() + ", " + a + ");");
            }
            case 2 -> {
                String v = fresh("c");
                int len = between(0, 9);
                c.line(t.java + "[] " + v + " = new " + t.java + "[" + len + "];");
                c.line("System.arraycopy(" + a + ", 0, " + v + ", 0, Math.min(" + a + ".length, " + len + "));");
                c.line("ph(" + tag() + ", " + v + ");");
                if (c.throwing && chance(50)) {
                    c.line("System.arraycopy(" + v + ", " + expr(c, T.INT, 1) + " & 7, " + a + ", 0, 3);");
                }
            }
            case 3 -> {
                String v = fresh("g");
                int r = between(1, 4);
                c.line("int[][] " + v + " = new int[" + r + "][" + between(0, 4) + "];");
                c.line(v + "[" + safeIndex(c, v) + "] = aI.clone();");
                String i = fresh("i");
                c.line("for (int " + i + " = 0; " + i + " < " + v + ".length; " + i + "++) {");
                c.line("    for (int " + i + "j = 0; " + i + "j < " + v + "[" + i + "].length; " + i + "j++) " + v + "[" + i + "][" + i
                        + "j] += " + i + " * 10 + " + i + "j;");
                c.line("    ph(" + tag() + ", " + v + "[" + i + "]);");
                c.line("}");
                c.line("p(" + tag() + ", " + v + ".length);");
                c.cost += c.mult * 40;
                c.prints += c.mult * 4;
            }
            case 4 -> {
                c.line("mat[" + safeIndex(c, "mat") + "][" + safeIndex(c, "mat[0]") + "] " + pick("+=", "^=", "=") + " " + expr(c, T.INT, 2) + ";");
                c.line("p(" + tag() + ", sum2(mat));");
            }
            default -> {
                String v = fresh("oa");
                c.line("Object[] " + v + " = { " + a + ", " + (c.hasObjs ? pick("objs", "STRS", "mat", "aI") : pick("STRS", "mat", "aI")) + ", " + literal(T.STR) + " };");
                c.line("ps(" + tag() + ", " + v + "[" + safeIndex(c, v) + "].getClass().getName());");
                c.line("pz(" + tag() + ", " + v + "[" + safeIndex(c, v) + "] instanceof " + pick("int[]", "Object[]", "String", "Base[]", "long[]") + ");");
            }
        }
    }

    private void stringBuilding(Ctx c) {
        String sb = fresh("sb");
        c.line("StringBuilder " + sb + " = new StringBuilder(" + (chance(50) ? "" : literal(T.STR)) + ");");
        int n = between(1, 5);
        for (int i = 0; i < n; i++) {
            T t = pick(T.INT, T.LONG, T.STR, T.BOOLEAN, T.CHAR, T.STR);
            String arg = t == T.CHAR ? printableChar(c) : expr(c, t, 2);
            c.line(sb + ".append(" + arg + ");");
        }
        if (chance(30)) {
            c.line(sb + ".reverse();");
        }
        if (chance(30)) {
            c.line(sb + ".insert(0, " + expr(c, T.INT, 1) + ");");
        }
        c.line("ps(" + tag() + ", " + sb + ".toString());");
        c.line("p(" + tag() + ", " + sb + ".length());");
        c.prints += c.mult * 2;
    }

    private void initTouch(Ctx c) {
        String cls = pick(initClasses);
        // an initialiser may throw: ExceptionInInitializerError first, NoClassDefFoundError after
        String x = fresh("x");
        String touch = switch (rnd.nextInt(4)) {
            case 0 -> "p(" + tag() + ", " + cls + ".v);";
            case 1 -> "p(" + tag() + ", " + cls + ".get());";
            case 2 -> cls + ".v += " + expr(c, T.INT, 1) + ";";
            default -> "p(" + tag() + ", " + cls + ".K);"; // a constant: no initialisation
        };
        c.line("try { " + touch + " } catch (ExceptionInInitializerError | NoClassDefFoundError " + x + ") { ps(" + tag()
                + ", " + x + ".getClass().getName()); }");
    }

    // ---------------------------------------------------------------- program

    private String program(long seed) {
        StringBuilder out = new StringBuilder();
        out.append("// Generated by org.cortado.fuzz.ProgramGenerator, seed ").append(seed).append('\n');
        out.append("public class Main {\n");
        out.append("    static long chk = 1;\n");
        // static scalar fields
        StringBuilder fields = new StringBuilder();
        for (T t : T.values()) {
            int n = t == T.STR ? 1 : between(1, 2);
            for (int i = 0; i < n; i++) {
                String name = "s" + t.code + i;
                fields.append("    static ").append(t.java).append(' ').append(name).append(" = ").append(literal(t)).append(";\n");
                staticFields.add(new Var(name, t, true));
            }
        }
        // arrays of every primitive type
        for (T t : PRIMS) {
            int n = between(1, 8);
            StringBuilder init = new StringBuilder();
            for (int i = 0; i < n; i++) {
                init.append(i == 0 ? "" : ", ").append(literal(t));
            }
            fields.append("    static ").append(t.java).append("[] ").append(arrayName(t)).append(" = { ").append(init).append(" };\n");
        }
        fields.append("    static final String[] STRS = {");
        for (int i = 0; i < STRINGS.length; i++) {
            fields.append(i == 0 ? " " : ", ").append('"').append(STRINGS[i]).append('"');
        }
        fields.append(" };\n");
        fields.append("    static final java.util.function.IntBinaryOperator[] OPS = { (a, b) -> a ")
                .append(pick("+", "-", "*", "^", "&", "|")).append(" b, Integer::sum, Math::max, Integer::compare, (a, b) -> a ")
                .append(pick("<<", ">>", ">>>")).append(" b };\n");
        fields.append("    static int[][] mat = new int[").append(between(1, 4)).append("][").append(between(1, 4)).append("];\n");
        fields.append("    static long[][] ml = { {").append(literal(T.LONG)).append("}, {").append(literal(T.LONG)).append(", ")
                .append(literal(T.LONG)).append("} };\n");
        out.append(fields);
        out.append(HELPERS);

        // Main's static initialiser
        Ctx sc = newCtx(false, null, 2_000);
        sc.indent = 2;
        block(sc, between(1, 4));
        out.append("    static {\n        p(\"clinit\", chk);\n").append(sc.sb).append("    }\n\n");

        // static methods, each may call the earlier ones
        int nMethods = between(2, 5);
        for (int i = 0; i < nMethods; i++) {
            out.append(staticMethod(i));
        }
        // the class hierarchy
        out.append(classes());
        // classes with static initialisers
        int nInit = between(1, 3);
        for (int i = 0; i < nInit; i++) {
            out.append(initClass(i));
        }

        // main
        Ctx m = newCtx(true, null, MAIN_BUDGET);
        m.indent = 2;
        m.line("Base[] objs = { new Sub1(" + expr(m, T.INT, 1) + "), new Sub2(" + expr(m, T.INT, 1) + "), new Sub3("
                + expr(m, T.INT, 1) + "), new Sub1(" + expr(m, T.INT, 1) + ") };");
        m.hasObjs = true;
        m.line("p(\"created\", Base.created);");
        int n = between(10, 20);
        for (int i = 0; i < n && m.cost < m.budget; i++) {
            statement(m);
        }
        for (T t : PRIMS) {
            m.line("ph(\"end" + t.code + "\", " + arrayName(t) + ");");
        }
        m.line("p(\"m2\", sum2(mat));");
        m.line("System.out.println(\"checksum \" + chk);");
        if (chance(8)) {
            m.line("if (chk != 42) throw new " + pick("IllegalStateException(\"end \" + chk)", "MyEx((int) chk)",
                    "ArithmeticException()") + ";");
        }
        out.append("    public static void main(String[] args) {\n").append(m.sb).append("    }\n");
        out.append("}\n");
        return out.toString();
    }

    private Ctx newCtx(boolean isMain, T ret, long budget) {
        Ctx c = new Ctx();
        c.isMain = isMain;
        c.ret = ret;
        c.budget = budget;
        c.callable = methods.size();
        return c;
    }

    private String staticMethod(int index) {
        boolean recursive = chance(15);
        boolean throwsEx = !recursive && chance(25);
        T ret = chance(15) ? null : anyType();
        if (recursive) {
            ret = T.LONG;
        }
        List<T> params = new ArrayList<>();
        if (recursive) {
            params.add(T.INT);
        }
        int np = between(recursive ? 1 : 0, 3);
        while (params.size() < np) {
            params.add(anyType());
        }
        String name = (recursive ? "rec" : "m") + index;
        Method m = new Method(name, ret, params, throwsEx, recursive);
        Ctx c = newCtx(false, ret, METHOD_BUDGET);
        c.throwing = throwsEx;
        c.indent = 2;
        StringBuilder sig = new StringBuilder();
        for (int i = 0; i < params.size(); i++) {
            String pn = "q" + i;
            sig.append(i == 0 ? "" : ", ").append(params.get(i).java).append(' ').append(pn);
            c.vars.add(new Var(pn, params.get(i), !(recursive && i == 0)));
        }
        if (recursive) {
            c.line("if (q0 <= 0) return " + expr(c, T.LONG, 2) + ";");
        }
        block(c, between(2, 6));
        if (recursive) {
            c.line("return " + name + "(q0 - 1" + (params.size() > 1 ? ", " : "") + restArgs(c, params) + ") " + pick("+", "^", "*", "-")
                    + " " + expr(c, T.LONG, 2) + ";");
            c.cost *= 16;
            c.prints *= 16;
        } else if (ret != null) {
            c.line("return " + expr(c, ret, 3) + ";");
        }
        m.cost = c.cost + 1;
        m.prints = c.prints;
        methods.add(m);
        return "    static " + (ret == null ? "void" : ret.java) + " " + name + "(" + sig + ") {\n" + c.sb + "    }\n\n";
    }

    private String restArgs(Ctx c, List<T> params) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i < params.size(); i++) {
            sb.append(i == 1 ? "" : ", ").append(expr(c, params.get(i), 1));
        }
        return sb.toString();
    }

    /** A method body in the class hierarchy; fields fi, fl and the parameter are in scope. */
    private Ctx classBody(T ret, T param, String paramName) {
        Ctx c = newCtx(false, ret, METHOD_BUDGET);
        c.inClass = true;
        c.indent = 2;
        c.vars.add(new Var(paramName, param, true));
        block(c, between(1, 3));
        return c;
    }

    private String classes() {
        instanceFields.add(new Var("fi", T.INT, true));
        instanceFields.add(new Var("fl", T.LONG, true));
        instanceFields.add(new Var("fd", T.DOUBLE, true));
        instanceFields.add(new Var("fb", T.BYTE, true));
        StringBuilder out = new StringBuilder();
        long[] costs = new long[3];

        // interface Shape: area(int) abstract, scale(long) default
        Ctx scale = newCtx(false, T.LONG, METHOD_BUDGET);
        scale.indent = 2;
        scale.vars.add(new Var("x", T.LONG, true));
        block(scale, between(0, 2));
        out.append("    interface Shape {\n        int area(int k);\n        default long scale(long x) {\n").append(scale.sb)
                .append("            return x * ").append(between(2, 9)).append(" + area((int) x) + ").append(expr(scale, T.LONG, 2))
                .append(";\n        }\n    }\n\n");
        out.append("    interface Named {\n        default int tag() { return ").append(between(0, 99)).append("; }\n    }\n\n");

        // Base
        Ctx area = classBody(T.INT, T.INT, "k");
        Ctx mix = classBody(T.LONG, T.LONG, "x");
        Ctx ctor = newCtx(false, null, METHOD_BUDGET);
        ctor.inClass = true;
        ctor.indent = 2;
        ctor.vars.add(new Var("seed", T.INT, true));
        block(ctor, between(0, 2));
        out.append("    static abstract class Base implements Shape {\n");
        out.append("        static int created;\n");
        out.append("        int fi; long fl = ").append(literal(T.LONG)).append("; double fd = ").append(literal(T.DOUBLE))
                .append("; byte fb;\n");
        out.append("        Base(int seed) {\n            created++;\n            fi = seed * ").append(between(1, 99))
                .append(";\n            fb = (byte) (seed >> 3);\n").append(ctor.sb).append("        }\n");
        out.append("        public int area(int k) {\n").append(area.sb).append("            return ").append(expr(area, T.INT, 3))
                .append(";\n        }\n");
        out.append("        long mix(long x) {\n").append(mix.sb).append("            return ").append(expr(mix, T.LONG, 3))
                .append(";\n        }\n");
        out.append("        abstract int kind();\n    }\n\n");
        long areaCost = area.cost + 1;
        long mixCost = mix.cost + 1;
        long prints = Math.max(area.prints, mix.prints);

        String[][] subs = {{"Sub1", "Base", ""}, {"Sub2", "Sub1", " implements Named"}, {"Sub3", "Base", " implements Named"}};
        for (int i = 0; i < subs.length; i++) {
            String name = subs[i][0];
            out.append("    static class ").append(name).append(" extends ").append(subs[i][1]).append(subs[i][2]).append(" {\n");
            out.append("        ").append(name).append("(int s) { super(s + ").append(i + 1).append("); fl ^= s; }\n");
            out.append("        int kind() { return ").append(i + 1).append("; }\n");
            if (chance(70)) {
                Ctx b = classBody(T.INT, T.INT, "k");
                out.append("        @Override public int area(int k) {\n").append(b.sb).append("            return ")
                        .append(chance(60) ? "super.area(k) + " : "").append(expr(b, T.INT, 2)).append(";\n        }\n");
                areaCost += b.cost + 1;
                prints = Math.max(prints, b.prints + area.prints);
            }
            if (chance(60)) {
                Ctx b = classBody(T.LONG, T.LONG, "x");
                out.append("        @Override long mix(long x) {\n").append(b.sb).append("            return ")
                        .append(chance(60) ? "super.mix(x) ^ " : "").append(expr(b, T.LONG, 2)).append(";\n        }\n");
                mixCost += b.cost + 1;
                prints = Math.max(prints, b.prints + mix.prints);
            }
            if (subs[i][2].contains("Named") && chance(60)) {
                out.append("        @Override public int tag() { return Named.super.tag() * ").append(between(2, 5)).append(" + fi; }\n");
            }
            if (i == 2 && chance(60)) {
                out.append("        @Override public long scale(long x) { return super.scale(x) - fl; }\n");
            }
            out.append("    }\n\n");
        }
        Method mArea = new Method("area", T.INT, List.of(T.INT), false, false);
        mArea.cost = areaCost + scale.cost;
        mArea.prints = prints + scale.prints;
        Method mMix = new Method("mix", T.LONG, List.of(T.LONG), false, false);
        mMix.cost = mixCost;
        mMix.prints = prints;
        Method mScale = new Method("scale", T.LONG, List.of(T.LONG), false, false);
        mScale.cost = areaCost + scale.cost + 1;
        mScale.prints = prints + scale.prints;
        virtuals.add(mArea);
        virtuals.add(mMix);
        virtuals.add(mScale);
        instanceFields.clear();
        return out.toString();
    }

    private String initClass(int i) {
        String name = "Init" + i;
        String sup = i > 0 && chance(40) ? " extends " + initClasses.get(rnd.nextInt(initClasses.size())) : "";
        Ctx c = newCtx(false, null, 2_000);
        c.indent = 3;
        block(c, between(1, 3));
        StringBuilder out = new StringBuilder();
        out.append("    static class ").append(name).append(sup).append(" {\n");
        out.append("        static final int K = ").append(between(0, 1000)).append(";\n");
        if (sup.isEmpty()) {
            out.append("        static int v = (int) trace(\"").append(name).append(".v\", ").append(expr(c, T.INT, 2)).append(");\n");
        }
        out.append("        static {\n            p(\"").append(name).append(".clinit\", ").append(between(0, 99)).append(");\n")
                .append(c.sb);
        if (!initClasses.isEmpty() && chance(50)) {
            out.append("            p(\"").append(name).append(".dep\", ").append(pick(initClasses)).append(".v);\n");
        }
        if (chance(35)) {
            out.append("            if (").append(expr(c, T.BOOLEAN, 1)).append(") throw new MyEx(").append(between(0, 99)).append(");\n");
        }
        out.append("        }\n");
        out.append("        static int get() { return v * 3 + K; }\n");
        out.append("    }\n\n");
        initClasses.add(name);
        return out.toString();
    }

    private static final String HELPERS = """
                static void p(String t, long v) {
                    chk = chk * 31 + v;
                    System.out.println(t + " " + v);
                }
                static void pz(String t, boolean v) {
                    p(t, v ? 1 : 0);
                }
                static void pf(String t, float v) {
                    p(t, Float.isNaN(v) ? Float.floatToIntBits(v) : Float.floatToRawIntBits(v));
                }
                static void pd(String t, double v) {
                    p(t, Double.isNaN(v) ? Double.doubleToLongBits(v) : Double.doubleToRawLongBits(v));
                }
                static void ps(String t, String v) {
                    chk = chk * 31 + v.hashCode();
                    System.out.println(t + " " + (v.length() > 60 ? v.substring(0, 60) + "..." + v.length() : v));
                }
                static String cap(String s) {
                    return s.length() > 100 ? s.substring(s.length() - 50) : s;
                }
                static long trace(String t, long v) {
                    p(t, v);
                    return v;
                }
                static int nz(int x) {
                    return x == 0 ? 1 : x;
                }
                static long nzl(long x) {
                    return x == 0 ? 1L : x;
                }
                static String substr(String s, int i) {
                    return s.substring((i & 0x7fffffff) % (s.length() + 1));
                }
                static long sum2(int[][] m) {
                    long h = m.length;
                    for (int[] row : m) {
                        for (int x : row) {
                            h = h * 31 + x;
                        }
                    }
                    return h;
                }
                static void ph(String t, boolean[] a) { long h = a.length; for (boolean x : a) h = h * 3 + (x ? 1 : 0); p(t, h); }
                static void ph(String t, byte[] a) { long h = a.length; for (byte x : a) h = h * 31 + x; p(t, h); }
                static void ph(String t, short[] a) { long h = a.length; for (short x : a) h = h * 31 + x; p(t, h); }
                static void ph(String t, char[] a) { long h = a.length; for (char x : a) h = h * 31 + x; p(t, h); }
                static void ph(String t, int[] a) { long h = a.length; for (int x : a) h = h * 31 + x; p(t, h); }
                static void ph(String t, long[] a) { long h = a.length; for (long x : a) h = h * 31 + x; p(t, h); }
                static void ph(String t, float[] a) { long h = a.length; for (float x : a) h = h * 31 + Float.floatToIntBits(x); p(t, h); }
                static void ph(String t, double[] a) { long h = a.length; for (double x : a) h = h * 31 + Double.doubleToLongBits(x); p(t, h); }
                static class MyEx extends RuntimeException {
                    final int code;
                    MyEx(int code) {
                        super("my" + code);
                        this.code = code;
                    }
                }

            """;
}
