package org.cortado.lowering;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cortado.analysis.ClassHierarchy;
import org.cortado.analysis.Reachability.MethodInfo;
import org.cortado.ir.Block;
import org.cortado.ir.Body;
import org.cortado.ir.Expr;
import org.cortado.ir.Expr.*;
import org.cortado.ir.Ops.CmpKind;
import org.cortado.ir.Ops.Cond;
import org.cortado.ir.Ops.InvokeKind;
import org.cortado.ir.Refs.FieldRef;
import org.cortado.ir.Stmt;
import org.cortado.ir.Var;
import org.cortado.wasm.Code;
import org.cortado.wasm.Function;
import org.cortado.wasm.HeapType;
import org.cortado.wasm.NumType;
import org.cortado.wasm.Op;
import org.cortado.wasm.RefType;
import org.cortado.wasm.TypeDef;
import org.cortado.wasm.ValType;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Lowers one method's IR to a Wasm function body: variables become locals, control flow goes
 * through {@link StructuredControlFlow}, and every JVM check (null, bounds, division, casts,
 * array stores, class initialisation) is made explicit, because a Wasm trap is not catchable.
 */
final class FunctionLowering implements StructuredControlFlow.BlockEmitter {
  final ModuleBuilder mb;
  final ObjectModel model;
  final ClassHierarchy hierarchy;
  final MethodInfo method;
  final Function fn;
  private final Body body;
  private final Map<Var, Integer> locals = new HashMap<>();
  private final Set<Var> nonNull = new HashSet<>();
  /** Variables with at most one definition: once checked, they stay non-null where dominated. */
  private final Set<Var> singleDef = new HashSet<>();
  private Set<Var> checked = new HashSet<>();
  /** Single-definition variables defined as a copy of another single-definition variable: equal wherever both live. */
  private final Map<Var, Var> copyOf = new HashMap<>();
  private int excLocal = -1;
  private final Map<ValType, Integer> scratchDepth = new HashMap<>();
  private final Map<ValType, java.util.List<Integer>> scratchPool = new HashMap<>();
  private final StackAccounting stack;
  private org.cortado.analysis.ArrayBounds bounds;
  /** Facts about indices (see ArrayBounds) at the statement being lowered. */
  private Set<Object> boundsFacts = new HashSet<>();

  FunctionLowering(ModuleBuilder mb, MethodInfo method, Function fn) {
    this.mb = mb;
    this.model = mb.model;
    this.hierarchy = mb.hierarchy;
    this.method = method;
    this.fn = fn;
    this.body = method.body;
    this.stack = new StackAccounting(mb, fn, mb.recursive.contains(method.key));
  }

  void lower() {
    Code code = fn.body;
    assignLocals(code);
    findNonNullVars();
    stack.markPrologue(code);
    bounds = new org.cortado.analysis.ArrayBounds(body);
    new StructuredControlFlow(body, this, code, mb.javaTag).emit();
    if (!fn.type.results.isEmpty()) {
      code.op(Op.UNREACHABLE);
    }
    stack.finish(code);
  }

  // ---------------------------------------------------------------- locals

  private void assignLocals(Code code) {
    Set<Var> params = new HashSet<>(body.params);
    for (int i = 0; i < body.params.size(); i++) {
      Var p = body.params.get(i);
      ValType want = model.wasmType(p.type);
      ValType have = fn.type.params.get(i);
      if (want.equals(have) && !locals.containsKey(p)) {
        locals.put(p, i);
      } else {
        int l = fn.addLocal(want);
        locals.put(p, l);
        code.localGet(i);
        coerce(have, want, code);
        code.localSet(l);
      }
    }
    for (Var v : body.vars) {
      if (!params.contains(v) && v != body.exception) {
        locals.put(v, fn.addLocal(model.wasmType(v.type)));
      }
    }
  }

