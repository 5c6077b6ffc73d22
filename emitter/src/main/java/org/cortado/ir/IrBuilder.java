package org.cortado.ir;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.cortado.ir.Expr.*;
import org.cortado.ir.Ops.BinOp;
import org.cortado.ir.Ops.CmpKind;
import org.cortado.ir.Ops.Cond;
import org.cortado.ir.Ops.InvokeKind;
import org.cortado.ir.Ops.UnOp;
import org.cortado.ir.Refs.FieldRef;
import org.cortado.ir.Refs.MethodRef;
import org.cortado.ir.Stmt.*;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.*;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.BasicInterpreter;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.Frame;

/**
 * Builds the IR of a method from its bytecode. The operand stack is executed symbolically within
 * each basic block: side-effect-free instructions become expression trees, everything that may
 * throw or has effects becomes a statement whose result goes to a fresh temporary. Values left on
 * the stack across blocks live in per-depth stack variables. Exception handlers are reached through
 * dispatch blocks that test the caught exception's type against each handler in table order.
 */
public final class IrBuilder implements Opcodes {
  private final String owner;
  private final MethodNode method;
  private final Body body = new Body();
  private final Map<String, Var> slotVars = new HashMap<>();
  private final Map<LabelNode, Integer> labelIndex = new HashMap<>();
  private final Map<Integer, Block> blockAt = new HashMap<>();
  private final Map<String, Block> dispatchFor = new HashMap<>();
  private Frame<BasicValue>[] frames;
  private int tempCount;

  // Per-block symbolic state.
  private final List<Expr> stack = new ArrayList<>();
  private Block current;

  private IrBuilder(String owner, MethodNode method) {
    this.owner = owner;
    this.method = method;
  }

  /** Builds the IR; throws IllegalArgumentException if the bytecode does not verify. */
  public static Body build(String owner, MethodNode method) {
    return new IrBuilder(owner, method).build();
  }

  private Body build() {
    try {
      frames = new Analyzer<>(new BasicInterpreter()).analyze(owner, method);
    } catch (AnalyzerException e) {
      throw new IllegalArgumentException("invalid bytecode in " + owner.replace('/', '.') + "." + method.name
          + method.desc + ": " + e.getMessage(), e);
    }
    InsnList insns = method.instructions;
    for (int i = 0; i < insns.size(); i++) {
      if (insns.get(i) instanceof LabelNode l) {
        labelIndex.put(l, i);
      }
    }
    body.exception = body.newVar("exc", Expr.THROWABLE);
    defineParams();
    TreeSet<Integer> leaders = findLeaders();
    // Blocks for reachable leaders; unreachable code (null frames) is dropped.
    Block entry = body.newBlock();
    List<Integer> starts = new ArrayList<>();
    for (int start : leaders) {
      if (reachableFrom(start) >= 0) {
        starts.add(start);
      }
    }
    for (int s : starts) {
      blockAt.put(s, s == starts.get(0) ? entry : body.newBlock());
    }
    for (int k = 0; k < starts.size(); k++) {
      int start = starts.get(k);
      int end = k + 1 < starts.size() ? starts.get(k + 1) : insns.size();
      translateBlock(start, end);
    }
    return body;
  }

  private void defineParams() {
    int slot = 0;
    if ((method.access & ACC_STATIC) == 0) {
      body.params.add(slotVar(true, slot++, Type.getObjectType(owner)));
    }
    for (Type t : Type.getArgumentTypes(method.desc)) {
      body.params.add(slotVar(true, slot, t));
      slot += t.getSize();
    }
  }

  /** The first instruction at or after {@code i} with a frame, or -1 (used to skip labels/lines). */
  private int reachableFrom(int i) {
    return frames[i] != null ? i : -1;
  }

