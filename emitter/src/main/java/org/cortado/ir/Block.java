package org.cortado.ir;

import java.util.ArrayList;
import java.util.List;

/**
 * A basic block: straight-line statements ending in one terminator. {@code handler} is the entry of
 * the exception dispatch for this block (null when no handler covers it): an exception thrown by
 * any statement transfers control there with the locals as they were at the throw.
 */
public final class Block {
  public final int id;
  public final List<Stmt> stmts = new ArrayList<>();
  public Block handler;

  public Block(int id) {
    this.id = id;
  }

  public Stmt terminator() {
    return stmts.get(stmts.size() - 1);
  }

  /** Normal successors followed by the exception handler, if any. */
  public List<Block> successors() {
    List<Block> out = new ArrayList<>(3);
    Stmt t = terminator();
    if (t instanceof Stmt.Goto g) {
      out.add(g.target());
    } else if (t instanceof Stmt.If i) {
      out.add(i.ifTrue());
      if (i.ifFalse() != i.ifTrue()) {
        out.add(i.ifFalse());
      }
    } else if (t instanceof Stmt.Switch s) {
      for (Block b : s.targets()) {
        if (!out.contains(b)) {
          out.add(b);
        }
      }
      if (!out.contains(s.dflt())) {
        out.add(s.dflt());
      }
    }
    if (handler != null && !out.contains(handler)) {
      out.add(handler);
    }
    return out;
  }

  @Override public String toString() {
    return "B" + id;
  }
}