  /** Variables that can never hold null: {@code this}, and temps only assigned fresh objects. */
  private void findNonNullVars() {
    Map<Var, Boolean> ok = new HashMap<>();
    if (!method.isStatic()) {
      ok.put(body.params.get(0), true);
    }
    for (Block b : body.blocks) {
      for (Stmt s : b.stmts) {
        if (s instanceof Stmt.Assign a) {
          Expr v = a.value();
          boolean fresh = v instanceof NewObject || v instanceof NewArray || v instanceof NewMultiArray
              || (v instanceof Const c && c.value() instanceof String);
          ok.merge(a.target(), fresh, (x, y) -> x && y);
        }
      }
    }
    ok.forEach((v, yes) -> {
      if (yes) {
        nonNull.add(v);
      }
    });
    Map<Var, Integer> defs = new HashMap<>();
    for (Block b : body.blocks) {
      for (Stmt s : b.stmts) {
        if (s instanceof Stmt.Assign a) {
          defs.merge(a.target(), 1, Integer::sum);
        }
      }
    }
    Set<Var> params = new HashSet<>(body.params);
    for (Var v : body.vars) {
      int n = defs.getOrDefault(v, 0);
      if (params.contains(v) ? n == 0 : n == 1) {
        singleDef.add(v);
      }
    }
    // javac often copies a reference into another local (a[i] += ... through a temporary): a null
    // check of either then covers both.
    for (Block b : body.blocks) {
      for (Stmt s : b.stmts) {
        if (s instanceof Stmt.Assign a && a.value() instanceof Local l && l.v() != a.target()
            && singleDef.contains(a.target()) && singleDef.contains(l.v())) {
          copyOf.put(a.target(), l.v());
        }
      }
    }
  }

  @Override public Object saveFacts() {
    return new HashSet<>(checked);
  }

  @SuppressWarnings("unchecked")
  @Override public void restoreFacts(Object facts) {
    checked = new HashSet<>((Set<Var>) facts);
  }

  int local(Var v) {
    Integer l = locals.get(v);
    if (l == null) {
      throw new IllegalStateException("no local for " + v);
    }
    return l;
  }

  /**
   * A scratch local of this type, held until {@link #release}. Scratch locals are used within one
   * expression and handed out last-in first-out, so nested expressions never share one.
   */
  int scratch(ValType t) {
    ValType key = t instanceof RefType r ? RefType.nullable(r.heap()) : t;
    java.util.List<Integer> pool = scratchPool.computeIfAbsent(key, k -> new java.util.ArrayList<>());
    int depth = scratchDepth.merge(key, 1, Integer::sum) - 1;
    if (depth == pool.size()) {
      pool.add(fn.addLocal(key));
    }
    return pool.get(depth);
  }

  void release(ValType t) {
    ValType key = t instanceof RefType r ? RefType.nullable(r.heap()) : t;
    scratchDepth.merge(key, -1, Integer::sum);
  }

  // ---------------------------------------------------------------- statements

  @Override public void statements(Block b, Code code) {
    boundsFacts = bounds.entry(b);
    for (Stmt s : b.stmts) {
      if (!s.isTerminator()) {
        statement(s, code);
        org.cortado.analysis.ArrayBounds.transfer(boundsFacts, s);
      } else if (s instanceof Stmt.Throw t) {
        if (t.exception() instanceof CaughtException) {
          code.localGet(excLocal());
        } else {
          exprAs(t.exception(), RefType.nullable(model.layout("java/lang/Throwable")), code);
          if (!isNonNull(t.exception())) {
            nullCheck(code, RefType.nullable(model.layout("java/lang/Throwable")));
          }
        }
        code.throwTag(mb.javaTag);
      }
    }
  }

