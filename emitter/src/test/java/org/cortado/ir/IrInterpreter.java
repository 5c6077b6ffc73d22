package org.cortado.ir;

import java.lang.reflect.Array;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.cortado.ir.Expr.*;
import org.cortado.ir.Stmt.*;
import org.objectweb.asm.Type;

/**
 * Executes IR bodies of numeric code for tests, so IrBuilder's output can be compared with what
 * the JVM computes for the same bytecode. Values are boxed Integer/Long/Float/Double, Java arrays,
 * strings and null. Static calls are resolved by {@code callee} (to another body); objects,
 * fields and exceptions are not supported.
 */
final class IrInterpreter {
  private static final int MAX_STEPS = 1_000_000;

  private final Function<Refs.MethodRef, Body> callee;
  private int steps;

  IrInterpreter(Function<Refs.MethodRef, Body> callee) {
    this.callee = callee;
  }

  /** Runs {@code body} with {@code args} (ints for boolean/byte/char/short parameters). */
  Object run(Body body, List<Object> args) {
    Map<Var, Object> vars = new HashMap<>();
    for (int i = 0; i < body.params.size(); i++) {
      vars.put(body.params.get(i), args.get(i));
    }
    Block b = body.entry();
    while (true) {
      Block next = null;
      for (Stmt s : b.stmts) {
        if (++steps > MAX_STEPS) {
          throw new AssertionError("step limit exceeded (infinite loop in the IR?)");
        }
        if (s instanceof Assign a) {
          vars.put(a.target(), eval(a.value(), vars));
        } else if (s instanceof Eval e) {
          eval(e.value(), vars);
        } else if (s instanceof ArrayStore st) {
          Object array = eval(st.array(), vars);
          int index = (Integer) eval(st.index(), vars);
          Object value = eval(st.value(), vars);
          Array.set(array, index, fit(value, array.getClass().getComponentType()));
        } else if (s instanceof Goto g) {
          next = g.target();
        } else if (s instanceof If i) {
          next = asInt(eval(i.cond(), vars)) != 0 ? i.ifTrue() : i.ifFalse();
        } else if (s instanceof Switch sw) {
          int key = (Integer) eval(sw.key(), vars);
          next = sw.dflt();
          for (int k = 0; k < sw.keys().length; k++) {
            if (sw.keys()[k] == key) {
              next = sw.targets()[k];
            }
          }
        } else if (s instanceof Return r) {
          return r.value() == null ? null : eval(r.value(), vars);
        } else {
          throw new UnsupportedOperationException("statement " + s);
        }
      }
      if (next == null) {
        throw new AssertionError("block " + b + " has no terminator");
      }
      b = next;
    }
  }

  private Object eval(Expr e, Map<Var, Object> vars) {
    if (e instanceof Const c) {
      return c.value();
    } else if (e instanceof Local l) {
      if (!vars.containsKey(l.v())) {
        throw new AssertionError("read of unassigned variable " + l.v());
      }
      return vars.get(l.v());
    } else if (e instanceof Binary b) {
      return binary(b, eval(b.a(), vars), eval(b.b(), vars));
    } else if (e instanceof Unary u) {
      return unary(u.op(), eval(u.a(), vars));
    } else if (e instanceof Compare3 c) {
      return compare3(c.kind(), eval(c.a(), vars), eval(c.b(), vars));
    } else if (e instanceof Condition c) {
      return condition(c.cond(), eval(c.a(), vars), eval(c.b(), vars)) ? 1 : 0;
    } else if (e instanceof ArrayLength a) {
      return Array.getLength(eval(a.array(), vars));
    } else if (e instanceof ArrayLoad a) {
      Object array = eval(a.array(), vars);
      Object v = Array.get(array, (Integer) eval(a.index(), vars));
      return v instanceof Boolean z ? (z ? 1 : 0) : v instanceof Character ch ? (int) ch
          : v instanceof Byte by ? (int) by : v instanceof Short sh ? (int) sh : v;
    } else if (e instanceof NewArray n) {
      return Array.newInstance(javaClass(n.type().getElementType()), (Integer) eval(n.length(), vars));
    } else if (e instanceof Invoke inv && inv.kind() == Ops.InvokeKind.STATIC) {
      Object[] args = inv.args().stream().map(a -> eval(a, vars)).toArray();
      return run(callee.apply(inv.method()), List.of(args));
    }
    throw new UnsupportedOperationException("expression " + e);
  }

