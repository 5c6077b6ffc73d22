package org.cortado.ir;

import java.util.function.Predicate;
import org.cortado.ir.Expr.*;

/** Small queries over expression trees. */
public final class Exprs {
  private Exprs() {
  }

  /** Whether any variable read in {@code e} satisfies {@code p}. */
  public static boolean anyLocal(Expr e, Predicate<Var> p) {
    if (e instanceof Local l) {
      return p.test(l.v());
    }
    for (Expr c : children(e)) {
      if (anyLocal(c, p)) {
        return true;
      }
    }
    return false;
  }

  /** The direct sub-expressions of {@code e}, in evaluation order. */
  public static java.util.List<Expr> children(Expr e) {
    if (e instanceof Binary b) {
      return java.util.List.of(b.a(), b.b());
    } else if (e instanceof Unary u) {
      return java.util.List.of(u.a());
    } else if (e instanceof Compare3 c) {
      return java.util.List.of(c.a(), c.b());
    } else if (e instanceof Condition c) {
      return java.util.List.of(c.a(), c.b());
    } else if (e instanceof GetField g) {
      return java.util.List.of(g.obj());
    } else if (e instanceof ArrayLength a) {
      return java.util.List.of(a.array());
    } else if (e instanceof ArrayLoad a) {
      return java.util.List.of(a.array(), a.index());
    } else if (e instanceof NewArray n) {
      return java.util.List.of(n.length());
    } else if (e instanceof NewMultiArray n) {
      return n.dims();
    } else if (e instanceof InstanceOf i) {
      return java.util.List.of(i.obj());
    } else if (e instanceof CheckCast c) {
      return java.util.List.of(c.obj());
    } else if (e instanceof Invoke i) {
      return i.args();
    }
    return java.util.List.of();
  }
}
