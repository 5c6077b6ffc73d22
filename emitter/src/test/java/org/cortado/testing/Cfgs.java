package org.cortado.testing;

import java.util.ArrayList;
import java.util.List;
import org.cortado.ir.Block;
import org.cortado.ir.Body;
import org.cortado.ir.Expr;
import org.cortado.ir.Ops;
import org.cortado.ir.Refs;
import org.cortado.ir.Stmt;
import org.cortado.ir.Var;
import org.objectweb.asm.Type;

/**
 * IR bodies with a given control-flow graph, written as text: {@code "0->1,2; 1->3; 2->3 !4; 3->; 4->"}
 * makes blocks B0..B4 where B0 branches to B1/B2, B2 is covered by handler B4, and B3/B4 return.
 * Block i is {@code body.blocks.get(i)}; block 0 is the entry. Terminators follow the number of
 * targets: none → {@code return}, one → {@code goto}, two → {@code if} on the int parameter,
 * more → {@code switch} on it (keys 0, 1, … for all targets but the last, which is the default).
 * A block with a handler first calls {@code T.f()V}, so it can throw.
 */
public final class Cfgs {
  private Cfgs() {
  }

  public static Body parse(String spec) {
    String[] clauses = spec.split(";");
    Body body = new Body();
    body.exception = body.newVar("exc", Expr.THROWABLE);
    Var cond = body.newVar("c", Type.INT_TYPE);
    body.params.add(cond);
    int max = -1;
    for (String clause : clauses) {
      for (String tok : clause.replace("->", " ").replace(",", " ").replace("!", " ").trim().split("\\s+")) {
        if (!tok.isEmpty()) {
          max = Math.max(max, Integer.parseInt(tok));
        }
      }
    }
    for (int i = 0; i <= max; i++) {
      body.newBlock();
    }
    for (String clause : clauses) {
      if (clause.isBlank()) {
        continue;
      }
      String[] sides = clause.trim().split("->", -1);
      Block b = body.blocks.get(Integer.parseInt(sides[0].trim()));
      String rest = sides[1].trim();
      int bang = rest.indexOf('!');
      if (bang >= 0) {
        b.handler = body.blocks.get(Integer.parseInt(rest.substring(bang + 1).trim()));
        b.stmts.add(new Stmt.Eval(new Expr.Invoke(Ops.InvokeKind.STATIC, new Refs.MethodRef("T", "f", "()V", false),
            List.of())));
        rest = rest.substring(0, bang).trim();
      }
      List<Block> targets = new ArrayList<>();
      for (String t : rest.split(",")) {
        if (!t.isBlank()) {
          targets.add(body.blocks.get(Integer.parseInt(t.trim())));
        }
      }
      b.stmts.add(terminator(targets, cond));
    }
    for (Block b : body.blocks) {
      if (b.stmts.isEmpty()) {
        b.stmts.add(new Stmt.Return(null));
      }
    }
    return body;
  }

  private static Stmt terminator(List<Block> targets, Var cond) {
    switch (targets.size()) {
      case 0:
        return new Stmt.Return(null);
      case 1:
        return new Stmt.Goto(targets.get(0));
      case 2:
        return new Stmt.If(new Expr.Local(cond), targets.get(0), targets.get(1));
      default:
        int n = targets.size() - 1;
        int[] keys = new int[n];
        for (int k = 0; k < n; k++) {
          keys[k] = k;
        }
        return new Stmt.Switch(new Expr.Local(cond), keys, targets.subList(0, n).toArray(new Block[0]),
            targets.get(n));
    }
  }

  /** Block {@code i} of {@code body}. */
  public static Block b(Body body, int i) {
    return body.blocks.get(i);
  }
}
