package org.cortado.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cortado.ir.Block;
import org.cortado.ir.Body;

/**
 * Reverse postorder and dominator tree of a method's CFG (exception edges included), using the
 * iterative algorithm of Cooper, Harvey and Kennedy ("A Simple, Fast Dominance Algorithm").
 */
public final class Dominators {
  public final List<Block> rpo = new ArrayList<>();
  private final Map<Block, Integer> number = new HashMap<>();
  private final Map<Block, Block> idom = new HashMap<>();
  private final Map<Block, List<Block>> children = new HashMap<>();
  private final Map<Block, List<Block>> preds = new HashMap<>();

  public Dominators(Body body) {
    List<Block> post = new ArrayList<>();
    postorder(body.entry(), new HashSet<>(), post);
    for (int i = post.size() - 1; i >= 0; i--) {
      number.put(post.get(i), rpo.size());
      rpo.add(post.get(i));
    }
    for (Block b : rpo) {
      preds.put(b, new ArrayList<>());
    }
    for (Block b : rpo) {
      for (Block s : b.successors()) {
        preds.get(s).add(b);
      }
    }
    Block entry = body.entry();
    idom.put(entry, entry);
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Block b : rpo) {
        if (b == entry) {
          continue;
        }
        Block newIdom = null;
        for (Block p : preds.get(b)) {
          if (idom.containsKey(p)) {
            newIdom = newIdom == null ? p : intersect(p, newIdom);
          }
        }
        if (newIdom != idom.get(b)) {
          idom.put(b, newIdom);
          changed = true;
        }
      }
    }
    for (Block b : rpo) {
      children.put(b, new ArrayList<>());
    }
    for (Block b : rpo) {
      if (b != entry) {
        children.get(idom.get(b)).add(b);
      }
    }
  }

  private void postorder(Block start, Set<Block> seen, List<Block> out) {
    // Iterative DFS: deep CFGs (long methods) must not overflow the compiler's stack.
    List<Block> stack = new ArrayList<>();
    List<Integer> next = new ArrayList<>();
    stack.add(start);
    next.add(0);
    seen.add(start);
    while (!stack.isEmpty()) {
      int top = stack.size() - 1;
      Block b = stack.get(top);
      List<Block> succ = b.successors();
      int i = next.get(top);
      if (i < succ.size()) {
        next.set(top, i + 1);
        Block s = succ.get(i);
        if (seen.add(s)) {
          stack.add(s);
          next.add(0);
        }
      } else {
        out.add(b);
        stack.remove(top);
        next.remove(top);
      }
    }
  }

  private Block intersect(Block a, Block b) {
    while (a != b) {
      while (number.get(a) > number.get(b)) {
        a = idom.get(a);
      }
      while (number.get(b) > number.get(a)) {
        b = idom.get(b);
      }
    }
    return a;
  }

  public int rpoNumber(Block b) {
    return number.get(b);
  }

  public List<Block> children(Block b) {
    return children.get(b);
  }

  public List<Block> predecessors(Block b) {
    return preds.get(b);
  }

  /** Whether {@code a} dominates {@code b}. */
  public boolean dominates(Block a, Block b) {
    for (Block x = b; ; x = idom.get(x)) {
      if (x == a) {
        return true;
      }
      if (idom.get(x) == x) {
        return false;
      }
    }
  }
}
