package org.cortado.passes;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.cortado.ir.Expr;
import org.cortado.ir.Expr.*;
import org.cortado.ir.Stmt;
import org.cortado.ir.Var;

/** Rebuilds statements and expressions with their variable reads replaced. */
final class Rewriter {
  private Rewriter() {
  }

  static Stmt rewriteUses(Stmt s, UnaryOperator<Var> f) {
    if (s instanceof Stmt.Assign a) {
      return new Stmt.Assign(a.target(), expr(a.value(), f));
    } else if (s instanceof Stmt.PutField p) {
      return new Stmt.PutField(p.field(), expr(p.obj(), f), expr(p.value(), f));
    } else if (s instanceof Stmt.PutStatic p) {
      return new Stmt.PutStatic(p.field(), expr(p.value(), f));
    } else if (s instanceof Stmt.ArrayStore a) {
      return new Stmt.ArrayStore(expr(a.array(), f), expr(a.index(), f), expr(a.value(), f), a.elem());
    } else if (s instanceof Stmt.Eval e) {
      return new Stmt.Eval(expr(e.value(), f));
    } else if (s instanceof Stmt.NullCheck n) {
      return new Stmt.NullCheck(expr(n.value(), f));
    } else if (s instanceof Stmt.If i) {
      return new Stmt.If(expr(i.cond(), f), i.ifTrue(), i.ifFalse());
    } else if (s instanceof Stmt.Switch sw) {
      return new Stmt.Switch(expr(sw.key(), f), sw.keys(), sw.targets(), sw.dflt());
    } else if (s instanceof Stmt.Return r) {
      return r.value() == null ? r : new Stmt.Return(expr(r.value(), f));
    } else if (s instanceof Stmt.Throw t) {
      return new Stmt.Throw(expr(t.exception(), f));
    }
    return s;
  }

  static Expr expr(Expr e, UnaryOperator<Var> f) {
    if (e instanceof Local l) {
      Var v = f.apply(l.v());
      return v == l.v() ? e : new Local(v);
    } else if (e instanceof Binary b) {
      return new Binary(b.op(), b.type(), expr(b.a(), f), expr(b.b(), f));
    } else if (e instanceof Unary u) {
      return new Unary(u.op(), u.type(), expr(u.a(), f));
    } else if (e instanceof Compare3 c) {
      return new Compare3(c.kind(), expr(c.a(), f), expr(c.b(), f));
    } else if (e instanceof Condition c) {
      return new Condition(c.cond(), expr(c.a(), f), expr(c.b(), f));
    } else if (e instanceof GetField g) {
      return new GetField(g.field(), expr(g.obj(), f));
    } else if (e instanceof ArrayLength a) {
      return new ArrayLength(expr(a.array(), f));
    } else if (e instanceof ArrayLoad a) {
      return new ArrayLoad(expr(a.array(), f), expr(a.index(), f), a.elem());
    } else if (e instanceof NewArray n) {
      return new NewArray(n.type(), expr(n.length(), f));
    } else if (e instanceof NewMultiArray n) {
      List<Expr> dims = new ArrayList<>();
      n.dims().forEach(d -> dims.add(expr(d, f)));
      return new NewMultiArray(n.type(), dims);
    } else if (e instanceof InstanceOf i) {
      return new InstanceOf(expr(i.obj(), f), i.target());
    } else if (e instanceof CheckCast c) {
      return new CheckCast(expr(c.obj(), f), c.type());
    } else if (e instanceof Invoke inv) {
      List<Expr> args = new ArrayList<>();
      inv.args().forEach(a -> args.add(expr(a, f)));
      return new Invoke(inv.kind(), inv.method(), args);
    }
    return e;
  }
}
