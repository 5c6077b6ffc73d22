package org.cortado.passes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cortado.ir.Block;
import org.cortado.ir.Body;
import org.cortado.ir.Expr;
import org.cortado.ir.Expr.*;
import org.cortado.ir.IrBuilder;
import org.cortado.ir.Ops.BinOp;
import org.cortado.ir.Ops.Cond;
import org.cortado.ir.Ops.InvokeKind;
import org.cortado.ir.Ops.UnOp;
import org.cortado.ir.Refs.FieldRef;
import org.cortado.ir.Refs.MethodRef;
import org.cortado.ir.Stmt;
import org.cortado.ir.Var;
import org.cortado.testing.JavaSources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/** RemoveUnneededHandlers drops the exception edge exactly from blocks none of whose statements can throw. */
class RemoveUnneededHandlersTest {
  private static final Var X = new Var(1, "x", Type.INT_TYPE);
  private static final Var L = new Var(2, "l", Type.LONG_TYPE);
  private static final Var O = new Var(3, "o", Expr.OBJECT);
  private static final Var D = new Var(4, "d", Type.DOUBLE_TYPE);

  @TempDir Path tmp;

  static Stream<Arguments> pureExpressions() {
    return Stream.of(
        Arguments.of("int constant", Const.ofInt(3)),
        Arguments.of("local", new Local(X)),
        Arguments.of("add", new Binary(BinOp.ADD, Type.INT_TYPE, new Local(X), Const.ofInt(1))),
        Arguments.of("int division by non-zero constant", new Binary(BinOp.DIV, Type.INT_TYPE, new Local(X), Const.ofInt(2))),
        Arguments.of("long remainder by non-zero constant",
            new Binary(BinOp.REM, Type.LONG_TYPE, new Local(L), new Const(Type.LONG_TYPE, 7L))),
        Arguments.of("double division by variable", new Binary(BinOp.DIV, Type.DOUBLE_TYPE, new Local(D), new Local(D))),
        Arguments.of("conversion", new Unary(UnOp.I2L, Type.LONG_TYPE, new Local(X))),
        Arguments.of("reference comparison", new Condition(Cond.EQ, new Local(O), new Const(Expr.NULL_TYPE, null))),
        Arguments.of("instanceof", new InstanceOf(new Local(O), Expr.STRING)),
        Arguments.of("string literal", new Const(Expr.STRING, "s")),
        Arguments.of("caught exception", new CaughtException()));
  }

