package org.cortado.ir;

import java.util.ArrayList;
import java.util.List;

/** The IR of one method: its variables and its control-flow graph (entry block first). */
public final class Body {
  public final List<Var> params = new ArrayList<>();
  public final List<Var> vars = new ArrayList<>();
  public List<Block> blocks = new ArrayList<>();
  /** The variable holding the exception in flight while dispatching to a handler. */
  public Var exception;

  public Block entry() {
    return blocks.get(0);
  }

  public Var newVar(String name, org.objectweb.asm.Type type) {
    Var v = new Var(vars.size(), name, type);
    vars.add(v);
    return v;
  }

  public Block newBlock() {
    Block b = new Block(blocks.size());
    blocks.add(b);
    return b;
  }
}
