package org.cortado.ir;

import org.cortado.ir.Refs.FieldRef;
import org.objectweb.asm.Type;

/** IR statements. The last statement of a block is a terminator; all others are plain. */
public sealed interface Stmt {
  /** Whether this statement ends a block. */
  default boolean isTerminator() {
    return false;
  }

  record Assign(Var target, Expr value) implements Stmt { }

  record PutField(FieldRef field, Expr obj, Expr value) implements Stmt { }

  record PutStatic(FieldRef field, Expr value) implements Stmt { }

  record ArrayStore(Expr array, Expr index, Expr value, Type elem) implements Stmt { }

  /** Evaluates an expression for its effects (calls whose result is unused). */
  record Eval(Expr value) implements Stmt { }

  /** Throws NullPointerException if the value is null (monitorenter/monitorexit). */
  record NullCheck(Expr value) implements Stmt { }

  record Goto(Block target) implements Stmt {
    @Override public boolean isTerminator() {
      return true;
    }
  }

  /** Branches on an int condition (non-zero is true). */
  record If(Expr cond, Block ifTrue, Block ifFalse) implements Stmt {
    @Override public boolean isTerminator() {
      return true;
    }
  }

  record Switch(Expr key, int[] keys, Block[] targets, Block dflt) implements Stmt {
    @Override public boolean isTerminator() {
      return true;
    }
  }

  record Return(Expr value) implements Stmt {
    @Override public boolean isTerminator() {
      return true;
    }
  }

  record Throw(Expr exception) implements Stmt {
    @Override public boolean isTerminator() {
      return true;
    }
  }
}
