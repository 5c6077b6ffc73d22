package org.cortado.lowering;

import java.util.List;
import java.util.Set;
import org.cortado.analysis.ClassHierarchy;
import org.cortado.analysis.Reachability;
import org.cortado.ir.Expr;
import org.cortado.ir.Expr.Invoke;
import org.cortado.ir.Ops.InvokeKind;
import org.cortado.wasm.Code;
import org.cortado.wasm.Op;
import org.cortado.wasm.RefType;
import org.cortado.wasm.TypeDef;
import org.cortado.wasm.ValType;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.MethodNode;

/**
 * Method calls. A virtual or interface call with a single possible target among the instantiated
 * classes becomes a direct call; otherwise it loads the target from the receiver's vtable, or from
 * the itable found at the interface's slot, and uses {@code call_ref}.
 */
final class Calls {
  private static final String OBJECT_INIT = "java/lang/Object.<init>()V";

  private Calls() {
  }

  static ValType invoke(FunctionLowering fl, Invoke inv, Code code) {
    String owner = inv.method().owner();
    String name = inv.method().name();
    String desc = inv.method().desc();
    if (owner.startsWith("[")) {
      return arrayMethod(fl, inv, code);
    }
    ClassHierarchy.Resolved<MethodNode> r = fl.resolveMethod(owner, name, desc);
    if (r == null) {
      throw new IllegalStateException("unresolved method " + inv.method());
    }
    String key = Reachability.key(r.owner().name, name, desc);
    if (key.equals(OBJECT_INIT)) {
      // Object's constructor does nothing (and, being compiled against the real JDK, would call itself).
      if (!(inv.args().get(0) instanceof Expr.Local)) {
        fl.expr(inv.args().get(0), code);
        code.op(Op.DROP);
      }
      return null;
    }
    boolean isStatic = inv.kind() == InvokeKind.STATIC;
    if (Intrinsics.isJsImport(key)) {
      return JsCalls.runtimeImport(fl, inv, name, code);
    }
    // The emitter's own intrinsics win over the classlib's @JSBody scripts (written for TeaVM's JS runtime).
    if (!Intrinsics.has(key) && (r.member().access & Opcodes.ACC_NATIVE) != 0 && org.cortado.interop.Jso.isJsBody(r.member())) {
      return JsCalls.jso(fl, inv, r.owner().name, r.member(), code);
    }
    if (org.cortado.interop.Jso.isJsType(fl.hierarchy, r.owner().name)) {
      if (org.cortado.interop.Jso.callsJs(r.member())) {
        return JsCalls.jso(fl, inv, r.owner().name, r.member(), code);
      }
      if (!isStatic) {
        // Java code in a JS type (default or final methods): JS values have no vtable to dispatch on.
        return direct(fl, key, inv.args(), false, true, code);
      }
    }
    if (Intrinsics.has(key)) {
      if (isStatic) {
        fl.initCheck(r.owner().name, code);
      }
      args(fl, inv.args(), fl.model.methodType(desc, isStatic), 0, code);
      return Intrinsics.emit(fl, key, code);
    }
    if (isStatic) {
      fl.initCheck(r.owner().name, code);
      return direct(fl, key, inv.args(), true, false, code);
    }
    // A final method with no instantiated receiver class was never reached: dispatch finds no target.
    boolean devirtualize = inv.kind() == InvokeKind.SPECIAL
        || (r.member().access & (Opcodes.ACC_PRIVATE | Opcodes.ACC_FINAL)) != 0 && fl.mb.reach.methods.containsKey(key);
    if (!devirtualize) {
      String sig = name + desc;
      Set<String> targets = fl.mb.dispatchTargets(owner, sig);
      if (targets.size() == 1) {
        return direct(fl, targets.iterator().next(), inv.args(), false, true, code);
      }
      if (targets.isEmpty()) {
        // No instantiated receiver class: only null can arrive here.
        fl.exprAs(inv.args().get(0), RefType.nullable(fl.model.objectStruct), code);
        fl.nullCheck(code, RefType.nullable(fl.model.objectStruct));
        code.op(Op.UNREACHABLE);
        TypeDef.Func ft = fl.model.methodType(desc, false);
        return ft.results.isEmpty() ? null : ft.results.get(0);
      }
      boolean viaInterface = fl.hierarchy.isInterface(r.owner().name);
      // An Object method called through an interface type (Appendable.toString()) dispatches as Object's.
      boolean throughInterface = viaInterface || fl.hierarchy.isInterface(owner);
      return dispatch(fl, inv, throughInterface ? r.owner().name : owner, viaInterface, code);
    }
    return direct(fl, key, inv.args(), false, true, code);
  }