  private TreeSet<Integer> findLeaders() {
    TreeSet<Integer> leaders = new TreeSet<>();
    leaders.add(0);
    InsnList insns = method.instructions;
    for (TryCatchBlockNode tc : method.tryCatchBlocks) {
      leaders.add(labelIndex.get(tc.start));
      leaders.add(labelIndex.get(tc.end));
      leaders.add(labelIndex.get(tc.handler));
    }
    for (int i = 0; i < insns.size(); i++) {
      AbstractInsnNode n = insns.get(i);
      if (n instanceof JumpInsnNode j) {
        leaders.add(labelIndex.get(j.label));
        leaders.add(i + 1);
      } else if (n instanceof TableSwitchInsnNode t) {
        leaders.add(labelIndex.get(t.dflt));
        t.labels.forEach(l -> leaders.add(labelIndex.get(l)));
        leaders.add(i + 1);
      } else if (n instanceof LookupSwitchInsnNode t) {
        leaders.add(labelIndex.get(t.dflt));
        t.labels.forEach(l -> leaders.add(labelIndex.get(l)));
        leaders.add(i + 1);
      } else {
        int op = n.getOpcode();
        if ((op >= IRETURN && op <= RETURN) || op == ATHROW) {
          leaders.add(i + 1);
        }
      }
    }
    leaders.removeIf(i -> i >= insns.size());
    return leaders;
  }

  // ---------------------------------------------------------------- variables

  private static char kindOf(Type t) {
    return switch (t.getSort()) {
      case Type.LONG -> 'J';
      case Type.FLOAT -> 'F';
      case Type.DOUBLE -> 'D';
      case Type.OBJECT, Type.ARRAY -> 'A';
      default -> 'I';
    };
  }

  private static Type kindType(char kind) {
    return switch (kind) {
      case 'J' -> Type.LONG_TYPE;
      case 'F' -> Type.FLOAT_TYPE;
      case 'D' -> Type.DOUBLE_TYPE;
      case 'A' -> Expr.NULL_TYPE;
      default -> Type.INT_TYPE;
    };
  }

  /** The variable for a JVM local slot (local=true) or stack depth, per value kind. */
  private Var slotVar(boolean local, int index, Type type) {
    char kind = kindOf(type);
    String key = (local ? "l" : "s") + index + kind;
    Var v = slotVars.get(key);
    if (v == null) {
      v = body.newVar(key, kind == 'A' ? type : kindType(kind));
      slotVars.put(key, v);
    }
    return v;
  }

  private static char kindOf(BasicValue v) {
    if (v == BasicValue.LONG_VALUE) {
      return 'J';
    } else if (v == BasicValue.FLOAT_VALUE) {
      return 'F';
    } else if (v == BasicValue.DOUBLE_VALUE) {
      return 'D';
    } else if (v == BasicValue.INT_VALUE) {
      return 'I';
    }
    return 'A';
  }

  private Var temp(Type t) {
    return body.newVar("t" + tempCount++, t.getSort() == Type.BOOLEAN || t.getSort() == Type.BYTE
        || t.getSort() == Type.CHAR || t.getSort() == Type.SHORT ? Type.INT_TYPE : t);
  }

  // ---------------------------------------------------------------- blocks

  private Block blockFor(int insnIndex) {
    Block b = blockAt.get(insnIndex);
    if (b == null) {
      throw new IllegalStateException("no block at " + insnIndex);
    }
    return b;
  }

  private Block blockFor(LabelNode l) {
    return blockFor(labelIndex.get(l));
  }

