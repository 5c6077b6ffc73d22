package org.cortado.passes;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.cortado.ir.Block;
import org.cortado.ir.Body;
import org.cortado.ir.Expr;
import org.cortado.ir.Expr.Local;
import org.cortado.ir.Exprs;
import org.cortado.ir.Stmt;
import org.cortado.ir.Var;

/**
 * Gives each live range ("web") of a variable its own variable. javac reuses local slots for
 * unrelated variables, often of different types; after splitting, every variable has one meaning
 * and {@code InferTypes} finds its precise type. Webs are found with reaching definitions: all
 * definitions that reach a common use belong to one web. An exception edge carries every
 * definition made anywhere in the throwing block, since the throw may happen at any statement.
 */
public final class SplitVariables implements Pass {
  private final List<Def> defs = new ArrayList<>();
  private final Map<Var, BitSet> defsOf = new HashMap<>();
  private int[] parent;

  /** A definition: an Assign statement, or a parameter's value on entry (stmt == null). */
  private record Def(Var var, Block block, int index) { }

  @Override public void run(Body body) {
    Map<Stmt.Assign, Integer> defIndex = new IdentityHashMap<>();
    for (Var p : body.params) {
      addDef(new Def(p, null, -1));
    }
    for (Block b : body.blocks) {
      for (int i = 0; i < b.stmts.size(); i++) {
        if (b.stmts.get(i) instanceof Stmt.Assign a && a.target() != body.exception) {
          defIndex.put(a, addDef(new Def(a.target(), b, i)));
        }
      }
    }
    int n = defs.size();
    parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    // Reaching definitions: GEN = last def per var in the block; exception edges carry all defs.
    Map<Block, BitSet> in = new HashMap<>();
    Map<Block, BitSet> out = new HashMap<>();
    Map<Block, BitSet> outExc = new HashMap<>();
    for (Block b : body.blocks) {
      in.put(b, new BitSet(n));
      out.put(b, new BitSet(n));
      outExc.put(b, new BitSet(n));
    }
    BitSet entryIn = in.get(body.entry());
    for (int i = 0; i < body.params.size(); i++) {
      entryIn.set(i);
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Block b : body.blocks) {
        BitSet cur = (BitSet) in.get(b).clone();
        BitSet all = (BitSet) in.get(b).clone();
        for (int i = 0; i < b.stmts.size(); i++) {
          if (b.stmts.get(i) instanceof Stmt.Assign a && defIndex.containsKey(a)) {
            int d = defIndex.get(a);
            cur.andNot(defsOf.get(a.target()));
            cur.set(d);
            all.set(d);
          }
        }
        if (!cur.equals(out.get(b)) || !all.equals(outExc.get(b))) {
          out.put(b, cur);
          outExc.put(b, all);
          changed = true;
        }
        List<Block> succ = b.successors();
        for (Block s : succ) {
          // The handler sees every definition of the block (out is a subset of outExc).
          BitSet flow = s == b.handler ? outExc.get(b) : out.get(b);
          BitSet target = in.get(s);
          BitSet before = (BitSet) target.clone();
          target.or(flow);
          if (!target.equals(before)) {
            changed = true;
          }
        }
      }
    }
    // Union the definitions reaching each use.
    for (Block b : body.blocks) {
      BitSet cur = (BitSet) in.get(b).clone();
      for (Stmt s : b.stmts) {
        for (Expr e : Exprs.ofStmt(s)) {
          unionUses(e, cur);
        }
        if (s instanceof Stmt.Assign a && defIndex.containsKey(a)) {
          cur.andNot(defsOf.get(a.target()));
          cur.set(defIndex.get(a));
        }
      }
    }
    // One new variable per web (webs of parameters keep the parameter).
    Map<Integer, Var> webVar = new HashMap<>();
    Map<Var, Integer> webCount = new HashMap<>();
    for (int i = 0; i < body.params.size(); i++) {
      webVar.put(find(i), body.params.get(i));
    }
    List<Var> vars = new ArrayList<>(body.vars);
    body.vars.clear();
    body.vars.add(body.exception);
    for (Var p : body.params) {
      if (!body.vars.contains(p)) {
        body.vars.add(p);
      }
    }
    Map<Integer, Var> byDef = new HashMap<>();
    for (int d = 0; d < n; d++) {
      int root = find(d);
      Var v = webVar.get(root);
      if (v == null) {
        Var orig = defs.get(d).var();
        int k = webCount.merge(orig, 1, Integer::sum);
        v = new Var(0, k == 1 ? orig.name : orig.name + "_" + k, orig.type);
        webVar.put(root, v);
      }
      byDef.put(d, v);
    }
    // Rewrite definitions and uses.
    for (Block b : body.blocks) {
      BitSet cur = (BitSet) in.get(b).clone();
      for (int i = 0; i < b.stmts.size(); i++) {
        Stmt s = b.stmts.get(i);
        Stmt rewritten = Rewriter.rewriteUses(s, v -> {
          int d = first(cur, defsOf.get(v));
          return d < 0 ? v : byDef.get(d);
        });
        if (s instanceof Stmt.Assign a && defIndex.containsKey(a)) {
          int d = defIndex.get(a);
          cur.andNot(defsOf.get(a.target()));
          cur.set(d);
          rewritten = new Stmt.Assign(byDef.get(d), ((Stmt.Assign) rewritten).value());
        }
        b.stmts.set(i, rewritten);
      }
    }
    for (Var v : new java.util.LinkedHashSet<>(byDef.values())) {
      if (!body.vars.contains(v)) {
        body.vars.add(v);
      }
    }
    for (Var v : vars) {
      // Variables that are never assigned (only read on dead paths) stay as they were.
      if (!defsOf.containsKey(v) && !body.vars.contains(v)) {
        body.vars.add(v);
      }
    }
  }

  private int addDef(Def d) {
    defs.add(d);
    int idx = defs.size() - 1;
    defsOf.computeIfAbsent(d.var(), k -> new BitSet()).set(idx);
    return idx;
  }

  private void unionUses(Expr e, BitSet reaching) {
    if (e instanceof Local l) {
      BitSet mine = defsOf.get(l.v());
      if (mine == null) {
        return;
      }
      BitSet r = (BitSet) reaching.clone();
      r.and(mine);
      int first = r.nextSetBit(0);
      for (int d = r.nextSetBit(first + 1); d >= 0; d = r.nextSetBit(d + 1)) {
        union(first, d);
      }
      return;
    }
    for (Expr c : Exprs.children(e)) {
      unionUses(c, reaching);
    }
  }

  private static int first(BitSet reaching, BitSet mine) {
    if (mine == null) {
      return -1;
    }
    BitSet r = (BitSet) reaching.clone();
    r.and(mine);
    return r.nextSetBit(0);
  }

  private int find(int x) {
    while (parent[x] != x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  }

  private void union(int a, int b) {
    int ra = find(a);
    int rb = find(b);
    if (ra != rb) {
      // Keep parameter definitions (lowest indices) as roots.
      if (ra < rb) {
        parent[rb] = ra;
      } else {
        parent[ra] = rb;
      }
    }
  }
}
