package org.cortado.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cortado.ir.Block;
import org.cortado.ir.Body;
import org.cortado.ir.Expr;
import org.cortado.ir.Ops.BinOp;
import org.cortado.ir.Ops.Cond;
import org.cortado.ir.Ops.UnOp;
import org.cortado.ir.Stmt;
import org.cortado.ir.Var;
import org.objectweb.asm.Type;

/**
 * Which array indices are known to be in bounds, so their checks can go (bounds-check
 * elimination for the loops javac writes: {@code for (i = 0; i < a.length; i++) a[i]}, and
 * {@code for (i = 0; i + 3 < a.length; i += 4) a[i + 2]}). A forward must-analysis over two kinds
 * of facts about int variables and array variables:
 * <ul>
 *   <li>{@code i + k < a.length} (k ≥ 0), from a branch on that comparison;</li>
 *   <li>{@code i ≥ 0}, from a non-negative constant, an array length, a copy, or an increment
 *       {@code i += c} of a non-negative {@code i} that a {@code i + (c - 1) < a.length} fact
 *       keeps from overflowing.</li>
 * </ul>
 * A third fact, {@code i ≤ 2^30}, keeps {@code i + k} (k ≤ 16) from overflowing in a comparison:
 * it holds for small constants, lengths and indices below a length, because no engine allocates an
 * array of 2^30 elements (V8 refuses at 2^30; HotSpot's limit is the heap).
 * An assignment kills every fact about its variable; exception handlers start with no facts.
 * Only the variables matter, never memory: an array's length cannot change.
 */
public final class ArrayBounds {
  /** {@code index + offset < array.length}. */
  public record Below(Var index, int offset, Var array) { }

  /** {@code v >= 0}. */
  public record NonNegative(Var v) { }

  /** {@code v <= 2^30}. */
  public record Bounded(Var v) { }

  /** {@code v == array.length} (javac often keeps a length in a local). */
  public record LengthOf(Var v, Var array) { }

  private static final int BOUND = 1 << 30;
  private static final int MAX_OFFSET = 16;

  private final Map<Block, Set<Object>> entry = new HashMap<>();

