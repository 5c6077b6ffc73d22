package org.cortado.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.cortado.ir.Expr.*;
import org.cortado.ir.Stmt.*;
import org.cortado.testing.JavaSources;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TryCatchBlockNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * IrBuilder: the IR of javac-compiled and hand-assembled methods computes what the JVM computes
 * (checked with {@link IrInterpreter} against reflection), and its exception dispatch, stack
 * variables and unreachable-code handling have the documented shape.
 */
class IrBuilderTest implements Opcodes {
  private static final String SNIPPETS = """
      public class Snip {
        static int id(int x) { return x; }
        static int add3(int a, int b, int c) { return a * 100 + b * 10 + c; }
        static int ternaryArg(boolean c, int a, int b) { return id(c ? a : b); }
        static int ternaryUnderOperand(int x, boolean c, int a, int b) { return x * 10 + (c ? a : b); }
        static int twoTernariesInCall(int x, boolean c, boolean d) { return add3(x, c ? 1 : 2, d ? 3 : 4); }
        static int nestedTernary(int x, boolean c, boolean d) { return x - (c ? (d ? 1 : 2) : 3); }
        static long longTernary(long a, boolean c) { return a * 3 + (c ? 1L : a); }
        static int postIncrement(int i) { return i++ + i; }
        static int preIncrement(int i) { return ++i * 10 + i; }
        static int loadThenIincInCall(int i) { return add3(i, i++, i); }
        static long postIncrementLong(long x) { long y = x++; return y * 1000 + x; }
        static int arrayCompound(int i, int v) { int[] a = new int[3]; a[i] += v; a[i] *= 2; return a[i] * 10 + a.length; }
        static int chainedArrayAssign(int i, int v) { int[] a = new int[3]; int r = a[i] = v; return r + a[i]; }
        static long longArrayAssign(int i, long v) { long[] a = new long[2]; long r = a[i] = v; return r + a[i]; }
        static int arrayPostIncrement(int i) { int[] a = {5, 6}; int r = a[i]++; return r * 10 + a[i]; }
        static long longArrayPostIncrement(int i) { long[] a = {5, 6}; long r = a[i]++; return r * 10 + a[i]; }
        static int charArith(char c, byte b) { char[] cs = {c}; cs[0] += b; byte[] bs = {b}; bs[0] *= 3; return cs[0] * 1000 + bs[0]; }
        static int loop(int n) { int s = 0; for (int i = 0; i < n; i++) { s += i % 3 == 0 ? i : -1; } return s; }
        static int sw(int k) { switch (k) { case 1: return 10; case 5: return 50; case 1000: return 7; default: return -k; } }
        static int callThenTernary(int x, boolean c) { return id(x) * (c ? 2 : 3); }
        static int arrayTernary(boolean c, int[] a, int[] b) { return (c ? a : b).length; }
        static int nullTernary(boolean c, int[] a) { return (c ? a : null) == null ? 1 : 2; }
        static int compares(long a, double d, float f) { return (a > 3 ? 1 : 0) + (d < 0.5 ? 10 : 0) + (f >= 2f ? 100 : 0); }
        static int tryCatch(int x) {
          try { return id(x); }
          catch (IllegalStateException e) { return 1; }
          catch (RuntimeException e) { return 2; }
          catch (Exception e) { return 3; }
        }
        static int tryFinally(int x) {
          int r = 0;
          try { r = id(x); } catch (IllegalStateException e) { r = -1; } finally { r += 100; }
          return r;
        }
        static int nestedTry(int x) {
          try { try { return id(x); } catch (IllegalStateException e) { return 1; } }
          catch (RuntimeException e) { return 2; }
        }
        static int sharedHandler(int x) {
          try { int a = id(x); if (a > 0) { a = id(a + 1); } return a; }
          catch (RuntimeException e) { return -1; }
        }
      }
      """;

