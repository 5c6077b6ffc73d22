package org.cortado.passes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.cortado.ir.Block;
import org.cortado.ir.Body;
import org.cortado.ir.Expr;
import org.cortado.ir.Expr.*;
import org.cortado.ir.Ops.BinOp;
import org.cortado.ir.Ops.Cond;
import org.cortado.ir.Ops.InvokeKind;
import org.cortado.ir.Refs.MethodRef;
import org.cortado.ir.Stmt;
import org.cortado.ir.Var;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.Type;

/**
 * SplitVariables: definitions reaching a common use share a variable, unrelated reuses of one
 * variable are separated, and an exception edge carries every definition of the throwing block.
 */
class SplitVariablesTest {
  private static final MethodRef USE = new MethodRef("T", "use", "(Ljava/lang/Object;)V", false);
  private static final MethodRef MAY_THROW = new MethodRef("T", "mayThrow", "()V", false);

  @Test
  void testRun_slotReusedForUnrelatedValues_becomesTwoVariables() {
    Body body = newBody();
    Var v = body.newVar("l1A", Expr.OBJECT);
    Block b0 = body.newBlock();
    b0.stmts.add(new Stmt.Assign(v, new Const(Expr.STRING, "a")));
    b0.stmts.add(new Stmt.Eval(new Invoke(InvokeKind.STATIC, USE, List.of(new Local(v)))));
    b0.stmts.add(new Stmt.Assign(v, new NewObject("java/lang/Object")));
    b0.stmts.add(new Stmt.Return(new Local(v)));

    new SplitVariables().run(body);

    Var first = ((Stmt.Assign) b0.stmts.get(0)).target();
    Var second = ((Stmt.Assign) b0.stmts.get(2)).target();
    assertNotSame(first, second);
    assertEquals(new Local(first), ((Invoke) ((Stmt.Eval) b0.stmts.get(1)).value()).args().get(0));
    assertEquals(new Stmt.Return(new Local(second)), b0.stmts.get(3));
    assertTrue(body.vars.contains(first) && body.vars.contains(second), body.vars.toString());
    assertTrue(!body.vars.contains(v), "the split variable is replaced");
    assertEquals(List.of("l1A", "l1A_2"), List.of(first.name, second.name));
  }

  @Test
  void testRun_definitionsMeetingAtJoin_stayOneVariable() {
    Body body = newBody();
    Var c = param(body, "c", Type.INT_TYPE);
    Var v = body.newVar("l1A", Expr.OBJECT);
    Block b0 = body.newBlock();
    Block b1 = body.newBlock();
    Block b2 = body.newBlock();
    Block b3 = body.newBlock();
    b0.stmts.add(new Stmt.If(new Local(c), b1, b2));
    b1.stmts.add(new Stmt.Assign(v, new Const(Expr.STRING, "a")));
    b1.stmts.add(new Stmt.Goto(b3));
    b2.stmts.add(new Stmt.Assign(v, new NewObject("java/lang/Object")));
    b2.stmts.add(new Stmt.Goto(b3));
    b3.stmts.add(new Stmt.Return(new Local(v)));

    new SplitVariables().run(body);

    Var fromB1 = ((Stmt.Assign) b1.stmts.get(0)).target();
    assertSame(fromB1, ((Stmt.Assign) b2.stmts.get(0)).target());
    assertEquals(new Stmt.Return(new Local(fromB1)), b3.terminator());
  }

  @Test
  void testRun_loopCarriedVariable_staysOne() {
    Body body = newBody();
    Var n = param(body, "n", Type.INT_TYPE);
    Var i = body.newVar("l1I", Type.INT_TYPE);
    Block b0 = body.newBlock();
    Block loop = body.newBlock();
    Block exit = body.newBlock();
    b0.stmts.add(new Stmt.Assign(i, Const.ofInt(0)));
    b0.stmts.add(new Stmt.Goto(loop));
    loop.stmts.add(new Stmt.Assign(i, new Binary(BinOp.ADD, Type.INT_TYPE, new Local(i), Const.ofInt(1))));
    loop.stmts.add(new Stmt.If(new Condition(Cond.LT, new Local(i), new Local(n)), loop, exit));
    exit.stmts.add(new Stmt.Return(new Local(i)));

    new SplitVariables().run(body);

    assertEquals(1, distinctVarsNamed(body, "l1I").size());
  }

  @Test
  void testRun_variableLiveAcrossExceptionEdge_staysOne() {
    Body body = exceptionEdgeBody(true);

    new SplitVariables().run(body);

    // x = 0 before the try and x = 1 inside it both reach the handler's read: one variable.
    assertEquals(1, distinctVarsNamed(body, "x").size(), dump(body));
  }

  @Test
  void testRun_sameShapeWithoutHandler_deadDefinitionSplitOff() {
    Body body = exceptionEdgeBody(false);
    new RemoveUnreachableBlocks().run(body); // as in the pipeline: B3 lost its only in-edge

    new SplitVariables().run(body);

    // Without the exception edge, x = 0 reaches no use and gets a variable of its own.
    assertEquals(2, distinctVarsNamed(body, "x").size(), dump(body));
  }