  private void translateBlock(int start, int end) {
    current = blockAt.get(start);
    stack.clear();
    Frame<BasicValue> f = frames[start];
    boolean isHandler = false;
    for (TryCatchBlockNode tc : method.tryCatchBlocks) {
      if (labelIndex.get(tc.handler) == start) {
        isHandler = true;
      }
    }
    if (isHandler) {
      Var s0 = slotVar(false, 0, Expr.OBJECT);
      emit(new Assign(s0, new CaughtException()));
      stack.add(new Local(s0));
    } else {
      for (int d = 0; d < f.getStackSize(); d++) {
        stack.add(new Local(slotVar(false, d, kindType(kindOf(f.getStack(d))).getSort() == Type.OBJECT
            ? Expr.OBJECT : kindType(kindOf(f.getStack(d))))));
      }
    }
    current.handler = dispatchBlock(start);
    for (int i = start; i < end; i++) {
      AbstractInsnNode n = method.instructions.get(i);
      if (n.getOpcode() >= 0 && frames[i] != null) {
        translate(n, i);
        if (!current.stmts.isEmpty() && current.terminator().isTerminator()) {
          return;
        }
      }
    }
    // Fell off the end of the block into the next leader.
    jumpTo(List.of(blockFor(end)), null);
    emit(new Goto(blockFor(end)));
  }

  /** The dispatch chain for the handlers covering instruction {@code at}, built once per handler list. */
  private Block dispatchBlock(int at) {
    List<TryCatchBlockNode> covering = new ArrayList<>();
    StringBuilder key = new StringBuilder();
    for (TryCatchBlockNode tc : method.tryCatchBlocks) {
      if (labelIndex.get(tc.start) <= at && at < labelIndex.get(tc.end)
          && frames[labelIndex.get(tc.handler)] != null) {
        covering.add(tc);
        key.append(labelIndex.get(tc.handler)).append(':').append(tc.type).append(';');
      }
    }
    if (covering.isEmpty()) {
      return null;
    }
    Block existing = dispatchFor.get(key.toString());
    if (existing != null) {
      return existing;
    }
    Block first = body.newBlock();
    dispatchFor.put(key.toString(), first);
    Block b = first;
    for (int k = 0; k < covering.size(); k++) {
      TryCatchBlockNode tc = covering.get(k);
      Block handler = blockFor(tc.handler);
      if (tc.type == null || tc.type.equals("java/lang/Throwable")) {
        b.stmts.add(new Goto(handler));
        return first;
      }
      Block next = body.newBlock();
      b.stmts.add(new If(new InstanceOf(new CaughtException(), Type.getObjectType(tc.type)), handler, next));
      b = next;
    }
    b.stmts.add(new Throw(new CaughtException()));
    return first;
  }

  private void emit(Stmt s) {
    current.stmts.add(s);
  }

  /** Moves values still on the stack into the stack variables the successors expect. */
  private void jumpTo(List<Block> targets, Object unused) {
    if (stack.isEmpty()) {
      return;
    }
    List<Expr> values = new ArrayList<>(stack);
    // Evaluate into temps first when a value reads a stack variable that is about to be overwritten.
    for (int d = 0; d < values.size(); d++) {
      Expr e = values.get(d);
      if (!(e instanceof Local l && l.v() == stackVarFor(d, e)) && readsStackVar(e)) {
        Var t = temp(e.type());
        emit(new Assign(t, e));
        values.set(d, new Local(t));
      }
    }
    for (int d = 0; d < values.size(); d++) {
      Expr e = values.get(d);
      Var target = stackVarFor(d, e);
      if (!(e instanceof Local l && l.v() == target)) {
        emit(new Assign(target, e));
      }
    }
  }

  private Var stackVarFor(int depth, Expr e) {
    char kind = kindOf(e.type());
    return slotVar(false, depth, kind == 'A' ? Expr.OBJECT : kindType(kind));
  }

  private boolean readsStackVar(Expr e) {
    return Exprs.anyLocal(e, v -> v.name.startsWith("s"));
  }

  // ---------------------------------------------------------------- stack helpers

  private void push(Expr e) {
    stack.add(e);
  }

  private Expr pop() {
    return stack.remove(stack.size() - 1);
  }

  private List<Expr> popArgs(int n) {
    List<Expr> args = new ArrayList<>(stack.subList(stack.size() - n, stack.size()));
    for (int i = 0; i < n; i++) {
      pop();
    }
    return args;
  }

