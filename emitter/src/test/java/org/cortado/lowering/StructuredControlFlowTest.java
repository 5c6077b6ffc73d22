package org.cortado.lowering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.cortado.ir.Block;
import org.cortado.ir.Body;
import org.cortado.ir.Stmt;
import org.cortado.testing.Cfgs;
import org.cortado.testing.NodeTools;
import org.cortado.wasm.BinaryWriter;
import org.cortado.wasm.Code;
import org.cortado.wasm.Function;
import org.cortado.wasm.Module;
import org.cortado.wasm.NumType;
import org.cortado.wasm.Op;
import org.cortado.wasm.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * StructuredControlFlow on hand-made CFGs: the nesting it produces for the basic shapes, valid
 * Wasm for a set of reducible CFGs, and the rejection of irreducible ones.
 */
class StructuredControlFlowTest {
  @TempDir Path tmp;

  @Test
  void testEmit_diamond_mergeNodeAfterBlock() {
    Body body = Cfgs.parse("0->1,2; 1->3; 2->3; 3->");

    String code = structure(body);

    assertEquals("block | local.get 0 | if | br 1 | else | br 1 | end | end | return", code);
  }

  @Test
  void testEmit_loop_backEdgeBranchesToLoop() {
    Body body = Cfgs.parse("0->1; 1->2,3; 2->1; 3->");

    String code = structure(body);

    assertEquals("loop | local.get 0 | if | br 1 | else | return | end | end", code);
  }

  @Test
  void testEmit_switch_targetsAfterWrapperBlocks() {
    Body body = Cfgs.parse("0->1,2,3; 1->; 2->; 3->");

    String code = structure(body);

    assertEquals("block | block | block | local.get 0 | br_table [2, 1] 0 | end | return | end | return | end | return",
        code);
  }

  @Test
  void testEmit_handler_tryCoversOnlyTheBlockAndCatchBranchesToDispatch() {
    Body body = Cfgs.parse("0->1 !2; 1->; 2->");

    String code = structure(body);

    assertEquals("try | nop stmts B0 | catch $java | local.set 1 | return | end | return", code);
  }

  @Test
  void testEmit_irreducible_rejected() {
    Body body = Cfgs.parse("0->1,2; 1->2; 2->1");

    IllegalStateException e = assertThrows(IllegalStateException.class, () -> structure(body));

    assertTrue(e.getMessage().startsWith("irreducible control flow: edge B"), e.getMessage());
  }

  @Test
  void testEmit_irreducibleThroughHandler_rejected() {
    // B1 jumps into the middle of a "loop" B2 <-> B3 that B3's handler edge also enters.
    Body body = Cfgs.parse("0->1,2; 1->3; 2->3 !1; 3->2,4; 4->");

    assertThrows(IllegalStateException.class, () -> structure(body));
  }

  @Test
  void testEmit_reducibleShapes_validWasm() throws IOException {
    List<String> specs = List.of(
        "0->1,2; 1->3; 2->3; 3->",
        "0->1; 1->2,3; 2->1; 3->",
        "0->1; 1->2,5; 2->3; 3->2,4; 4->1; 5->",
        "0->1,2,3,4; 1->4; 2->4; 3->1; 4->",
        "0->1,2; 1->3,4; 2->4; 3->5; 4->5; 5->",
        "0->1; 1->2 !4; 2->3,1; 3->5; 4->5; 5->",
        "0->1; 1->2,3; 2->1,4; 3->1,4; 4->",
        "0->1 !3; 1->2 !3; 2->4; 3->4; 4->0,5; 5->");
    Module m = new Module();
    Tag tag = new Tag("java", m.funcType(List.of(NumType.I32), List.of()));
    m.tags.add(tag);
    for (String spec : specs) {
      Function f = m.addFunction(new Function("f" + m.functions.size(), m.funcType(List.of(NumType.I32), List.of())));
      f.addLocal(NumType.I32);
      new StructuredControlFlow(Cfgs.parse(spec), new Recorder(false), f.body, tag).emit();
    }
    Path wasm = tmp.resolve("structured.wasm");
    Files.write(wasm, BinaryWriter.write(m, false));

    NodeTools.Result r = NodeTools.validate(wasm);

    assertEquals(0, r.exitCode(), r.toString());
  }

  private static String structure(Body body) {
    Code code = new Code();
    Module m = new Module();
    Tag tag = new Tag("java", m.funcType(List.of(NumType.I32), List.of()));

    new StructuredControlFlow(body, new Recorder(true), code, tag).emit();

    return code.insns.stream().map(Object::toString).collect(Collectors.joining(" | "));
  }

  /** Emits the condition/key as local 0 and the caught value into local 1; marks statements if asked. */
  private record Recorder(boolean markStatements) implements StructuredControlFlow.BlockEmitter {
    @Override public void statements(Block b, Code code) {
      if (markStatements && b.stmts.size() > 1) {
        code.add(Op.NOP, "stmts " + b, 0);
      }
    }

    @Override public void condition(Stmt.If s, Code code) {
      code.localGet(0);
    }

    @Override public void switchKey(Stmt.Switch s, Code code) {
      code.localGet(0);
    }

    @Override public int keyLocal() {
      return 1;
    }

    @Override public void returnValue(Stmt.Return s, Code code) {
      code.op(Op.RETURN);
    }

    @Override public void catchPrologue(Code code) {
      code.localSet(1);
    }

    @Override public Object saveFacts() {
      return null;
    }

    @Override public void restoreFacts(Object facts) {
    }
  }
}
