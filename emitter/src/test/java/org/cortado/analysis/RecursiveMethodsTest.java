package org.cortado.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecursiveMethodsTest {
  private static Map<String, List<String>> graph(String... edges) {
    Map<String, List<String>> g = new LinkedHashMap<>();
    for (String e : edges) {
      String[] p = e.split("->");
      g.computeIfAbsent(p[0], k -> new java.util.ArrayList<>());
      if (p.length > 1) {
        for (String t : p[1].split(",")) {
          g.get(p[0]).add(t);
          g.computeIfAbsent(t, k -> new java.util.ArrayList<>());
        }
      }
    }
    return g;
  }

  @Test void acyclicGraphHasNoRecursiveMethods() {
    assertEquals(Set.of(), RecursiveMethods.cyclic(graph("main->a,b", "a->c", "b->c", "c")));
  }

  @Test void selfLoopAndMutualRecursionAreFound() {
    assertEquals(Set.of("f", "even", "odd"),
        RecursiveMethods.cyclic(graph("main->f,even", "f->f,g", "even->odd", "odd->even,g", "g")));
  }

  @Test void componentReachedThroughAnotherComponent() {
    // a<->b calls into c->d->e->c; main and x are on no cycle.
    assertEquals(Set.of("a", "b", "c", "d", "e"),
        RecursiveMethods.cyclic(graph("main->a,x", "a->b", "b->a,c", "c->d", "d->e", "e->c", "x->c")));
  }

  @Test void longChainDoesNotOverflowTheCompiler() {
    Map<String, List<String>> g = new LinkedHashMap<>();
    int n = 200_000;
    for (int i = 0; i < n; i++) {
      g.put("m" + i, i + 1 < n ? List.of("m" + (i + 1)) : List.of("m0"));
    }
    assertEquals(n, RecursiveMethods.cyclic(g).size());
  }
}
