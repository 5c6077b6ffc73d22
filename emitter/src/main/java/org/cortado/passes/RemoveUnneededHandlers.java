package org.cortado.passes;

import org.cortado.ir.Block;
import org.cortado.ir.Body;
import org.cortado.ir.Expr;
import org.cortado.ir.Expr.*;
import org.cortado.ir.Exprs;
import org.cortado.ir.Ops.BinOp;
import org.cortado.ir.Stmt;

/**
 * Drops the exception edge of blocks that cannot throw. Besides saving a Wasm {@code try}, this
 * removes javac's self-covering finally handlers (the handler's own {@code astore} lies in its
 * range), which would otherwise make the CFG irreducible.
 */
public final class RemoveUnneededHandlers implements Pass {
  @Override public void run(Body body) {
    for (Block b : body.blocks) {
      if (b.handler != null && b.stmts.stream().noneMatch(RemoveUnneededHandlers::canThrow)) {
        b.handler = null;
      }
    }
  }

  static boolean canThrow(Stmt s) {
    if (s instanceof Stmt.Assign a) {
      return canThrow(a.value());
    } else if (s instanceof Stmt.If i) {
      return canThrow(i.cond());
    } else if (s instanceof Stmt.Switch sw) {
      return canThrow(sw.key());
    } else if (s instanceof Stmt.Return r) {
      return r.value() != null && canThrow(r.value());
    } else if (s instanceof Stmt.Goto) {
      return false;
    }
    return true;
  }

  /** Whether evaluating {@code e} may throw (calls, field and array access, allocation, casts, division). */
  public static boolean canThrow(Expr e) {
    if (e instanceof Invoke || e instanceof GetField || e instanceof GetStatic || e instanceof ArrayLoad
        || e instanceof ArrayLength || e instanceof NewObject || e instanceof NewArray || e instanceof NewMultiArray
        || e instanceof CheckCast || e instanceof ClassConst) {
      return true;
    }
    if (e instanceof Binary b && (b.op() == BinOp.DIV || b.op() == BinOp.REM)
        && (b.type().getSort() == org.objectweb.asm.Type.INT || b.type().getSort() == org.objectweb.asm.Type.LONG)
        && !(b.b() instanceof Const c && ((Number) c.value()).longValue() != 0)) {
      return true;
    }
    for (Expr c : Exprs.children(e)) {
      if (canThrow(c)) {
        return true;
      }
    }
    return false;
  }
}