  @TempDir static Path dir;
  private static ClassNode snip;
  private static Class<?> snipClass;
  private static ClassNode asm;
  private static Class<?> asmClass;

  @BeforeAll
  static void compileFixtures() throws Exception {
    JavaSources.compile(dir.resolve("snip"), "Snip", SNIPPETS);
    snip = read(Files.readAllBytes(dir.resolve("snip/Snip.class")));
    snipClass = new URLClassLoader(new URL[] {dir.resolve("snip").toUri().toURL()}).loadClass("Snip");
    byte[] asmBytes = assembleDupForms();
    asm = read(asmBytes);
    asmClass = new ClassLoader(IrBuilderTest.class.getClassLoader()) {
      Class<?> define() {
        return defineClass("Asm", asmBytes, 0, asmBytes.length);
      }
    }.define();
  }

  // ---------------------------------------------------------------- semantics

  static Stream<Arguments> snippetCalls() {
    return Stream.of(
        Arguments.of("ternaryArg", List.of(true, 4, 9)),
        Arguments.of("ternaryArg", List.of(false, 4, 9)),
        Arguments.of("ternaryUnderOperand", List.of(7, true, 4, 9)),
        Arguments.of("ternaryUnderOperand", List.of(7, false, 4, 9)),
        Arguments.of("twoTernariesInCall", List.of(5, true, false)),
        Arguments.of("twoTernariesInCall", List.of(5, false, true)),
        Arguments.of("nestedTernary", List.of(10, true, true)),
        Arguments.of("nestedTernary", List.of(10, true, false)),
        Arguments.of("nestedTernary", List.of(10, false, true)),
        Arguments.of("longTernary", List.of(1L << 40, true)),
        Arguments.of("longTernary", List.of(1L << 40, false)),
        Arguments.of("postIncrement", List.of(5)),
        Arguments.of("preIncrement", List.of(5)),
        Arguments.of("loadThenIincInCall", List.of(3)),
        Arguments.of("postIncrementLong", List.of(41L)),
        Arguments.of("arrayCompound", List.of(1, 21)),
        Arguments.of("chainedArrayAssign", List.of(2, 13)),
        Arguments.of("longArrayAssign", List.of(1, 1L << 33)),
        Arguments.of("arrayPostIncrement", List.of(1)),
        Arguments.of("longArrayPostIncrement", List.of(0)),
        Arguments.of("charArith", List.of('A', (byte) 100)),
        Arguments.of("loop", List.of(10)),
        Arguments.of("sw", List.of(1)),
        Arguments.of("sw", List.of(5)),
        Arguments.of("sw", List.of(1000)),
        Arguments.of("sw", List.of(4)),
        Arguments.of("callThenTernary", List.of(7, false)),
        Arguments.of("arrayTernary", List.of(true, new int[1], new int[2])),
        Arguments.of("arrayTernary", List.of(false, new int[1], new int[2])),
        Arguments.of("nullTernary", List.of(true, new int[1])),
        Arguments.of("nullTernary", List.of(false, new int[1])),
        Arguments.of("compares", List.of(4L, 0.25, Float.NaN)),
        Arguments.of("compares", List.of(3L, Double.NaN, 2f)));
  }

  @ParameterizedTest(name = "{0}{1}")
  @MethodSource("snippetCalls")
  void testBuild_javacSnippet_computesWhatTheJvmComputes(String name, List<Object> args) throws Exception {
    MethodNode m = method(snip, name);

    Object viaIr = interpret(snip, m, args);

    assertEquals(invoke(snipClass, m, args), viaIr);
  }