  private static Object binary(Binary b, Object x, Object y) {
    switch (b.type().getSort()) {
      case Type.INT -> {
        int p = (Integer) x;
        int q = (Integer) y;
        return switch (b.op()) {
          case ADD -> p + q;
          case SUB -> p - q;
          case MUL -> p * q;
          case DIV -> p / q;
          case REM -> p % q;
          case AND -> p & q;
          case OR -> p | q;
          case XOR -> p ^ q;
          case SHL -> p << q;
          case SHR -> p >> q;
          case USHR -> p >>> q;
        };
      }
      case Type.LONG -> {
        long p = (Long) x;
        if (b.op() == Ops.BinOp.SHL || b.op() == Ops.BinOp.SHR || b.op() == Ops.BinOp.USHR) {
          int n = (Integer) y;
          return b.op() == Ops.BinOp.SHL ? p << n : b.op() == Ops.BinOp.SHR ? p >> n : p >>> n;
        }
        long q = (Long) y;
        return switch (b.op()) {
          case ADD -> p + q;
          case SUB -> p - q;
          case MUL -> p * q;
          case DIV -> p / q;
          case REM -> p % q;
          case AND -> p & q;
          case OR -> p | q;
          case XOR -> p ^ q;
          default -> throw new AssertionError(b);
        };
      }
      case Type.FLOAT -> {
        float p = (Float) x;
        float q = (Float) y;
        return switch (b.op()) {
          case ADD -> p + q;
          case SUB -> p - q;
          case MUL -> p * q;
          case DIV -> p / q;
          case REM -> p % q;
          default -> throw new AssertionError(b);
        };
      }
      case Type.DOUBLE -> {
        double p = (Double) x;
        double q = (Double) y;
        return switch (b.op()) {
          case ADD -> p + q;
          case SUB -> p - q;
          case MUL -> p * q;
          case DIV -> p / q;
          case REM -> p % q;
          default -> throw new AssertionError(b);
        };
      }
      default -> throw new AssertionError("binary of type " + b.type());
    }
  }

  private static Object unary(Ops.UnOp op, Object x) {
    return switch (op) {
      case NEG -> x instanceof Integer i ? -i : x instanceof Long l ? -l : x instanceof Float f ? -f : -(Double) x;
      case I2L -> (long) (Integer) x;
      case I2F -> (float) (Integer) x;
      case I2D -> (double) (Integer) x;
      case L2I -> (int) (long) (Long) x;
      case L2F -> (float) (Long) x;
      case L2D -> (double) (Long) x;
      case F2I -> (int) (float) (Float) x;
      case F2L -> (long) (float) (Float) x;
      case F2D -> (double) (Float) x;
      case D2I -> (int) (double) (Double) x;
      case D2L -> (long) (double) (Double) x;
      case D2F -> (float) (double) (Double) x;
      case I2B -> (int) (byte) (int) (Integer) x;
      case I2C -> (int) (char) (int) (Integer) x;
      case I2S -> (int) (short) (int) (Integer) x;
    };
  }

  private static int compare3(Ops.CmpKind kind, Object x, Object y) {
    return switch (kind) {
      case LCMP -> Long.compare((Long) x, (Long) y);
      case FCMPL, FCMPG -> {
        float p = (Float) x;
        float q = (Float) y;
        yield Float.isNaN(p) || Float.isNaN(q) ? (kind == Ops.CmpKind.FCMPL ? -1 : 1) : p < q ? -1 : p > q ? 1 : 0;
      }
      case DCMPL, DCMPG -> {
        double p = (Double) x;
        double q = (Double) y;
        yield Double.isNaN(p) || Double.isNaN(q) ? (kind == Ops.CmpKind.DCMPL ? -1 : 1) : p < q ? -1 : p > q ? 1 : 0;
      }
    };
  }

  private static boolean condition(Ops.Cond cond, Object x, Object y) {
    if (!(x instanceof Integer) || !(y instanceof Integer)) {
      return switch (cond) {
        case EQ -> x == y;
        case NE -> x != y;
        default -> throw new AssertionError("ordered comparison of references");
      };
    }
    int p = (Integer) x;
    int q = (Integer) y;
    return switch (cond) {
      case EQ -> p == q;
      case NE -> p != q;
      case LT -> p < q;
      case GE -> p >= q;
      case GT -> p > q;
      case LE -> p <= q;
    };
  }

  private static int asInt(Object v) {
    return (Integer) v;
  }

  /** Narrows an int-typed IR value to a small array's element type. */
  private static Object fit(Object value, Class<?> component) {
    if (value instanceof Integer i) {
      if (component == boolean.class) {
        return (i & 1) != 0;
      } else if (component == byte.class) {
        return (byte) (int) i;
      } else if (component == char.class) {
        return (char) (int) i;
      } else if (component == short.class) {
        return (short) (int) i;
      }
    }
    return value;
  }

  private static Class<?> javaClass(Type t) {
    return switch (t.getSort()) {
      case Type.BOOLEAN -> boolean.class;
      case Type.BYTE -> byte.class;
      case Type.CHAR -> char.class;
      case Type.SHORT -> short.class;
      case Type.INT -> int.class;
      case Type.LONG -> long.class;
      case Type.FLOAT -> float.class;
      case Type.DOUBLE -> double.class;
      default -> Object.class;
    };
  }
}