  @Test
  void testRun_parameterReassignedOnOnePath_keepsParameterVariable() {
    Body body = newBody();
    Var p = param(body, "p", Expr.OBJECT);
    Var c = param(body, "c", Type.INT_TYPE);
    Block b0 = body.newBlock();
    Block b1 = body.newBlock();
    Block b2 = body.newBlock();
    b0.stmts.add(new Stmt.If(new Local(c), b1, b2));
    b1.stmts.add(new Stmt.Assign(p, new NewObject("java/lang/Object")));
    b1.stmts.add(new Stmt.Goto(b2));
    b2.stmts.add(new Stmt.Return(new Local(p)));

    new SplitVariables().run(body);

    assertSame(p, ((Stmt.Assign) b1.stmts.get(0)).target());
    assertEquals(new Stmt.Return(new Local(p)), b2.terminator());
    assertEquals(List.of(p, c), body.params);
  }

  @Test
  void testRun_parameterOverwrittenBeforeUse_newDefinitionGetsOwnVariable() {
    Body body = newBody();
    Var p = param(body, "p", Expr.OBJECT);
    Block b0 = body.newBlock();
    b0.stmts.add(new Stmt.Assign(p, new Const(Expr.STRING, "s")));
    b0.stmts.add(new Stmt.Return(new Local(p)));

    new SplitVariables().run(body);

    Var redefined = ((Stmt.Assign) b0.stmts.get(0)).target();
    assertNotSame(p, redefined);
    assertEquals(new Stmt.Return(new Local(redefined)), b0.terminator());
    assertTrue(body.vars.contains(p), "parameters stay declared");
  }

  @Test
  void testRun_exceptionVariable_neverSplit() {
    Body body = exceptionEdgeBody(true);
    Var exc = body.exception;
    Block handler = body.blocks.get(3);
    handler.stmts.add(0, new Stmt.Assign(exc, new CaughtException()));

    new SplitVariables().run(body);

    assertSame(exc, ((Stmt.Assign) handler.stmts.get(0)).target());
    assertSame(exc, body.vars.get(0));
  }

  /**
   * B0: x = 0; goto B1. B1 (handler B3 if {@code withHandler}): x = 1; mayThrow(); goto B2.
   * B2: return x. B3: return x.
   */
  private static Body exceptionEdgeBody(boolean withHandler) {
    Body body = newBody();
    Var x = body.newVar("x", Type.INT_TYPE);
    Block b0 = body.newBlock();
    Block b1 = body.newBlock();
    Block b2 = body.newBlock();
    Block b3 = body.newBlock();
    b0.stmts.add(new Stmt.Assign(x, Const.ofInt(0)));
    b0.stmts.add(new Stmt.Goto(b1));
    b1.stmts.add(new Stmt.Assign(x, Const.ofInt(1)));
    b1.stmts.add(new Stmt.Eval(new Invoke(InvokeKind.STATIC, MAY_THROW, List.of())));
    b1.stmts.add(new Stmt.Goto(b2));
    b1.handler = withHandler ? b3 : null;
    b2.stmts.add(new Stmt.Return(new Local(x)));
    b3.stmts.add(new Stmt.Return(new Local(x)));
    return body;
  }

  private static Body newBody() {
    Body body = new Body();
    body.exception = body.newVar("exc", Expr.THROWABLE);
    return body;
  }

  private static Var param(Body body, String name, Type type) {
    Var v = body.newVar(name, type);
    body.params.add(v);
    return v;
  }

  /** The distinct variables, assigned or read anywhere, whose name is {@code base} or {@code base_k}. */
  private static List<Var> distinctVarsNamed(Body body, String base) {
    List<Var> out = new ArrayList<>();
    for (Block b : body.blocks) {
      for (Stmt s : b.stmts) {
        List<Var> seen = new ArrayList<>();
        if (s instanceof Stmt.Assign a) {
          seen.add(a.target());
        }
        for (Expr e : org.cortado.ir.Exprs.ofStmt(s)) {
          collect(e, seen);
        }
        for (Var v : seen) {
          if ((v.name.equals(base) || v.name.startsWith(base + "_")) && out.stream().noneMatch(o -> o == v)) {
            out.add(v);
          }
        }
      }
    }
    return out;
  }

  private static void collect(Expr e, List<Var> into) {
    if (e instanceof Local l) {
      into.add(l.v());
    }
    for (Expr c : org.cortado.ir.Exprs.children(e)) {
      collect(c, into);
    }
  }

  private static String dump(Body body) {
    StringBuilder sb = new StringBuilder();
    for (Block b : body.blocks) {
      sb.append(b).append(" handler=").append(b.handler).append(' ').append(b.stmts).append('\n');
    }
    return sb.toString();
  }
}