  static Stream<Arguments> throwingExpressions() {
    FieldRef field = new FieldRef("C", "f", "I");
    return Stream.of(
        Arguments.of("int division by variable", new Binary(BinOp.DIV, Type.INT_TYPE, Const.ofInt(1), new Local(X))),
        Arguments.of("int remainder by zero", new Binary(BinOp.REM, Type.INT_TYPE, new Local(X), Const.ofInt(0))),
        Arguments.of("long division by zero",
            new Binary(BinOp.DIV, Type.LONG_TYPE, new Local(L), new Const(Type.LONG_TYPE, 0L))),
        Arguments.of("call", new Invoke(InvokeKind.STATIC, new MethodRef("C", "m", "()I", false), List.of())),
        Arguments.of("instance field", new GetField(field, new Local(O))),
        Arguments.of("static field (class initialisation)", new GetStatic(field)),
        Arguments.of("array load", new ArrayLoad(new Local(O), Const.ofInt(0), Type.INT_TYPE)),
        Arguments.of("array length", new ArrayLength(new Local(O))),
        Arguments.of("allocation", new NewObject("C")),
        Arguments.of("array allocation", new NewArray(Type.getType("[I"), new Local(X))),
        Arguments.of("cast", new CheckCast(new Local(O), Expr.STRING)),
        Arguments.of("class literal", new ClassConst(Expr.STRING)),
        Arguments.of("throwing operand inside a pure operator",
            new Binary(BinOp.ADD, Type.INT_TYPE, Const.ofInt(1), new ArrayLength(new Local(O)))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pureExpressions")
  void testRun_blockAssigningPureValue_handlerDropped(String what, Expr value) {
    Body body = coveredBlock(new Stmt.Assign(new Var(9, "t", value.type()), value));

    new RemoveUnneededHandlers().run(body);

    assertNull(body.entry().handler);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("throwingExpressions")
  void testRun_blockAssigningThrowingValue_handlerKept(String what, Expr value) {
    Body body = coveredBlock(new Stmt.Assign(new Var(9, "t", value.type()), value));

    new RemoveUnneededHandlers().run(body);

    assertNotNull(body.entry().handler);
  }

  @Test
  void testRun_throwingStatementKinds_handlerKept() {
    FieldRef field = new FieldRef("C", "f", "I");
    List<Stmt> stmts = List.of(
        new Stmt.PutField(field, new Local(O), Const.ofInt(1)),
        new Stmt.PutStatic(field, Const.ofInt(1)),
        new Stmt.ArrayStore(new Local(O), Const.ofInt(0), Const.ofInt(1), Type.INT_TYPE),
        new Stmt.Eval(new Invoke(InvokeKind.STATIC, new MethodRef("C", "m", "()V", false), List.of())),
        new Stmt.NullCheck(new Local(O)));
    for (Stmt s : stmts) {
      Body body = coveredBlock(s);

      new RemoveUnneededHandlers().run(body);

      assertNotNull(body.entry().handler, s.toString());
    }
  }

  @Test
  void testRun_terminators_judgedByTheirOperands() {
    Body returnsLocal = coveredBlock();
    returnsLocal.entry().stmts.set(0, new Stmt.Return(new Local(X)));
    Body throwsValue = coveredBlock();
    throwsValue.entry().stmts.set(0, new Stmt.Throw(new Local(O)));
    Body switchesOnField = coveredBlock();
    switchesOnField.entry().stmts.set(0, new Stmt.Switch(new GetStatic(new FieldRef("C", "f", "I")), new int[0],
        new Block[0], switchesOnField.entry()));
    Body branchesOnLocal = coveredBlock();
    branchesOnLocal.entry().stmts.set(0, new Stmt.If(new Local(X), branchesOnLocal.entry(), branchesOnLocal.entry()));

    for (Body b : List.of(returnsLocal, throwsValue, switchesOnField, branchesOnLocal)) {
      new RemoveUnneededHandlers().run(b);
    }

    assertNull(returnsLocal.entry().handler);
    assertNotNull(throwsValue.entry().handler);
    assertNotNull(switchesOnField.entry().handler);
    assertNull(branchesOnLocal.entry().handler);
  }

  @Test
  void testRun_tryAroundArithmeticOnly_catchBlocksBecomeUnreachable() throws Exception {
    JavaSources.compile(tmp, Map.of("A", """
        class A {
          static int f(int x, int y) {
            int r;
            try { r = x * y + 1; } catch (RuntimeException e) { r = -1; }
            return r;
          }
        }
        """));
    Body body = IrBuilder.build("A", method(tmp.resolve("A.class"), "f"));
    assertTrue(body.blocks.stream().anyMatch(b -> b.handler != null));

    new RemoveUnneededHandlers().run(body);
    new RemoveUnreachableBlocks().run(body);

    assertTrue(body.blocks.stream().allMatch(b -> b.handler == null));
    assertFalse(body.blocks.stream().flatMap(b -> b.stmts.stream())
        .anyMatch(s -> s instanceof Stmt.Assign a && a.value() instanceof CaughtException), body.blocks.toString());
    assertEquals(0, body.blocks.stream().filter(b -> b.terminator() instanceof Stmt.Throw).count());
  }

  /** B0 covered by handler B1: {@code stmts}, then goto B2; B1 and B2 return. */
  private static Body coveredBlock(Stmt... stmts) {
    Body body = new Body();
    body.exception = body.newVar("exc", Expr.THROWABLE);
    Block b0 = body.newBlock();
    Block b1 = body.newBlock();
    Block b2 = body.newBlock();
    b0.stmts.addAll(List.of(stmts));
    b0.stmts.add(new Stmt.Goto(b2));
    b0.handler = b1;
    b1.stmts.add(new Stmt.Return(null));
    b2.stmts.add(new Stmt.Return(null));
    return body;
  }

  private static MethodNode method(Path classFile, String name) throws Exception {
    ClassNode cn = new ClassNode();
    new ClassReader(Files.readAllBytes(classFile)).accept(cn, ClassReader.SKIP_FRAMES);
    return cn.methods.stream().filter(m -> m.name.equals(name)).findFirst().orElseThrow();
  }
}
