package org.cortado.passes;

import static org.cortado.testing.Cfgs.b;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.cortado.ir.Block;
import org.cortado.ir.Body;
import org.cortado.testing.Cfgs;
import org.junit.jupiter.api.Test;

/** RemoveUnreachableBlocks keeps exactly the blocks reachable from the entry, in their order. */
class RemoveUnreachableBlocksTest {

  @Test
  void testRun_allReachable_unchanged() {
    Body body = Cfgs.parse("0->1,2; 1->3; 2->3; 3->");
    List<Block> before = List.copyOf(body.blocks);

    new RemoveUnreachableBlocks().run(body);

    assertEquals(before, body.blocks);
  }

  @Test
  void testRun_blockWithoutPredecessors_removed() {
    Body body = Cfgs.parse("0->2; 1->2; 2->");
    Block b0 = b(body, 0);
    Block b2 = b(body, 2);

    new RemoveUnreachableBlocks().run(body);

    assertEquals(List.of(b0, b2), body.blocks);
  }

  @Test
  void testRun_unreachableCycle_removed() {
    Body body = Cfgs.parse("0->3; 1->2; 2->1,3; 3->");
    Block b0 = b(body, 0);
    Block b3 = b(body, 3);

    new RemoveUnreachableBlocks().run(body);

    assertEquals(List.of(b0, b3), body.blocks);
  }

  @Test
  void testRun_blockReachedOnlyThroughHandler_kept() {
    Body body = Cfgs.parse("0->1 !2; 1->; 2->; 3->2");
    List<Block> expected = List.of(b(body, 0), b(body, 1), b(body, 2));

    new RemoveUnreachableBlocks().run(body);

    assertEquals(expected, body.blocks);
  }

  @Test
  void testRun_handlerOfUnreachableBlock_removedWithIt() {
    Body body = Cfgs.parse("0->; 1->0 !2; 2->");
    Block b0 = b(body, 0);

    new RemoveUnreachableBlocks().run(body);

    assertEquals(List.of(b0), body.blocks);
  }
}