  static Stream<Arguments> asmCalls() {
    return Stream.of(
        Arguments.of("dupX1", List.of(20, 3)),
        Arguments.of("dupX2Form1", List.of(20, 3, 7)),
        Arguments.of("dupX2Form2", List.of(1L << 35, 3)),
        Arguments.of("dup2Form1", List.of(20, 3)),
        Arguments.of("dup2Form2", List.of(1L << 35)),
        Arguments.of("dup2X1Form1", List.of(20, 3, 7)),
        Arguments.of("dup2X1Form2", List.of(9, 1L << 35)),
        Arguments.of("dup2X2Form1", List.of(20, 3, 7, 11)),
        Arguments.of("dup2X2Form2", List.of(5, 3, 1L << 35)),
        Arguments.of("dup2X2Form3", List.of(1L << 35, 5, 3)),
        Arguments.of("dup2X2Form4", List.of(1L << 35, 12345L)),
        Arguments.of("swapAndPops", List.of(20, 3, 99L)),
        Arguments.of("dupOfEffect", List.of(7)),
        Arguments.of("fibAcrossBackEdge", List.of(10)),
        Arguments.of("swapAcrossBackEdge", List.of(9, 4, 3)),
        Arguments.of("swapAcrossBackEdge", List.of(9, 4, 4)));
  }

  @ParameterizedTest(name = "{0}{1}")
  @MethodSource("asmCalls")
  void testBuild_stackManipulation_computesWhatTheJvmComputes(String name, List<Object> args) throws Exception {
    MethodNode m = method(asm, name);

    Object viaIr = interpret(asm, m, args);

    assertEquals(invoke(asmClass, m, args), viaIr);
  }

  // ---------------------------------------------------------------- shape

  @Test
  void testBuild_ternaryUnderOperand_valuesCrossBlocksInStackVariables() {
    MethodNode m = method(snip, "ternaryUnderOperand");

    Body body = IrBuilder.build("Snip", m);

    Return ret = (Return) body.blocks.stream().map(Block::terminator).filter(t -> t instanceof Return).findFirst()
        .orElseThrow();
    Binary sum = assertInstanceOf(Binary.class, ret.value());
    Var below = assertInstanceOf(Local.class, sum.a()).v();
    Var chosen = assertInstanceOf(Local.class, sum.b()).v();
    assertEquals("s0I", below.name);
    assertEquals("s1I", chosen.name);
    List<Expr> chosenValues = assignedValues(body, chosen);
    assertEquals(List.of(new Local(body.params.get(2)), new Local(body.params.get(3))), chosenValues);
    assertEquals(1, assignedValues(body, below).size());
  }

  @Test
  void testBuild_iincWithPendingLoad_spillsTheLoadFirst() {
    MethodNode m = method(snip, "postIncrement");

    Body body = IrBuilder.build("Snip", m);

    Var i = body.params.get(0);
    List<Stmt> stmts = body.entry().stmts;
    assertEquals(1, body.blocks.size());
    assertEquals(3, stmts.size(), stmts.toString());
    Assign spill = assertInstanceOf(Assign.class, stmts.get(0));
    assertEquals(new Local(i), spill.value());
    assertEquals(new Assign(i, new Binary(Ops.BinOp.ADD, Type.INT_TYPE, new Local(i), Const.ofInt(1))), stmts.get(1));
    assertEquals(new Return(new Binary(Ops.BinOp.ADD, Type.INT_TYPE, new Local(spill.target()), new Local(i))),
        stmts.get(2));
  }

  @Test
  void testBuild_tryWithThreeCatches_dispatchTestsInTableOrderThenRethrows() {
    MethodNode m = method(snip, "tryCatch");

    Body body = IrBuilder.build("Snip", m);

    Block dispatch = blockCalling(body, "id").handler;
    assertNotNull(dispatch);
    List<String> tested = new ArrayList<>();
    List<Block> handlers = new ArrayList<>();
    Block b = dispatch;
    while (b.terminator() instanceof If test) {
      assertEquals(1, b.stmts.size());
      InstanceOf cond = assertInstanceOf(InstanceOf.class, test.cond());
      assertInstanceOf(CaughtException.class, cond.obj());
      tested.add(cond.target().getInternalName());
      handlers.add(test.ifTrue());
      b = test.ifFalse();
    }
    assertEquals(List.of("java/lang/IllegalStateException", "java/lang/RuntimeException", "java/lang/Exception"),
        tested);
    assertEquals(List.of(new Throw(new CaughtException())), b.stmts);
    for (int k = 0; k < handlers.size(); k++) {
      Block h = handlers.get(k);
      Assign first = assertInstanceOf(Assign.class, h.stmts.get(0));
      assertEquals("s0A", first.target().name);
      assertInstanceOf(CaughtException.class, first.value());
      assertEquals(new Return(Const.ofInt(k + 1)), h.terminator());
    }
  }