  /** Emits a statement computing {@code e} into a fresh temporary and pushes the temporary. */
  private void pushEffect(Expr e) {
    Var t = temp(e.type());
    emit(new Assign(t, e));
    push(new Local(t));
  }

  /** Replaces stack entries that read {@code v} by temporaries, before {@code v} is overwritten. */
  private void spillReadersOf(Var v) {
    for (int i = 0; i < stack.size(); i++) {
      Expr e = stack.get(i);
      if (Exprs.anyLocal(e, x -> x == v)) {
        Var t = temp(e.type());
        emit(new Assign(t, e));
        stack.set(i, new Local(t));
      }
    }
  }

  /** A value that can be used twice without re-evaluation. */
  private Expr stable(Expr e) {
    if (e instanceof Const || e instanceof Local || e instanceof ClassConst) {
      return e;
    }
    Var t = temp(e.type());
    emit(new Assign(t, e));
    return new Local(t);
  }

  private void store(Var v, Expr value) {
    spillReadersOf(v);
    emit(new Assign(v, value));
  }

  // ---------------------------------------------------------------- instructions

  private void translate(AbstractInsnNode n, int index) {
    int op = n.getOpcode();
    switch (op) {
      case NOP -> { }
      case ACONST_NULL -> push(new Const(Expr.NULL_TYPE, null));
      case ICONST_M1, ICONST_0, ICONST_1, ICONST_2, ICONST_3, ICONST_4, ICONST_5 -> push(Const.ofInt(op - ICONST_0));
      case LCONST_0, LCONST_1 -> push(new Const(Type.LONG_TYPE, (long) (op - LCONST_0)));
      case FCONST_0, FCONST_1, FCONST_2 -> push(new Const(Type.FLOAT_TYPE, (float) (op - FCONST_0)));
      case DCONST_0, DCONST_1 -> push(new Const(Type.DOUBLE_TYPE, (double) (op - DCONST_0)));
      case BIPUSH, SIPUSH -> push(Const.ofInt(((IntInsnNode) n).operand));
      case LDC -> ldc(((LdcInsnNode) n).cst);
      case ILOAD, LLOAD, FLOAD, DLOAD, ALOAD -> {
        VarInsnNode v = (VarInsnNode) n;
        push(new Local(slotVar(true, v.var, loadType(op))));
      }
      case ISTORE, LSTORE, FSTORE, DSTORE, ASTORE -> {
        VarInsnNode v = (VarInsnNode) n;
        Expr value = pop();
        store(slotVar(true, v.var, op == ASTORE ? Expr.OBJECT : loadType(op - ISTORE + ILOAD)), value);
      }
      case IINC -> {
        IincInsnNode inc = (IincInsnNode) n;
        Var v = slotVar(true, inc.var, Type.INT_TYPE);
        store(v, new Binary(BinOp.ADD, Type.INT_TYPE, new Local(v), Const.ofInt(inc.incr)));
      }
      case IALOAD, LALOAD, FALOAD, DALOAD, AALOAD, BALOAD, CALOAD, SALOAD -> {
        Expr idx = pop();
        Expr arr = pop();
        pushEffect(new ArrayLoad(arr, idx, arrayElemType(op - IALOAD)));
      }
      case IASTORE, LASTORE, FASTORE, DASTORE, AASTORE, BASTORE, CASTORE, SASTORE -> {
        Expr value = pop();
        Expr idx = pop();
        Expr arr = pop();
        emit(new ArrayStore(arr, idx, value, arrayElemType(op - IASTORE)));
      }
      case POP -> dropTop();
      case POP2 -> {
        if (isWide(stackTop(index, 0))) {
          dropTop();
        } else {
          dropTop();
          dropTop();
        }
      }
      case DUP -> {
        Expr a = stable(pop());
        push(a);
        push(a);
      }
      case DUP_X1 -> {
        Expr a = stable(pop());
        Expr b = stable(pop());
        push(a);
        push(b);
        push(a);
      }
      case DUP_X2 -> {
        Expr a = stable(pop());
        if (isWide(stackTop(index, 1))) {
          Expr b = stable(pop());
          push(a);
          push(b);
          push(a);
        } else {
          Expr b = stable(pop());
          Expr c = stable(pop());
          push(a);
          push(c);
          push(b);
          push(a);
        }
      }
      case DUP2 -> {
        if (isWide(stackTop(index, 0))) {
          Expr a = stable(pop());
          push(a);
          push(a);
        } else {
          Expr a = stable(pop());
          Expr b = stable(pop());
          push(b);
          push(a);
          push(b);
          push(a);
        }
      }
      case DUP2_X1 -> {
        if (isWide(stackTop(index, 0))) {
          Expr a = stable(pop());
          Expr b = stable(pop());
          push(a);
          push(b);
          push(a);
        } else {
          Expr a = stable(pop());
          Expr b = stable(pop());
          Expr c = stable(pop());
          push(b);
          push(a);
          push(c);
          push(b);
          push(a);
        }
      }
      case DUP2_X2 -> dup2x2(index);
      case SWAP -> {
        Expr a = stable(pop());
        Expr b = stable(pop());
        push(a);
        push(b);
      }
      case IADD, LADD, FADD, DADD -> binary(BinOp.ADD, op - IADD);
      case ISUB, LSUB, FSUB, DSUB -> binary(BinOp.SUB, op - ISUB);
      case IMUL, LMUL, FMUL, DMUL -> binary(BinOp.MUL, op - IMUL);
      case IDIV, LDIV, FDIV, DDIV -> binary(BinOp.DIV, op - IDIV);
      case IREM, LREM, FREM, DREM -> binary(BinOp.REM, op - IREM);
      case INEG, LNEG, FNEG, DNEG -> push(new Unary(UnOp.NEG, numType(op - INEG), pop()));
      case ISHL, LSHL -> shift(BinOp.SHL, op == LSHL);
      case ISHR, LSHR -> shift(BinOp.SHR, op == LSHR);
      case IUSHR, LUSHR -> shift(BinOp.USHR, op == LUSHR);
      case IAND, LAND -> binary(BinOp.AND, op - IAND);
      case IOR, LOR -> binary(BinOp.OR, op - IOR);
      case IXOR, LXOR -> binary(BinOp.XOR, op - IXOR);
      case I2L -> convert(UnOp.I2L, Type.LONG_TYPE);
      case I2F -> convert(UnOp.I2F, Type.FLOAT_TYPE);
      case I2D -> convert(UnOp.I2D, Type.DOUBLE_TYPE);
      case L2I -> convert(UnOp.L2I, Type.INT_TYPE);
      case L2F -> convert(UnOp.L2F, Type.FLOAT_TYPE);
      case L2D -> convert(UnOp.L2D, Type.DOUBLE_TYPE);
      case F2I -> convert(UnOp.F2I, Type.INT_TYPE);
      case F2L -> convert(UnOp.F2L, Type.LONG_TYPE);
      case F2D -> convert(UnOp.F2D, Type.DOUBLE_TYPE);
      case D2I -> convert(UnOp.D2I, Type.INT_TYPE);
      case D2L -> convert(UnOp.D2L, Type.LONG_TYPE);
      case D2F -> convert(UnOp.D2F, Type.FLOAT_TYPE);
      case I2B -> convert(UnOp.I2B, Type.INT_TYPE);
      case I2C -> convert(UnOp.I2C, Type.INT_TYPE);
      case I2S -> convert(UnOp.I2S, Type.INT_TYPE);
      case LCMP -> compare3(CmpKind.LCMP);
      case FCMPL -> compare3(CmpKind.FCMPL);
      case FCMPG -> compare3(CmpKind.FCMPG);
      case DCMPL -> compare3(CmpKind.DCMPL);
      case DCMPG -> compare3(CmpKind.DCMPG);
      case IFEQ, IFNE, IFLT, IFGE, IFGT, IFLE -> {
        Expr a = pop();
        branch(new Condition(cond(op - IFEQ), a, Const.ofInt(0)), (JumpInsnNode) n, index);
      }
      case IF_ICMPEQ, IF_ICMPNE, IF_ICMPLT, IF_ICMPGE, IF_ICMPGT, IF_ICMPLE -> {
        Expr b = pop();
        Expr a = pop();
        branch(new Condition(cond(op - IF_ICMPEQ), a, b), (JumpInsnNode) n, index);
      }
      case IF_ACMPEQ, IF_ACMPNE -> {
        Expr b = pop();
        Expr a = pop();
        branch(new Condition(op == IF_ACMPEQ ? Cond.EQ : Cond.NE, a, b), (JumpInsnNode) n, index);
      }
      case IFNULL, IFNONNULL -> {
        Expr a = pop();
        branch(new Condition(op == IFNULL ? Cond.EQ : Cond.NE, a, new Const(Expr.NULL_TYPE, null)),
            (JumpInsnNode) n, index);
      }
      case GOTO -> {
        Block target = blockFor(((JumpInsnNode) n).label);
        jumpTo(List.of(target), null);
        emit(new Goto(target));
      }
      case TABLESWITCH -> {
        TableSwitchInsnNode t = (TableSwitchInsnNode) n;
        int[] keys = new int[t.labels.size()];
        Block[] targets = new Block[keys.length];
        for (int k = 0; k < keys.length; k++) {
          keys[k] = t.min + k;
          targets[k] = blockFor(t.labels.get(k));
        }
        switchTo(keys, targets, blockFor(t.dflt));
      }
      case LOOKUPSWITCH -> {
        LookupSwitchInsnNode t = (LookupSwitchInsnNode) n;
        int[] keys = t.keys.stream().mapToInt(Integer::intValue).toArray();
        Block[] targets = new Block[keys.length];
        for (int k = 0; k < keys.length; k++) {
          targets[k] = blockFor(t.labels.get(k));
        }
        switchTo(keys, targets, blockFor(t.dflt));
      }
      case IRETURN, LRETURN, FRETURN, DRETURN, ARETURN -> emit(new Return(pop()));
      case RETURN -> emit(new Return(null));
      case GETSTATIC -> {
        FieldInsnNode f = (FieldInsnNode) n;
        pushEffect(new GetStatic(new FieldRef(f.owner, f.name, f.desc)));
      }
      case PUTSTATIC -> {
        FieldInsnNode f = (FieldInsnNode) n;
        emit(new PutStatic(new FieldRef(f.owner, f.name, f.desc), pop()));
      }
      case GETFIELD -> {
        FieldInsnNode f = (FieldInsnNode) n;
        pushEffect(new GetField(new FieldRef(f.owner, f.name, f.desc), pop()));
      }
      case PUTFIELD -> {
        FieldInsnNode f = (FieldInsnNode) n;
        Expr value = pop();
        Expr obj = pop();
        emit(new PutField(new FieldRef(f.owner, f.name, f.desc), obj, value));
      }
      case INVOKEVIRTUAL, INVOKESPECIAL, INVOKESTATIC, INVOKEINTERFACE -> invoke((MethodInsnNode) n);
      case INVOKEDYNAMIC -> throw new IllegalStateException("invokedynamic must be lowered before IR construction: "
          + ((InvokeDynamicInsnNode) n).bsm);
      case NEW -> pushEffect(new NewObject(((TypeInsnNode) n).desc));
      case NEWARRAY -> pushEffect(new NewArray(Type.getType("[" + primitiveArrayDesc(((IntInsnNode) n).operand)), pop()));
      case ANEWARRAY -> {
        String d = ((TypeInsnNode) n).desc;
        Type elem = d.startsWith("[") ? Type.getType(d) : Type.getObjectType(d);
        pushEffect(new NewArray(Type.getType("[" + elem.getDescriptor()), pop()));
      }
      case ARRAYLENGTH -> pushEffect(new ArrayLength(pop()));
      case ATHROW -> emit(new Throw(pop()));
      case CHECKCAST -> {
        String d = ((TypeInsnNode) n).desc;
        pushEffect(new CheckCast(pop(), d.startsWith("[") ? Type.getType(d) : Type.getObjectType(d)));
      }
      case INSTANCEOF -> {
        String d = ((TypeInsnNode) n).desc;
        push(new InstanceOf(pop(), d.startsWith("[") ? Type.getType(d) : Type.getObjectType(d)));
      }
      case MONITORENTER, MONITOREXIT -> emit(new NullCheck(pop()));
      case MULTIANEWARRAY -> {
        MultiANewArrayInsnNode m = (MultiANewArrayInsnNode) n;
        pushEffect(new NewMultiArray(Type.getType(m.desc), popArgs(m.dims)));
      }
      default -> throw new IllegalArgumentException("unsupported bytecode opcode " + op + " in "
          + owner.replace('/', '.') + "." + method.name);
    }
  }