  private static ValType direct(FunctionLowering fl, String key, List<Expr> args, boolean isStatic,
      boolean checkReceiver, Code code) {
    Reachability.MethodInfo target = fl.mb.reach.methods.get(key);
    if (target != null && (target.method.access & Opcodes.ACC_NATIVE) != 0 && Intrinsics.has(key)) {
      args(fl, args, fl.model.methodType(target.method.desc, isStatic), 0, code);
      return Intrinsics.emit(fl, key, code);
    }
    var fn = fl.mb.function(key);
    if (!isStatic) {
      RefType receiver = (RefType) fn.type.params.get(0);
      fl.exprAs(args.get(0), receiver, code);
      if (checkReceiver) {
        fl.nullCheckUnlessKnown(args.get(0), code, receiver);
      }
      args(fl, args, fn.type, 1, code);
    } else {
      args(fl, args, fn.type, 0, code);
    }
    code.call(fn);
    return fn.type.results.isEmpty() ? null : fn.type.results.get(0);
  }

  private static void args(FunctionLowering fl, List<Expr> args, TypeDef.Func type, int from, Code code) {
    for (int i = from; i < args.size(); i++) {
      fl.exprAs(args.get(i), type.params.get(i), code);
    }
  }

  private static ValType dispatch(FunctionLowering fl, Invoke inv, String owner, boolean viaInterface, Code code) {
    ObjectModel m = fl.model;
    String sig = inv.method().name() + inv.method().desc();
    TypeDef.Func ft = m.methodType(inv.method().desc(), false);
    RefType recvType = RefType.nullable(viaInterface ? m.objectStruct : m.layout(owner));
    int recv = fl.scratch(recvType);
    fl.exprAs(inv.args().get(0), recvType, code);
    fl.nullCheckUnlessKnown(inv.args().get(0), code, recvType);
    code.localTee(recv);
    args(fl, inv.args(), ft, 1, code);
    code.localGet(recv);
    if (viaInterface) {
      code.structGet(m.objectStruct, ObjectModel.OBJ_VT);
      code.structGet(m.vtObject, ObjectModel.VT_ITABLES);
      code.i32(m.itableColor(owner));
      code.add(Op.ARRAY_GET, m.itables, 0);
      TypeDef.Struct it = m.itableStruct(owner);
      code.refCast(RefType.nonNull(it));
      code.structGet(it, m.itableSlots(owner).get(sig));
    } else {
      TypeDef.Struct st = m.layout(owner);
      code.structGet(st, ObjectModel.OBJ_VT);
      int slot = m.slot(owner, sig);
      if (slot < 0) {
        throw new IllegalStateException("no vtable slot for " + owner + "." + sig);
      }
      code.structGet(m.vtable(owner), slot);
    }
    code.callRef(ft);
    fl.release(recvType);
    return ft.results.isEmpty() ? null : ft.results.get(0);
  }

  /** Calls on arrays: clone copies; the rest are Object's methods. */
  private static ValType arrayMethod(FunctionLowering fl, Invoke inv, Code code) {
    RefType objRef = RefType.nullable(fl.model.objectStruct);
    if (inv.method().name().equals("clone")) {
      fl.exprAs(inv.args().get(0), objRef, code);
      fl.nullCheck(code, objRef);
      code.call(fl.mb.cloneHelper());
      return RefType.nonNull(fl.model.objectStruct);
    }
    Invoke onObject = new Invoke(InvokeKind.VIRTUAL,
        new org.cortado.ir.Refs.MethodRef(ObjectModel.OBJECT, inv.method().name(), inv.method().desc(), false),
        inv.args());
    return invoke(fl, onObject, code);
  }
}