  @Test
  void testBuild_catchThenFinally_catchAllEndsChainWithoutRethrow() {
    MethodNode m = method(snip, "tryFinally");

    Body body = IrBuilder.build("Snip", m);

    Block dispatch = blockCalling(body, "id").handler;
    If test = assertInstanceOf(If.class, dispatch.terminator());
    assertEquals("java/lang/IllegalStateException",
        assertInstanceOf(InstanceOf.class, test.cond()).target().getInternalName());
    Goto toFinally = assertInstanceOf(Goto.class, test.ifFalse().terminator());
    assertEquals(1, test.ifFalse().stmts.size());
    assertInstanceOf(CaughtException.class, ((Assign) toFinally.target().stmts.get(0)).value());
    assertTrue(toFinally.target().stmts.stream().anyMatch(s -> s instanceof Throw), "finally handler rethrows");
  }

  @Test
  void testBuild_nestedTry_innerHandlerTestedBeforeOuter() {
    MethodNode m = method(snip, "nestedTry");

    Body body = IrBuilder.build("Snip", m);

    If inner = (If) blockCalling(body, "id").handler.terminator();
    If outer = (If) inner.ifFalse().terminator();
    assertEquals("java/lang/IllegalStateException", ((InstanceOf) inner.cond()).target().getInternalName());
    assertEquals("java/lang/RuntimeException", ((InstanceOf) outer.cond()).target().getInternalName());
    assertInstanceOf(Throw.class, outer.ifFalse().terminator());
  }

  @Test
  void testBuild_twoBlocksInOneTry_shareOneDispatchChain() {
    MethodNode m = method(snip, "sharedHandler");

    Body body = IrBuilder.build("Snip", m);

    List<Block> calling = body.blocks.stream().filter(b -> b.stmts.stream().anyMatch(IrBuilderTest::isCall)).toList();
    assertEquals(2, calling.size());
    assertNotNull(calling.get(0).handler);
    assertSame(calling.get(0).handler, calling.get(1).handler);
    long chainHeads = body.blocks.stream().filter(b -> b.terminator() instanceof If i && i.cond() instanceof InstanceOf)
        .count();
    assertEquals(1, chainHeads);
  }

  @Test
  void testBuild_unreachableCode_dropped() {
    LabelNode dead = new LabelNode();
    LabelNode deadEnd = new LabelNode();
    LabelNode deadHandler = new LabelNode();
    MethodNode m = handMade("f", "()I", 2, 1, code -> {
      code.add(new InsnNode(ICONST_1));
      code.add(new InsnNode(IRETURN));
      code.add(dead);
      code.add(new InsnNode(ICONST_2));
      code.add(new JumpInsnNode(GOTO, dead));
      code.add(deadEnd);
      code.add(deadHandler);
      code.add(new InsnNode(ICONST_3));
      code.add(new InsnNode(IRETURN));
    });
    m.tryCatchBlocks.add(new TryCatchBlockNode(dead, deadEnd, deadHandler, "java/lang/Exception"));

    Body body = IrBuilder.build("Asm", m);

    assertEquals(1, body.blocks.size());
    assertEquals(List.of(new Return(Const.ofInt(1))), body.entry().stmts);
    assertNull(body.entry().handler);
  }

