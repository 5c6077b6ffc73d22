package org.cortado.passes;

import java.util.HashMap;
import java.util.Map;
import org.cortado.analysis.ClassHierarchy;
import org.cortado.ir.Block;
import org.cortado.ir.Body;
import org.cortado.ir.Expr;
import org.cortado.ir.Stmt;
import org.cortado.ir.Var;
import org.objectweb.asm.Type;

/**
 * Gives every reference variable the least upper bound of the types assigned to it (parameters
 * start with their declared type). Iterates to a fixpoint because assigned values may read other
 * variables. Primitive variables already have their kind's type.
 */
public final class InferTypes implements Pass {
  private final ClassHierarchy hierarchy;

  public InferTypes(ClassHierarchy hierarchy) {
    this.hierarchy = hierarchy;
  }

  @Override public void run(Body body) {
    Map<Var, Type> declared = new HashMap<>();
    for (Var p : body.params) {
      if (isRef(p.type)) {
        declared.put(p, p.type);
      }
    }
    for (Var v : body.vars) {
      if (isRef(v.type) && v != body.exception) {
        v.type = declared.getOrDefault(v, Expr.NULL_TYPE);
      }
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Block b : body.blocks) {
        for (Stmt s : b.stmts) {
          if (s instanceof Stmt.Assign a && isRef(a.target().type) && a.target() != body.exception) {
            Type t = a.value().type();
            Type merged = hierarchy.lub(a.target().type, t);
            if (!merged.equals(a.target().type)) {
              a.target().type = merged;
              changed = true;
            }
          }
        }
      }
    }
    for (Var v : body.vars) {
      if (Expr.NULL_TYPE.equals(v.type)) {
        v.type = Expr.OBJECT;
      }
    }
  }

  private static boolean isRef(Type t) {
    return t.getSort() == Type.OBJECT || t.getSort() == Type.ARRAY;
  }
}
