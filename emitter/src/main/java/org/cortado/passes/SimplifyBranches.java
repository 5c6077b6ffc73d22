package org.cortado.passes;

import org.cortado.ir.Block;
import org.cortado.ir.Body;
import org.cortado.ir.Expr;
import org.cortado.ir.Expr.Condition;
import org.cortado.ir.Expr.Const;
import org.cortado.ir.Stmt;

/**
 * Turns branches on constant conditions into gotos. The classlib asks PlatformDetector which
 * backend it runs on; folding those answers here keeps the other backends' code unreachable.
 */
public final class SimplifyBranches implements Pass {
  @Override public void run(Body body) {
    for (Block b : body.blocks) {
      if (b.stmts.isEmpty() || !(b.terminator() instanceof Stmt.If i)) {
        continue;
      }
      Boolean value = constantValue(i.cond());
      if (value != null) {
        b.stmts.set(b.stmts.size() - 1, new Stmt.Goto(value ? i.ifTrue() : i.ifFalse()));
      }
    }
  }

  private static Boolean constantValue(Expr e) {
    if (e instanceof Const c && c.value() instanceof Integer v) {
      return v != 0;
    }
    if (e instanceof Condition c && c.a() instanceof Const a && c.b() instanceof Const b
        && a.value() instanceof Integer x && b.value() instanceof Integer y) {
      return switch (c.cond()) {
        case EQ -> x.intValue() == y.intValue();
        case NE -> x.intValue() != y.intValue();
        case LT -> x < y;
        case GE -> x >= y;
        case GT -> x > y;
        case LE -> x <= y;
      };
    }
    return null;
  }
}
