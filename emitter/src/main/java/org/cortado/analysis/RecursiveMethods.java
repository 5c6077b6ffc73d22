package org.cortado.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.cortado.ir.Block;
import org.cortado.ir.Body;
import org.cortado.ir.Expr;
import org.cortado.ir.Exprs;
import org.cortado.ir.Stmt;

/**
 * The methods that lie on a cycle of the call graph: the only ones that can recurse without
 * bound, so the only ones that pay for stack-depth accounting (see the "Stack overflow" section
 * of docs/ARCHITECTURE.md). Strongly connected components by Tarjan's algorithm, iteratively,
 * because the compiler's own stack must not overflow on a deep call graph.
 */
public final class RecursiveMethods {
  private RecursiveMethods() {
  }

  /**
   * @param bodies method key → IR body, for every method that has one
   * @param callees the possible targets (method keys) of one call
   */
  public static Set<String> find(Map<String, Body> bodies, Function<Expr.Invoke, Set<String>> callees) {
    Map<String, List<String>> edges = new HashMap<>();
    for (Map.Entry<String, Body> e : bodies.entrySet()) {
      Set<String> out = new HashSet<>();
      for (Block b : e.getValue().blocks) {
        for (Stmt s : b.stmts) {
          for (Expr x : Exprs.ofStmt(s)) {
            collectCalls(x, callees, out);
          }
        }
      }
      out.retainAll(bodies.keySet());
      edges.put(e.getKey(), new ArrayList<>(out));
    }
    return cyclic(edges);
  }

  private static void collectCalls(Expr e, Function<Expr.Invoke, Set<String>> callees, Set<String> out) {
    if (e instanceof Expr.Invoke inv) {
      out.addAll(callees.apply(inv));
    }
    for (Expr c : Exprs.children(e)) {
      collectCalls(c, callees, out);
    }
  }

  /** Nodes in a strongly connected component with more than one node, or with a self-edge. */
  static Set<String> cyclic(Map<String, List<String>> edges) {
    Map<String, Integer> index = new HashMap<>();
    Map<String, Integer> low = new HashMap<>();
    Deque<String> stack = new ArrayDeque<>();
    Set<String> onStack = new HashSet<>();
    Set<String> result = new HashSet<>();
    record Frame(String node, Iterator<String> next) { }
    for (String root : edges.keySet()) {
      if (index.containsKey(root)) {
        continue;
      }
      Deque<Frame> work = new ArrayDeque<>();
      enter(root, index, low, stack, onStack);
      work.push(new Frame(root, edges.get(root).iterator()));
      while (!work.isEmpty()) {
        Frame f = work.peek();
        if (f.next.hasNext()) {
          String w = f.next.next();
          if (!index.containsKey(w)) {
            enter(w, index, low, stack, onStack);
            work.push(new Frame(w, edges.get(w).iterator()));
          } else if (onStack.contains(w)) {
            low.put(f.node, Math.min(low.get(f.node), index.get(w)));
          }
          continue;
        }
        work.pop();
        if (!work.isEmpty()) {
          String parent = work.peek().node;
          low.put(parent, Math.min(low.get(parent), low.get(f.node)));
        }
        if (low.get(f.node).equals(index.get(f.node))) {
          List<String> component = new ArrayList<>();
          String w;
          do {
            w = stack.pop();
            onStack.remove(w);
            component.add(w);
          } while (!w.equals(f.node));
          if (component.size() > 1 || edges.get(f.node).contains(f.node)) {
            result.addAll(component);
          }
        }
      }
    }
    return result;
  }

  private static void enter(String v, Map<String, Integer> index,
      Map<String, Integer> low, Deque<String> stack, Set<String> onStack) {
    int i = index.size();
    index.put(v, i);
    low.put(v, i);
    stack.push(v);
    onStack.add(v);
  }
}
