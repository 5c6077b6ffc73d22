package org.cortado.passes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.cortado.ir.Block;
import org.cortado.ir.Body;
import org.cortado.ir.Expr;
import org.cortado.ir.Expr.Condition;
import org.cortado.ir.Expr.Const;
import org.cortado.ir.IrBuilder;
import org.cortado.ir.Ops.Cond;
import org.cortado.ir.Stmt;
import org.cortado.ir.Var;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/** SimplifyBranches folds branches on int constants into gotos and leaves every other branch alone. */
class SimplifyBranchesTest {

  @ParameterizedTest(name = "if ({0}) goes to {1}")
  @CsvSource({"1, true", "0, false", "-7, true"})
  void testRun_constantCondition_becomesGoto(int value, boolean takesTrue) {
    Body body = branchOn(Const.ofInt(value));

    new SimplifyBranches().run(body);

    assertEquals(new Stmt.Goto(body.blocks.get(takesTrue ? 1 : 2)), body.entry().terminator());
  }

  @ParameterizedTest(name = "{1} {0} {2} is {3}")
  @CsvSource({
      "EQ, 3, 3, true", "EQ, 3, 4, false",
      "NE, 3, 4, true", "NE, 3, 3, false",
      "LT, -1, 0, true", "LT, 0, 0, false",
      "GE, 0, 0, true", "GE, -1, 0, false",
      "GT, 1, 0, true", "GT, 0, 0, false",
      "LE, 0, 0, true", "LE, 1, 0, false",
  })
  void testRun_conditionOnTwoConstants_folded(Cond cond, int a, int b, boolean takesTrue) {
    Body body = branchOn(new Condition(cond, Const.ofInt(a), Const.ofInt(b)));

    new SimplifyBranches().run(body);

    assertEquals(new Stmt.Goto(body.blocks.get(takesTrue ? 1 : 2)), body.entry().terminator());
  }

  @Test
  void testRun_nonConstantConditions_unchanged() {
    Body body = new Body();
    Var x = body.newVar("x", Type.INT_TYPE);
    List<Expr> conditions = List.of(
        new Expr.Local(x),
        new Condition(Cond.EQ, new Expr.Local(x), Const.ofInt(0)),
        new Condition(Cond.EQ, new Const(Expr.NULL_TYPE, null), new Const(Expr.NULL_TYPE, null)),
        new Condition(Cond.NE, new Const(Expr.STRING, "a"), new Const(Expr.NULL_TYPE, null)));
    for (Expr c : conditions) {
      Body b = branchOn(c);
      Stmt before = b.entry().terminator();

      new SimplifyBranches().run(b);

      assertSame(before, b.entry().terminator(), c.toString());
    }
  }

  @Test
  void testRun_emptyBlockAndOtherTerminators_ignored() {
    Body body = new Body();
    Block a = body.newBlock();
    Block empty = body.newBlock();
    a.stmts.add(new Stmt.Return(Const.ofInt(1)));

    new SimplifyBranches().run(body);

    assertEquals(List.of(new Stmt.Return(Const.ofInt(1))), a.stmts);
    assertEquals(List.of(), empty.stmts);
  }

  @Test
  void testRun_platformCheck_otherBackendBranchBecomesUnreachable() {
    // if (PlatformDetector.isJavaScript()) return 1; return 2; -- after ClassRepository's rewrite
    // the call is iconst_0.
    LabelNode notJs = new LabelNode();
    MethodNode m = new MethodNode(Opcodes.ACC_STATIC, "f", "()I", null, null);
    m.instructions.add(new InsnNode(Opcodes.ICONST_0));
    m.instructions.add(new JumpInsnNode(Opcodes.IFEQ, notJs));
    m.instructions.add(new MethodInsnNode(Opcodes.INVOKESTATIC, "Js", "only", "()I", false));
    m.instructions.add(new InsnNode(Opcodes.IRETURN));
    m.instructions.add(notJs);
    m.instructions.add(new InsnNode(Opcodes.ICONST_2));
    m.instructions.add(new InsnNode(Opcodes.IRETURN));
    m.maxStack = 1;
    Body body = IrBuilder.build("C", m);

    new SimplifyBranches().run(body);
    new RemoveUnreachableBlocks().run(body);

    assertEquals(2, body.blocks.size());
    assertEquals(List.of(new Stmt.Return(Const.ofInt(2))), body.blocks.get(1).stmts);
  }

  /** B0: if (cond) B1 else B2; B1 and B2 return. */
  private static Body branchOn(Expr cond) {
    Body body = new Body();
    Block b0 = body.newBlock();
    Block b1 = body.newBlock();
    Block b2 = body.newBlock();
    b0.stmts.add(new Stmt.If(cond, b1, b2));
    b1.stmts.add(new Stmt.Return(null));
    b2.stmts.add(new Stmt.Return(null));
    return body;
  }
}