  private void dropTop() {
    Expr e = pop();
    // Pure trees can be dropped; temps already hold any effects.
    if (!(e instanceof Local || e instanceof Const || e instanceof ClassConst)) {
      Var t = temp(e.type());
      emit(new Assign(t, e));
    }
  }

  private void dup2x2(int index) {
    BasicValue v1 = stackTop(index, 0);
    if (isWide(v1)) {
      Expr a = stable(pop());
      if (isWide(stackTop(index, 1))) {
        Expr b = stable(pop());
        push(a);
        push(b);
        push(a);
      } else {
        Expr b = stable(pop());
        Expr c = stable(pop());
        push(a);
        push(c);
        push(b);
        push(a);
      }
    } else {
      Expr a = stable(pop());
      Expr b = stable(pop());
      if (isWide(stackTop(index, 2))) {
        Expr c = stable(pop());
        push(b);
        push(a);
        push(c);
        push(b);
        push(a);
      } else {
        Expr c = stable(pop());
        Expr d = stable(pop());
        push(b);
        push(a);
        push(d);
        push(c);
        push(b);
        push(a);
      }
    }
  }

  private BasicValue stackTop(int index, int fromTop) {
    Frame<BasicValue> f = frames[index];
    return f.getStack(f.getStackSize() - 1 - fromTop);
  }