  private void statement(Stmt s, Code code) {
    if (s instanceof Stmt.Assign a) {
      ValType t = model.wasmType(a.target().type);
      if (a.target() == body.exception) {
        t = RefType.nullable(model.layout("java/lang/Throwable"));
        exprAs(a.value(), t, code);
        code.localSet(excLocal());
        return;
      }
      exprAs(a.value(), t, code);
      code.localSet(local(a.target()));
    } else if (s instanceof Stmt.PutField p) {
      ClassHierarchy.Resolved<FieldNode> f = resolveField(p.field());
      String owner = f.owner().name;
      TypeDef.Struct st = model.layout(owner);
      exprAs(p.obj(), RefType.nullable(st), code);
      nullCheckUnlessKnown(p.obj(), code, RefType.nullable(st));
      exprAs(p.value(), model.wasmType(Type.getType(f.member().desc)), code);
      code.structSet(st, model.fieldIndex(owner, f.member().name));
    } else if (s instanceof Stmt.PutStatic p) {
      ClassHierarchy.Resolved<FieldNode> f = resolveField(p.field());
      initCheck(f.owner().name, code);
      exprAs(p.value(), model.wasmType(Type.getType(f.member().desc)), code);
      code.globalSet(mb.staticField(f.owner().name, f.member()));
    } else if (s instanceof Stmt.ArrayStore a) {
      Arrays.store(this, a, code);
    } else if (s instanceof Stmt.Eval e) {
      ValType t = expr(e.value(), code);
      if (t != null) {
        code.op(Op.DROP);
      }
    } else if (s instanceof Stmt.NullCheck n) {
      ValType t = expr(n.value(), code);
      nullCheck(code, (RefType) t);
      code.op(Op.DROP);
    } else {
      throw new IllegalStateException("unexpected statement " + s);
    }
  }

  @Override public void condition(Stmt.If s, Code code) {
    exprAs(s.cond(), NumType.I32, code);
  }

  @Override public void switchKey(Stmt.Switch s, Code code) {
    exprAs(s.key(), NumType.I32, code);
  }

  @Override public int keyLocal() {
    return fn.addLocal(NumType.I32);
  }

  @Override public void returnValue(Stmt.Return r, Code code) {
    if (r.value() != null) {
      exprAs(r.value(), fn.type.results.get(0), code);
    }
    stack.onReturn(code);
    code.op(Op.RETURN);
  }

  @Override public void catchPrologue(Code code) {
    code.localSet(excLocal());
    stack.onCatch(code);
  }

  private int excLocal() {
    if (excLocal < 0) {
      excLocal = fn.addLocal(RefType.nullable(model.layout("java/lang/Throwable")));
    }
    return excLocal;
  }

  // ---------------------------------------------------------------- expressions

  /** Emits {@code e} converted to {@code want}. */
  void exprAs(Expr e, ValType want, Code code) {
    ValType have = expr(e, code);
    coerce(have, want, code);
  }

  /** Inserts a downcast when a reference's static Wasm type is wider than needed. */
  void coerce(ValType have, ValType want, Code code) {
    if (have == null || want == null || have.equals(want) || !(want instanceof RefType w)) {
      return;
    }
    if (!isSubtype(have, want)) {
      code.refCast(RefType.nullable(w.heap()));
    }
  }

  static boolean isSubtype(ValType a, ValType b) {
    if (a.equals(b)) {
      return true;
    }
    if (!(a instanceof RefType ra) || !(b instanceof RefType rb)) {
      return false;
    }
    if (ra.nullable() && !rb.nullable()) {
      return false;
    }
    if (ra.heap() == HeapType.Abstract.NONE) {
      return rb.heap() instanceof TypeDef.Struct || rb.heap() instanceof TypeDef.Array;
    }
    for (TypeDef t = ra.heap() instanceof TypeDef td ? td : null; t != null; t = t.superType) {
      if (t == rb.heap()) {
        return true;
      }
    }
    return false;
  }

  boolean isNonNull(Expr e) {
    return (e instanceof Local l && (knownNonNull(l.v()) || knownNonNull(copyOf.get(l.v())))) || e instanceof NewObject
        || (e instanceof Const c && c.value() instanceof String);
  }

  private boolean knownNonNull(Var v) {
    return v != null && (nonNull.contains(v) || checked.contains(v));
  }

