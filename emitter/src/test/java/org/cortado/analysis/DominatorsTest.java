package org.cortado.analysis;

import static org.cortado.testing.Cfgs.b;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.cortado.ir.Block;
import org.cortado.ir.Body;
import org.cortado.testing.Cfgs;
import org.junit.jupiter.api.Test;

/** Reverse postorder, predecessors and the dominator tree on small CFGs (exception edges included). */
class DominatorsTest {

  @Test
  void testDominators_diamond_joinDominatedOnlyByEntry() {
    Body body = Cfgs.parse("0->1,2; 1->3; 2->3; 3->");

    Dominators dom = new Dominators(body);

    assertEquals(b(body, 0), dom.rpo.get(0));
    assertEquals(b(body, 3), dom.rpo.get(3));
    assertEquals(Set.of(b(body, 1), b(body, 2), b(body, 3)), Set.copyOf(dom.children(b(body, 0))));
    assertEquals(Set.of(b(body, 1), b(body, 2)), Set.copyOf(dom.predecessors(b(body, 3))));
    assertTrue(dom.dominates(b(body, 0), b(body, 3)));
    assertFalse(dom.dominates(b(body, 1), b(body, 3)));
    assertFalse(dom.dominates(b(body, 2), b(body, 3)));
    assertFalse(dom.dominates(b(body, 3), b(body, 0)));
  }

  @Test
  void testDominators_everyBlockDominatesItself() {
    Body body = Cfgs.parse("0->1,2; 1->3; 2->3; 3->");

    Dominators dom = new Dominators(body);

    for (Block x : body.blocks) {
      assertTrue(dom.dominates(x, x), x.toString());
    }
  }

  @Test
  void testDominators_loop_headerDominatesBodyAndExit() {
    Body body = Cfgs.parse("0->1; 1->2,3; 2->1; 3->");

    Dominators dom = new Dominators(body);

    assertEquals(List.of(b(body, 2), b(body, 3)).size(), dom.children(b(body, 1)).size());
    assertTrue(dom.dominates(b(body, 1), b(body, 2)));
    assertTrue(dom.dominates(b(body, 1), b(body, 3)));
    assertTrue(dom.predecessors(b(body, 1)).contains(b(body, 2)));
    // The back edge goes from a later block to an earlier one in reverse postorder.
    assertTrue(dom.rpoNumber(b(body, 2)) > dom.rpoNumber(b(body, 1)));
  }

  @Test
  void testDominators_nestedLoops_treeFollowsNesting() {
    // Outer loop 1..4 (exit 5), inner loop 2..3 (back edge 3->2), latch 4->1.
    Body body = Cfgs.parse("0->1; 1->2,5; 2->3; 3->2,4; 4->1; 5->");

    Dominators dom = new Dominators(body);

    assertEquals(List.of(b(body, 1)), dom.children(b(body, 0)));
    assertEquals(Set.of(b(body, 2), b(body, 5)), Set.copyOf(dom.children(b(body, 1))));
    assertEquals(List.of(b(body, 3)), dom.children(b(body, 2)));
    assertEquals(List.of(b(body, 4)), dom.children(b(body, 3)));
    assertTrue(dom.dominates(b(body, 2), b(body, 4)));
    assertFalse(dom.dominates(b(body, 4), b(body, 2)));
    assertEquals(Set.of(b(body, 0), b(body, 4)), Set.copyOf(dom.predecessors(b(body, 1))));
    assertEquals(Set.of(b(body, 1), b(body, 3)), Set.copyOf(dom.predecessors(b(body, 2))));
  }

  @Test
  void testDominators_irreducible_neitherEntryDominatesTheOther() {
    Body body = Cfgs.parse("0->1,2; 1->2; 2->1");

    Dominators dom = new Dominators(body);

    assertFalse(dom.dominates(b(body, 1), b(body, 2)));
    assertFalse(dom.dominates(b(body, 2), b(body, 1)));
    assertEquals(Set.of(b(body, 1), b(body, 2)), Set.copyOf(dom.children(b(body, 0))));
  }

  @Test
  void testDominators_exceptionEdge_handlerDominatedByThrowingBlock() {
    Body body = Cfgs.parse("0->1; 1->2 !3; 2->4; 3->4; 4->");

    Dominators dom = new Dominators(body);

    assertEquals(Set.of(b(body, 2), b(body, 3), b(body, 4)), Set.copyOf(dom.children(b(body, 1))));
    assertEquals(Set.of(b(body, 2), b(body, 3)), Set.copyOf(dom.predecessors(b(body, 4))));
    assertFalse(dom.dominates(b(body, 2), b(body, 4)));
  }

  @Test
  void testDominators_unreachableBlock_notNumbered() {
    Body body = Cfgs.parse("0->1; 1->; 2->1");

    Dominators dom = new Dominators(body);

    assertEquals(List.of(b(body, 0), b(body, 1)), dom.rpo);
    assertEquals(List.of(b(body, 0)), dom.predecessors(b(body, 1)));
  }

  @Test
  void testDominators_longChain_noStackOverflow() {
    StringBuilder spec = new StringBuilder();
    int n = 20_000;
    for (int i = 0; i < n; i++) {
      spec.append(i).append("->").append(i + 1).append(';');
    }
    spec.append(n).append("->");
    Body body = Cfgs.parse(spec.toString());

    Dominators dom = new Dominators(body);

    assertEquals(n + 1, dom.rpo.size());
    assertEquals(n, dom.rpoNumber(b(body, n)));
  }
}