  private static boolean isWide(BasicValue v) {
    return v.getSize() == 2;
  }

  private void ldc(Object cst) {
    if (cst instanceof Integer i) {
      push(new Const(Type.INT_TYPE, i));
    } else if (cst instanceof Long l) {
      push(new Const(Type.LONG_TYPE, l));
    } else if (cst instanceof Float f) {
      push(new Const(Type.FLOAT_TYPE, f));
    } else if (cst instanceof Double d) {
      push(new Const(Type.DOUBLE_TYPE, d));
    } else if (cst instanceof String s) {
      push(new Const(Expr.STRING, s));
    } else if (cst instanceof Type t) {
      String primitive = org.cortado.classfile.ClassRepository.PRIMITIVE_CLASS;
      if (t.getSort() == Type.OBJECT && t.getInternalName().startsWith(primitive)) {
        push(new ClassConst(Type.getType(t.getInternalName().substring(primitive.length()))));
      } else {
        push(new ClassConst(t));
      }
    } else if (cst instanceof Handle || cst instanceof org.objectweb.asm.ConstantDynamic) {
      throw new IllegalArgumentException("unsupported constant " + cst + " (method handles and condy) in "
          + owner.replace('/', '.') + "." + method.name);
    }
  }

  private static Type loadType(int op) {
    return switch (op) {
      case LLOAD -> Type.LONG_TYPE;
      case FLOAD -> Type.FLOAT_TYPE;
      case DLOAD -> Type.DOUBLE_TYPE;
      case ALOAD -> Expr.OBJECT;
      default -> Type.INT_TYPE;
    };
  }