  @Test
  void testBuild_parameters_oneVariablePerSlotWithDeclaredTypes() {
    MethodNode m = handMade("g", "(JLjava/lang/String;[I)V", 0, 5, code -> code.add(new InsnNode(RETURN)));
    m.access = ACC_PUBLIC;

    Body body = IrBuilder.build("p/Owner", m);

    assertEquals(4, body.params.size());
    assertEquals(Type.getObjectType("p/Owner"), body.params.get(0).type);
    assertEquals(List.of("l0A", "l1J", "l3A", "l4A"), body.params.stream().map(v -> v.name).toList());
    assertEquals(Type.getType("[I"), body.params.get(3).type);
    assertEquals(Expr.THROWABLE, body.exception.type);
  }

  @Test
  void testBuild_invalidBytecode_rejectedWithMethodName() {
    MethodNode m = handMade("bad", "()I", 2, 0, code -> {
      code.add(new InsnNode(IADD));
      code.add(new InsnNode(IRETURN));
    });

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IrBuilder.build("p/Asm", m));

    assertTrue(e.getMessage().startsWith("invalid bytecode in p.Asm.bad()I"), e.getMessage());
  }

  @Test
  void testBuild_invokedynamic_rejectedAsNotLowered() {
    Handle bsm = new Handle(H_INVOKESTATIC, "Boot", "bsm",
        "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;)Ljava/lang/invoke/CallSite;",
        false);
    MethodNode m = handMade("indy", "()V", 1, 0, code -> {
      code.add(new InvokeDynamicInsnNode("run", "()V", bsm));
      code.add(new InsnNode(RETURN));
    });

    IllegalStateException e = assertThrows(IllegalStateException.class, () -> IrBuilder.build("Asm", m));

    assertTrue(e.getMessage().contains("invokedynamic must be lowered"), e.getMessage());
  }

  // ---------------------------------------------------------------- fixtures

  /**
   * Static methods exercising every form of dup_x1/dup_x2/dup2/dup2_x1/dup2_x2, swap and pop2,
   * each folding the duplicated stack into an order-sensitive result.
   */
  private static byte[] assembleDupForms() {
    ClassNode cn = new ClassNode();
    cn.visit(V17, ACC_PUBLIC, "Asm", null, "java/lang/Object", null);
    // [a, b] -> [b, a, b]
    cn.methods.add(handMade("dupX1", "(II)I", 0, 0, c -> ops(c, ILOAD, 0, ILOAD, 1, DUP_X1, ISUB, IMUL)));
    // [a, b, c] -> [c, a, b, c]
    cn.methods.add(handMade("dupX2Form1", "(III)I", 0, 0,
        c -> ops(c, ILOAD, 0, ILOAD, 1, ILOAD, 2, DUP_X2, ISUB, IMUL, ISUB)));
    // [L, b] -> [b, L, b]
    cn.methods.add(handMade("dupX2Form2", "(JI)J", 0, 0,
        c -> ops(c, LLOAD, 0, ILOAD, 2, DUP_X2, I2L, LSUB, L2I, IMUL, I2L)));
    // [a, b] -> [a, b, a, b]
    cn.methods.add(handMade("dup2Form1", "(II)I", 0, 0, c -> ops(c, ILOAD, 0, ILOAD, 1, DUP2, ISUB, IMUL, ISUB)));
    // [L] -> [L, L]
    cn.methods.add(handMade("dup2Form2", "(J)J", 0, 0, c -> ops(c, LLOAD, 0, DUP2, ICONST_3, LSHL, LSUB)));
    // [a, b, c] -> [b, c, a, b, c]
    cn.methods.add(handMade("dup2X1Form1", "(III)I", 0, 0,
        c -> ops(c, ILOAD, 0, ILOAD, 1, ILOAD, 2, DUP2_X1, ISUB, IMUL, ISUB, IMUL)));
    // [a, L] -> [L, a, L]
    cn.methods.add(handMade("dup2X1Form2", "(IJ)J", 0, 0,
        c -> ops(c, ILOAD, 0, LLOAD, 1, DUP2_X1, L2I, ISUB, I2L, LMUL)));
    // [a, b, c, d] -> [c, d, a, b, c, d]
    cn.methods.add(handMade("dup2X2Form1", "(IIII)I", 0, 0,
        c -> ops(c, ILOAD, 0, ILOAD, 1, ILOAD, 2, ILOAD, 3, DUP2_X2, ISUB, IMUL, ISUB, IMUL, ISUB)));
    // [a, b, L] -> [L, a, b, L]
    cn.methods.add(handMade("dup2X2Form2", "(IIJ)J", 0, 0,
        c -> ops(c, ILOAD, 0, ILOAD, 1, LLOAD, 2, DUP2_X2, L2I, ISUB, IMUL, I2L, LSUB)));
    // [L, a, b] -> [a, b, L, a, b]
    cn.methods.add(handMade("dup2X2Form3", "(JII)J", 0, 0,
        c -> ops(c, LLOAD, 0, ILOAD, 2, ILOAD, 3, DUP2_X2, ISUB, I2L, LMUL, L2I, ISUB, ISUB, I2L)));
    // [L, M] -> [M, L, M]
    cn.methods.add(handMade("dup2X2Form4", "(JJ)J", 0, 0,
        c -> ops(c, LLOAD, 0, LLOAD, 2, DUP2_X2, LSUB, LMUL)));
    // swap, then pop2 of two ints and of one long
    cn.methods.add(handMade("swapAndPops", "(IIJ)I", 0, 0,
        c -> ops(c, ILOAD, 0, ILOAD, 1, SWAP, ISUB, ILOAD, 0, ILOAD, 1, POP2, LLOAD, 2, POP2)));
    // dup of a value computed by a statement (a division) must not repeat it
    cn.methods.add(handMade("dupOfEffect", "(I)I", 0, 0,
        c -> ops(c, BIPUSH, 100, ILOAD, 0, IDIV, DUP, IMUL, ILOAD, 0, ICONST_1, IADD, IREM)));
    for (MethodNode m : cn.methods) {
      Type ret = Type.getReturnType(m.desc);
      m.instructions.add(new InsnNode(ret.getOpcode(IRETURN)));
    }
    // Two stack values carried around a loop: [x, y] -> [y, x + y] until --n < 0; returns x.
    LabelNode fibLoop = new LabelNode();
    LabelNode fibEnd = new LabelNode();
    cn.methods.add(handMade("fibAcrossBackEdge", "(I)I", 0, 0, c -> {
      ops(c, ICONST_0, ICONST_1);
      c.add(fibLoop);
      c.add(new org.objectweb.asm.tree.IincInsnNode(0, -1));
      ops(c, ILOAD, 0);
      c.add(new JumpInsnNode(IFLT, fibEnd));
      ops(c, DUP_X1, IADD);
      c.add(new JumpInsnNode(GOTO, fibLoop));
      c.add(fibEnd);
      ops(c, POP, IRETURN);
    }));
    // The stack [a, b] swapped on every iteration: the back edge assigns each stack variable
    // from the other one.
    LabelNode swapLoop = new LabelNode();
    LabelNode swapEnd = new LabelNode();
    cn.methods.add(handMade("swapAcrossBackEdge", "(III)I", 0, 0, c -> {
      ops(c, ILOAD, 0, ILOAD, 1);
      c.add(swapLoop);
      c.add(new org.objectweb.asm.tree.IincInsnNode(2, -1));
      ops(c, ILOAD, 2);
      c.add(new JumpInsnNode(IFLT, swapEnd));
      ops(c, SWAP);
      c.add(new JumpInsnNode(GOTO, swapLoop));
      c.add(swapEnd);
      ops(c, ISUB, IRETURN);
    }));
    ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS);
    cn.accept(cw);
    return cw.toByteArray();
  }

  /** Appends opcodes; ILOAD..ALOAD and BIPUSH take the following number as their operand. */
  private static void ops(InsnList code, int... ops) {
    for (int i = 0; i < ops.length; i++) {
      int op = ops[i];
      if (op >= ILOAD && op <= ALOAD) {
        code.add(new VarInsnNode(op, ops[++i]));
      } else if (op == BIPUSH) {
        code.add(new org.objectweb.asm.tree.IntInsnNode(op, ops[++i]));
      } else {
        code.add(new InsnNode(op));
      }
    }
  }

  private static MethodNode handMade(String name, String desc, int maxStack, int maxLocals, Consumer<InsnList> body) {
    MethodNode m = new MethodNode(ACC_PUBLIC | ACC_STATIC, name, desc, null, null);
    body.accept(m.instructions);
    m.maxStack = maxStack;
    m.maxLocals = maxLocals;
    return m;
  }

  private static ClassNode read(byte[] bytes) {
    ClassNode cn = new ClassNode();
    new ClassReader(bytes).accept(cn, ClassReader.SKIP_FRAMES);
    return cn;
  }

  private static MethodNode method(ClassNode cn, String name) {
    return cn.methods.stream().filter(m -> m.name.equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no method " + name));
  }

  private static Object interpret(ClassNode cn, MethodNode m, List<Object> args) {
    Map<String, Body> bodies = new HashMap<>();
    IrInterpreter interpreter = new IrInterpreter(ref -> {
      assertEquals(cn.name, ref.owner());
      return bodies.computeIfAbsent(ref.name() + ref.desc(), k -> IrBuilder.build(cn.name,
          cn.methods.stream().filter(x -> (x.name + x.desc).equals(k)).findFirst().orElseThrow()));
    });
    List<Object> irArgs = new ArrayList<>();
    for (Object a : args) {
      irArgs.add(a instanceof Boolean z ? (z ? 1 : 0) : a instanceof Character c ? (int) c
          : a instanceof Byte b ? (int) b : a);
    }
    return interpreter.run(IrBuilder.build(cn.name, m), irArgs);
  }

  private static Object invoke(Class<?> cls, MethodNode m, List<Object> args) throws Exception {
    Type[] types = Type.getArgumentTypes(m.desc);
    Class<?>[] params = new Class<?>[types.length];
    for (int i = 0; i < types.length; i++) {
      params[i] = switch (types[i].getSort()) {
        case Type.BOOLEAN -> boolean.class;
        case Type.CHAR -> char.class;
        case Type.BYTE -> byte.class;
        case Type.INT -> int.class;
        case Type.LONG -> long.class;
        case Type.FLOAT -> float.class;
        case Type.DOUBLE -> double.class;
        case Type.ARRAY -> Class.forName(types[i].getDescriptor());
        default -> throw new AssertionError(types[i]);
      };
    }
    Method method = cls.getDeclaredMethod(m.name, params);
    method.setAccessible(true);
    return method.invoke(null, args.toArray());
  }

  private static List<Expr> assignedValues(Body body, Var v) {
    List<Expr> out = new ArrayList<>();
    for (Block b : body.blocks) {
      for (Stmt s : b.stmts) {
        if (s instanceof Assign a && a.target() == v) {
          out.add(a.value());
        }
      }
    }
    return out;
  }

  private static boolean isCall(Stmt s) {
    return s instanceof Assign a && a.value() instanceof Invoke;
  }

  private static Block blockCalling(Body body, String name) {
    return body.blocks.stream()
        .filter(b -> b.stmts.stream().anyMatch(s -> isCall(s) && ((Invoke) ((Assign) s).value()).method().name().equals(name)))
        .findFirst().orElseThrow(() -> new AssertionError("no block calls " + name));
  }
}
