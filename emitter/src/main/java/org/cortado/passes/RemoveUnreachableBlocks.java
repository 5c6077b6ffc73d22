package org.cortado.passes;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.cortado.ir.Block;
import org.cortado.ir.Body;

/** Drops blocks not reachable from the entry (normal or exceptional edges). */
public final class RemoveUnreachableBlocks implements Pass {
  @Override public void run(Body body) {
    Set<Block> seen = new LinkedHashSet<>();
    Deque<Block> work = new ArrayDeque<>();
    work.add(body.entry());
    seen.add(body.entry());
    while (!work.isEmpty()) {
      Block b = work.pop();
      for (Block s : b.successors()) {
        if (seen.add(s)) {
          work.add(s);
        }
      }
    }
    List<Block> kept = new ArrayList<>();
    for (Block b : body.blocks) {
      if (seen.contains(b)) {
        kept.add(b);
      }
    }
    body.blocks = kept;
  }
}