  private static Type arrayElemType(int k) {
    return switch (k) {
      case 0 -> Type.INT_TYPE;
      case 1 -> Type.LONG_TYPE;
      case 2 -> Type.FLOAT_TYPE;
      case 3 -> Type.DOUBLE_TYPE;
      case 4 -> Expr.OBJECT;
      case 5 -> Type.BYTE_TYPE; // baload/bastore also serve boolean[]; lowering looks at the array type
      case 6 -> Type.CHAR_TYPE;
      default -> Type.SHORT_TYPE;
    };
  }

  private static String primitiveArrayDesc(int t) {
    return switch (t) {
      case T_BOOLEAN -> "Z";
      case T_CHAR -> "C";
      case T_FLOAT -> "F";
      case T_DOUBLE -> "D";
      case T_BYTE -> "B";
      case T_SHORT -> "S";
      case T_INT -> "I";
      default -> "J";
    };
  }

  private static Type numType(int k) {
    return switch (k) {
      case 0 -> Type.INT_TYPE;
      case 1 -> Type.LONG_TYPE;
      case 2 -> Type.FLOAT_TYPE;
      default -> Type.DOUBLE_TYPE;
    };
  }

  private static Cond cond(int k) {
    return Cond.values()[k];
  }

  private void binary(BinOp bop, int typeIndex) {
    Expr b = pop();
    Expr a = pop();
    Type t = numType(typeIndex);
    Binary e = new Binary(bop, t, a, b);
    boolean integral = t == Type.INT_TYPE || t == Type.LONG_TYPE;
    // Integer division may throw; it is pure only for a constant divisor other than 0.
    if (integral && (bop == BinOp.DIV || bop == BinOp.REM) && !(b instanceof Const c && ((Number) c.value()).longValue() != 0)) {
      pushEffect(e);
    } else {
      push(e);
    }
  }