  /** Emits a null check of {@code e}'s value (on the stack, of type {@code t}) unless it is known non-null. */
  void nullCheckUnlessKnown(Expr e, Code code, RefType t) {
    if (isNonNull(e)) {
      return;
    }
    nullCheck(code, t);
    if (e instanceof Local l && singleDef.contains(l.v())) {
      checked.add(l.v());
      if (copyOf.containsKey(l.v())) {
        checked.add(copyOf.get(l.v()));
      }
    }
  }

  /** Emits an expression; returns the Wasm type it leaves on the stack (null for void calls). */
  ValType expr(Expr e, Code code) {
    if (e instanceof Const c) {
      return constant(c, code);
    } else if (e instanceof ClassConst c) {
      code.globalGet(mb.vtable(c.cls()));
      return mb.callJava(ModuleBuilder.CLASS_OF, code);
    } else if (e instanceof Local l) {
      code.localGet(local(l.v()));
      return model.wasmType(l.v().type);
    } else if (e instanceof Binary b) {
      return Arithmetic.binary(this, b, code);
    } else if (e instanceof Unary u) {
      return Arithmetic.unary(this, u, code);
    } else if (e instanceof Compare3 c) {
      return Arithmetic.compare3(this, c, code);
    } else if (e instanceof Condition c) {
      return condition(c, code);
    } else if (e instanceof GetField g) {
      ClassHierarchy.Resolved<FieldNode> f = resolveField(g.field());
      String owner = f.owner().name;
      TypeDef.Struct st = model.layout(owner);
      exprAs(g.obj(), RefType.nullable(st), code);
      nullCheckUnlessKnown(g.obj(), code, RefType.nullable(st));
      code.structGet(st, model.fieldIndex(owner, f.member().name));
      return model.wasmType(Type.getType(f.member().desc));
    } else if (e instanceof GetStatic g) {
      ClassHierarchy.Resolved<FieldNode> f = resolveField(g.field());
      initCheck(f.owner().name, code);
      code.globalGet(mb.staticField(f.owner().name, f.member()));
      return model.wasmType(Type.getType(f.member().desc));
    } else if (e instanceof ArrayLength a) {
      return Arrays.length(this, a, code);
    } else if (e instanceof ArrayLoad a) {
      return Arrays.load(this, a, code);
    } else if (e instanceof NewObject n) {
      initCheck(n.cls(), code);
      code.call(mb.allocator(n.cls()));
      return RefType.nonNull(model.layout(n.cls()));
    } else if (e instanceof NewArray n) {
      return Arrays.newArray(this, n, code);
    } else if (e instanceof NewMultiArray n) {
      return Arrays.newMultiArray(this, n, code);
    } else if (e instanceof InstanceOf i) {
      return TypeChecks.instanceOf(this, i, code);
    } else if (e instanceof CheckCast c) {
      return TypeChecks.checkCast(this, c, code);
    } else if (e instanceof Invoke inv) {
      return Calls.invoke(this, inv, code);
    } else if (e instanceof CaughtException) {
      code.localGet(excLocal());
      return RefType.nullable(model.layout("java/lang/Throwable"));
    }
    throw new IllegalStateException("unexpected expression " + e);
  }

  private ValType constant(Const c, Code code) {
    Object v = c.value();
    if (v == null) {
      code.refNull(HeapType.Abstract.NONE);
      return RefType.nullable(HeapType.Abstract.NONE);
    } else if (v instanceof Integer i) {
      code.i32(i);
      return NumType.I32;
    } else if (v instanceof Long l) {
      code.i64(l);
      return NumType.I64;
    } else if (v instanceof Float f) {
      code.f32(f);
      return NumType.F32;
    } else if (v instanceof Double d) {
      code.f64(d);
      return NumType.F64;
    } else if (v instanceof String s) {
      return mb.pushLiteral(s, code);
    }
    throw new IllegalStateException("constant " + v);
  }