  public ArrayBounds(Body body) {
    Dominators dom = new Dominators(body);
    Set<Block> handlers = new HashSet<>();
    for (Block b : body.blocks) {
      if (b.handler != null) {
        handlers.add(b.handler);
      }
    }
    // Optimistic start (null = every fact) so loops converge to the largest consistent solution.
    Map<Block, Set<Object>> in = new HashMap<>();
    for (Block b : dom.rpo) {
      in.put(b, null);
    }
    in.put(body.entry(), new LinkedHashSet<>());
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Block b : dom.rpo) {
        if (b == body.entry()) {
          continue;
        }
        Set<Object> meet;
        if (handlers.contains(b)) {
          meet = new LinkedHashSet<>();
        } else {
          meet = null;
          for (Block p : dom.predecessors(b)) {
            Set<Object> pin = in.get(p);
            if (pin == null) {
              continue;
            }
            Set<Object> out = new LinkedHashSet<>(pin);
            for (Stmt s : p.stmts) {
              transfer(out, s);
            }
            edgeFacts(p, b, out);
            if (meet == null) {
              meet = out;
            } else {
              meet.retainAll(out);
            }
          }
        }
        if (meet != null && !meet.equals(in.get(b))) {
          in.put(b, meet);
          changed = true;
        }
      }
    }
    for (Block b : dom.rpo) {
      entry.put(b, in.get(b) == null ? new LinkedHashSet<>() : in.get(b));
    }
  }

  /** A copy of the facts holding when {@code b} starts. */
  public Set<Object> entry(Block b) {
    Set<Object> f = entry.get(b);
    return f == null ? new LinkedHashSet<>() : new LinkedHashSet<>(f);
  }

  /** Updates {@code facts} across one statement. */
  public static void transfer(Set<Object> facts, Stmt s) {
    if (!(s instanceof Stmt.Assign a)) {
      return;
    }
    Var v = a.target();
    boolean nonNegative = v.type == Type.INT_TYPE && isNonNegative(facts, a.value());
    boolean bounded = v.type == Type.INT_TYPE && isBounded(facts, a.value());
    List<Object> copied = new ArrayList<>();
    if (a.value() instanceof Expr.Local l && v.type == Type.INT_TYPE && l.v() != v) {
      for (Object f : facts) {
        if (f instanceof Below b && b.index() == l.v()) {
          copied.add(new Below(v, b.offset(), b.array()));
        } else if (f instanceof LengthOf len && len.v() == l.v()) {
          copied.add(new LengthOf(v, len.array()));
        }
      }
    }
    facts.removeIf(f -> f instanceof Below b ? b.index() == v || b.array() == v
        : f instanceof NonNegative n ? n.v() == v : f instanceof Bounded u ? u.v() == v
        : f instanceof LengthOf len && (len.v() == v || len.array() == v));
    if (a.value() instanceof Expr.ArrayLength len && len.array() instanceof Expr.Local arr && arr.v() != v) {
      facts.add(new LengthOf(v, arr.v()));
    }
    if (nonNegative) {
      facts.add(new NonNegative(v));
    }
    if (bounded) {
      facts.add(new Bounded(v));
    }
    facts.addAll(copied);
  }

  private static boolean isNonNegative(Set<Object> facts, Expr value) {
    if (value instanceof Expr.Const c) {
      return c.value() instanceof Integer i && i >= 0;
    } else if (value instanceof Expr.ArrayLength) {
      return true;
    } else if (value instanceof Expr.Local l) {
      return facts.contains(new NonNegative(l.v()));
    } else if (value instanceof Expr.Unary u) {
      return u.op() == UnOp.I2C;
    } else if (value instanceof Expr.Binary b && b.type() == Type.INT_TYPE) {
      if (b.op() == BinOp.AND) {
        return isNonNegConst(b.a()) || isNonNegConst(b.b());
      }
      if (b.op() == BinOp.USHR) {
        return b.b() instanceof Expr.Const c && c.value() instanceof Integer n && (n & 31) != 0;
      }
      if (b.op() == BinOp.ADD) {
        // base + step cannot overflow (nor go negative) when base >= 0 and base + (step - 1) < a length.
        Var base = guardedIncrementBase(facts, b);
        return base != null && facts.contains(new NonNegative(base));
      }
    }
    return false;
  }

  private static boolean isBounded(Set<Object> facts, Expr value) {
    if (value instanceof Expr.Const c) {
      return c.value() instanceof Integer i && i <= BOUND;
    } else if (value instanceof Expr.ArrayLength) {
      return true;
    } else if (value instanceof Expr.Local l) {
      return facts.contains(new Bounded(l.v()));
    } else if (value instanceof Expr.Unary u) {
      return u.op() == UnOp.I2C;
    } else if (value instanceof Expr.Binary b && b.type() == Type.INT_TYPE && b.op() == BinOp.ADD) {
      // base + step <= length when base + (step - 1) < length.
      return guardedIncrementBase(facts, b) != null;
    }
    return false;
  }

  /**
   * For {@code base + step} (step a constant >= 1) with a fact {@code base + k < a.length},
   * k >= step - 1: base, else null.
   */
  private static Var guardedIncrementBase(Set<Object> facts, Expr.Binary add) {
    Var base = add.a() instanceof Expr.Local l ? l.v() : add.b() instanceof Expr.Local l ? l.v() : null;
    Expr other = add.a() instanceof Expr.Local ? add.b() : add.a();
    if (base == null || !(other instanceof Expr.Const c) || !(c.value() instanceof Integer step) || step < 1) {
      return null;
    }
    for (Object f : facts) {
      if (f instanceof Below below && below.index() == base && below.offset() >= step - 1) {
        return base;
      }
    }
    return null;
  }

  private static boolean isNonNegConst(Expr e) {
    return e instanceof Expr.Const c && c.value() instanceof Integer i && i >= 0;
  }

  /** Facts that hold along the edge p → b because of p's branch condition. */
  private static void edgeFacts(Block p, Block b, Set<Object> out) {
    if (!(p.terminator() instanceof Stmt.If branch) || branch.ifTrue() == branch.ifFalse()
        || !(branch.cond() instanceof Expr.Condition c)) {
      return;
    }
    Cond cond = b == branch.ifTrue() ? c.cond() : b == branch.ifFalse() ? c.cond().negate() : null;
    if (cond == null) {
      return;
    }
    // Normalise to "lo < hi" or "lo <= hi".
    Expr lo;
    Expr hi;
    boolean strict;
    switch (cond) {
      case LT -> { lo = c.a(); hi = c.b(); strict = true; }
      case GT -> { lo = c.b(); hi = c.a(); strict = true; }
      case LE -> { lo = c.a(); hi = c.b(); strict = false; }
      case GE -> { lo = c.b(); hi = c.a(); strict = false; }
      default -> { return; }
    }
    Var lengthOf = null;
    if (hi instanceof Expr.ArrayLength len && len.array() instanceof Expr.Local arr) {
      lengthOf = arr.v();
    } else if (hi instanceof Expr.Local l) {
      for (Object f : out) {
        if (f instanceof LengthOf len && len.v() == l.v()) {
          lengthOf = len.array();
        }
      }
    }
    if (strict && lengthOf != null) {
      Var index = null;
      int offset = 0;
      if (lo instanceof Expr.Local l) {
        index = l.v();
      } else if (lo instanceof Expr.Binary add && add.op() == BinOp.ADD && add.type() == Type.INT_TYPE) {
        if (add.a() instanceof Expr.Local l && add.b() instanceof Expr.Const k && k.value() instanceof Integer n) {
          index = l.v();
          offset = n;
        } else if (add.b() instanceof Expr.Local l && add.a() instanceof Expr.Const k && k.value() instanceof Integer n) {
          index = l.v();
          offset = n;
        }
      }
      // i + k < length with k < 0 says nothing about i + 0; and i + k must not have overflowed.
      if (index != null && offset >= 0 && (offset == 0
          || offset <= MAX_OFFSET && out.contains(new NonNegative(index)) && out.contains(new Bounded(index)))) {
        out.add(new Below(index, offset, lengthOf));
        if (offset == 0) {
          out.add(new Bounded(index));
        }
      }
    }
    // 0 <= i, or -1 < i.
    if (hi instanceof Expr.Local l && l.v().type == Type.INT_TYPE && lo instanceof Expr.Const k
        && k.value() instanceof Integer n && (strict ? n >= -1 : n >= 0)) {
      out.add(new NonNegative(l.v()));
    }
  }

  /** Whether {@code array[index]} is known to be in bounds under {@code facts}. */
  public static boolean inBounds(Set<Object> facts, Expr array, Expr index) {
    if (!(array instanceof Expr.Local arr)) {
      return false;
    }
    Var base;
    int add;
    if (index instanceof Expr.Local l) {
      base = l.v();
      add = 0;
    } else if (index instanceof Expr.Binary b && b.op() == BinOp.ADD && b.type() == Type.INT_TYPE
        && b.a() instanceof Expr.Local l && b.b() instanceof Expr.Const k && k.value() instanceof Integer n && n >= 0) {
      base = l.v();
      add = n;
    } else if (index instanceof Expr.Const k && k.value() instanceof Integer n && n >= 0) {
      // Some j + m < length with j >= 0 gives length > m >= n.
      for (Object f : facts) {
        if (f instanceof Below b && b.array() == arr.v() && b.offset() >= n && facts.contains(new NonNegative(b.index()))) {
          return true;
        }
      }
      return false;
    } else {
      return false;
    }
    if (!facts.contains(new NonNegative(base))) {
      return false;
    }
    for (Object f : facts) {
      if (f instanceof Below b && b.index() == base && b.array() == arr.v() && b.offset() >= add) {
        return true;
      }
    }
    return false;
  }
}
