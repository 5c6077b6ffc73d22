package org.cortado.ir;

import java.util.List;
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
  public static List<Expr> children(Expr e) {
    if (e instanceof Binary b) {
      return List.of(b.a(), b.b());
    } else if (e instanceof Unary u) {
      return List.of(u.a());
    } else if (e instanceof Compare3 c) {
      return List.of(c.a(), c.b());
    } else if (e instanceof Condition c) {
      return List.of(c.a(), c.b());
    } else if (e instanceof GetField g) {
      return List.of(g.obj());
    } else if (e instanceof ArrayLength a) {
      return List.of(a.array());
    } else if (e instanceof ArrayLoad a) {
      return List.of(a.array(), a.index());
    } else if (e instanceof NewArray n) {
      return List.of(n.length());
    } else if (e instanceof NewMultiArray n) {
      return n.dims();
    } else if (e instanceof InstanceOf i) {
      return List.of(i.obj());
    } else if (e instanceof CheckCast c) {
      return List.of(c.obj());
    } else if (e instanceof Invoke i) {
      return i.args();
    }
    return List.of();
  }

  /** The expressions a statement evaluates, in evaluation order. */
  public static List<Expr> ofStmt(Stmt s) {
    if (s instanceof Stmt.Assign a) {
      return List.of(a.value());
    } else if (s instanceof Stmt.PutField p) {
      return List.of(p.obj(), p.value());
    } else if (s instanceof Stmt.PutStatic p) {
      return List.of(p.value());
    } else if (s instanceof Stmt.ArrayStore a) {
      return List.of(a.array(), a.index(), a.value());
    } else if (s instanceof Stmt.Eval e) {
      return List.of(e.value());
    } else if (s instanceof Stmt.NullCheck n) {
      return List.of(n.value());
    } else if (s instanceof Stmt.If i) {
      return List.of(i.cond());
    } else if (s instanceof Stmt.Switch sw) {
      return List.of(sw.key());
    } else if (s instanceof Stmt.Return r) {
      return r.value() == null ? List.of() : List.of(r.value());
    } else if (s instanceof Stmt.Throw t) {
      return List.of(t.exception());
    }
    return List.of();
  }
}