  private ValType condition(Condition c, Code code) {
    Expr a = c.a();
    Expr b = c.b();
    if (a instanceof Compare3 cmp && b instanceof Const k && Integer.valueOf(0).equals(k.value())) {
      Arithmetic.compareToZero(this, cmp, c.cond(), code);
      return NumType.I32;
    }
    if (a.type().getSort() == Type.OBJECT || a.type().getSort() == Type.ARRAY
        || b.type().getSort() == Type.OBJECT || b.type().getSort() == Type.ARRAY) {
      boolean bNull = b instanceof Const k && k.value() == null;
      boolean aNull = a instanceof Const k && k.value() == null;
      if (bNull || aNull) {
        expr(bNull ? a : b, code);
        code.op(Op.REF_IS_NULL);
      } else {
        expr(a, code);
        expr(b, code);
        code.op(Op.REF_EQ);
      }
      if (c.cond() == Cond.NE) {
        code.op(Op.I32_EQZ);
      }
      return NumType.I32;
    }
    if (b instanceof Const k && Integer.valueOf(0).equals(k.value()) && (c.cond() == Cond.EQ || c.cond() == Cond.NE)) {
      exprAs(a, NumType.I32, code);
      if (c.cond() == Cond.EQ) {
        code.op(Op.I32_EQZ);
      } else if (!(a.type().getSort() == Type.BOOLEAN || a instanceof Condition || a instanceof InstanceOf)) {
        code.i32(0).op(Op.I32_NE);
      }
      return NumType.I32;
    }
    exprAs(a, NumType.I32, code);
    exprAs(b, NumType.I32, code);
    code.op(switch (c.cond()) {
      case EQ -> Op.I32_EQ;
      case NE -> Op.I32_NE;
      case LT -> Op.I32_LT_S;
      case GE -> Op.I32_GE_S;
      case GT -> Op.I32_GT_S;
      case LE -> Op.I32_LE_S;
    });
    return NumType.I32;
  }

  // ---------------------------------------------------------------- checks

  /** Checks the reference on top of the stack (of type {@code t}) for null, throwing NPE. */
  void nullCheck(Code code, RefType t) {
    // The block takes the reference as a parameter and yields it non-null.
    code.open(Op.BLOCK, model.module.funcType(List.of(RefType.nullable(t.heap())), List.of(RefType.nonNull(t.heap()))));
    code.add(Op.BR_ON_NON_NULL, null, 0);
    mb.throwNullPointer(code);
    code.end();
  }

  /** Class initialisation before a static access, unless the current class implies it. */
  void initCheck(String cls, Code code) {
    if (!mb.needsInit(cls)) {
      return;
    }
    // Code of a class runs after its initialiser has started (String is initialised by the start
    // function, since its literals exist before any code runs).
    for (String c = method.owner.name; c != null; c = hierarchy.get(c).superName) {
      if (c.equals(cls)) {
        return;
      }
    }
    code.globalGet(mb.initFlag(cls)).i32(1).op(Op.I32_NE);
    code.open(Op.IF, null);
    code.call(mb.initFunction(cls));
    code.end();
  }

  ClassHierarchy.Resolved<FieldNode> resolveField(FieldRef f) {
    ClassHierarchy.Resolved<FieldNode> r = hierarchy.resolveField(f.owner(), f.name(), f.desc());
    if (r == null) {
      throw new IllegalStateException("unresolved field " + f);
    }
    return r;
  }

  ClassHierarchy.Resolved<MethodNode> resolveMethod(String owner, String name, String desc) {
    return hierarchy.resolveMethod(owner, name, desc);
  }

  /** Whether {@code array[index]} needs no bounds check here (see ArrayBounds). */
  boolean inBounds(Expr array, Expr index) {
    return org.cortado.analysis.ArrayBounds.inBounds(boundsFacts, array, index);
  }

  static boolean isStatic(MethodNode m) {
    return (m.access & Opcodes.ACC_STATIC) != 0;
  }

  List<Var> params() {
    return body.params;
  }
}