  private void shift(BinOp bop, boolean isLong) {
    Expr count = pop();
    Expr value = pop();
    push(new Binary(bop, isLong ? Type.LONG_TYPE : Type.INT_TYPE, value, count));
  }

  private void convert(UnOp uop, Type t) {
    push(new Unary(uop, t, pop()));
  }

  private void compare3(CmpKind kind) {
    Expr b = pop();
    Expr a = pop();
    push(new Compare3(kind, a, b));
  }

  private void branch(Expr cond, JumpInsnNode j, int index) {
    Block target = blockFor(j.label);
    Block next = blockFor(index + 1);
    if (!stack.isEmpty()) {
      cond = stable(cond);
    }
    jumpTo(List.of(target, next), null);
    emit(new If(cond, target, next));
  }

  private void switchTo(int[] keys, Block[] targets, Block dflt) {
    Expr key = pop();
    if (!stack.isEmpty()) {
      key = stable(key);
    }
    jumpTo(List.of(dflt), null);
    emit(new Switch(key, keys, targets, dflt));
  }

  private void invoke(MethodInsnNode m) {
    MethodRef ref = new MethodRef(m.owner, m.name, m.desc, m.itf);
    int argc = Type.getArgumentTypes(m.desc).length + (m.getOpcode() == INVOKESTATIC ? 0 : 1);
    List<Expr> args = popArgs(argc);
    InvokeKind kind = switch (m.getOpcode()) {
      case INVOKESTATIC -> InvokeKind.STATIC;
      case INVOKESPECIAL -> InvokeKind.SPECIAL;
      case INVOKEINTERFACE -> InvokeKind.INTERFACE;
      default -> InvokeKind.VIRTUAL;
    };
    Invoke call = new Invoke(kind, ref, args);
    if (ref.returnType().getSort() == Type.VOID) {
      emit(new Eval(call));
    } else {
      pushEffect(call);
    }
  }
}
