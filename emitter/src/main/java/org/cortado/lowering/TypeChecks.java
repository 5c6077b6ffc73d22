package org.cortado.lowering;

import org.cortado.ir.Expr;
import org.cortado.ir.Expr.CheckCast;
import org.cortado.ir.Expr.InstanceOf;
import org.cortado.wasm.Code;
import org.cortado.wasm.NumType;
import org.cortado.wasm.Op;
import org.cortado.wasm.RefType;
import org.cortado.wasm.ValType;
import org.objectweb.asm.Type;

/**
 * instanceof and checkcast. Class types map to Wasm struct subtyping, so {@code ref.test} does the
 * work; an interface is implemented when the object's itable slot for it holds that interface's
 * itable; arrays of reference types need the runtime's covariant check.
 */
final class TypeChecks {
  private TypeChecks() {
  }

  private enum Shape { OBJECT, CLASS, INTERFACE, STRUCT_ONLY, RUNTIME, JS_INTERFACE }

  private static Shape shape(FunctionLowering fl, Type t) {
    if (t.equals(Expr.OBJECT)) {
      return Shape.OBJECT;
    }
    if (t.getSort() == Type.ARRAY) {
      char k = ObjectModel.arrayKind(t);
      if (k != 'L' || t.getDescriptor().equals("[Ljava/lang/Object;")) {
        return Shape.STRUCT_ONLY;
      }
      return Shape.RUNTIME;
    }
    if (org.cortado.interop.Jso.isJsType(fl.hierarchy, t.getInternalName())) {
      // JSO casts are unchecked beyond "is a JS value" (JS classes) or not at all (JS interfaces,
      // which Java objects may implement too).
      return fl.hierarchy.isInterface(t.getInternalName()) ? Shape.JS_INTERFACE : Shape.CLASS;
    }
    return fl.hierarchy.isInterface(t.getInternalName()) ? Shape.INTERFACE : Shape.CLASS;
  }

  static ValType instanceOf(FunctionLowering fl, InstanceOf i, Code code) {
    Type t = i.target();
    RefType obj = RefType.nullable(fl.model.objectStruct);
    switch (shape(fl, t)) {
      case OBJECT -> {
        fl.expr(i.obj(), code);
        code.op(Op.REF_IS_NULL).op(Op.I32_EQZ);
      }
      case CLASS, STRUCT_ONLY -> {
        fl.expr(i.obj(), code);
        code.refTest(RefType.nonNull(fl.model.heapType(t)));
      }
      case INTERFACE -> {
        int o = fl.scratch(obj);
        fl.exprAs(i.obj(), obj, code);
        code.localTee(o).op(Op.REF_IS_NULL);
        code.open(Op.IF, NumType.I32);
        code.i32(0);
        code.op(Op.ELSE);
        code.localGet(o);
        implementsInterface(fl, t.getInternalName(), code);
        code.end();
        fl.release(obj);
      }
      case RUNTIME -> {
        fl.exprAs(i.obj(), obj, code);
        code.globalGet(fl.mb.vtable(t));
        fl.mb.callJava(ModuleBuilder.IS_INSTANCE, code);
      }
      case JS_INTERFACE -> {
        // A JS value, or a Java object implementing the interface.
        int o = fl.scratch(obj);
        fl.exprAs(i.obj(), obj, code);
        code.localTee(o).op(Op.REF_IS_NULL);
        code.open(Op.IF, NumType.I32);
        code.i32(0);
        code.op(Op.ELSE);
        code.localGet(o).refTest(RefType.nonNull(fl.model.jsRef()));
        code.open(Op.IF, NumType.I32);
        code.i32(1);
        code.op(Op.ELSE);
        code.localGet(o);
        implementsInterface(fl, t.getInternalName(), code);
        code.end();
        code.end();
        fl.release(obj);
      }
    }
    return NumType.I32;
  }

  /** With a non-null object on the stack, pushes whether it implements {@code itf}. */
  static void implementsInterface(FunctionLowering fl, String itf, Code code) {
    ObjectModel m = fl.model;
    if (!m.hasItable(itf)) {
      code.op(Op.DROP).i32(0);
      return;
    }
    code.structGet(m.objectStruct, ObjectModel.OBJ_VT);
    code.structGet(m.vtObject, ObjectModel.VT_ITABLES);
    code.i32(m.itableColor(itf));
    code.add(Op.ARRAY_GET, m.itables, 0);
    code.refTest(RefType.nonNull(m.itableStruct(itf)));
  }

  static ValType checkCast(FunctionLowering fl, CheckCast c, Code code) {
    Type t = c.type();
    ValType want = fl.model.wasmType(t);
    Type from = c.obj().type();
    if (from.equals(Expr.NULL_TYPE) || fl.hierarchy.isAssignable(from, t)) {
      // Statically known to pass (javac emits such casts after generic calls and for null).
      fl.exprAs(c.obj(), want, code);
      return want;
    }
    Shape shape = shape(fl, t);
    if (shape == Shape.OBJECT || shape == Shape.JS_INTERFACE) {
      return fl.expr(c.obj(), code);
    }
    RefType obj = RefType.nullable(fl.model.objectStruct);
    int o = fl.scratch(obj);
    fl.exprAs(c.obj(), obj, code);
    code.localTee(o);
    switch (shape) {
      case CLASS, STRUCT_ONLY -> {
        code.refTest(RefType.nullable(fl.model.heapType(t)));
        code.op(Op.I32_EQZ);
      }
      case INTERFACE -> {
        // Null passes; otherwise the itable must be there.
        code.op(Op.REF_IS_NULL);
        code.open(Op.IF, NumType.I32);
        code.i32(0);
        code.op(Op.ELSE);
        code.localGet(o);
        implementsInterface(fl, t.getInternalName(), code);
        code.op(Op.I32_EQZ);
        code.end();
      }
      default -> {
        code.globalGet(fl.mb.vtable(t));
        fl.mb.callJava(ModuleBuilder.CHECK_CAST, code);
        code.i32(0);
      }
    }
    code.open(Op.IF, null);
    code.localGet(o);
    code.globalGet(fl.mb.vtable(t));
    fl.mb.callJava(ModuleBuilder.CLASS_OF, code);
    fl.mb.callJava(ModuleBuilder.THROW_CLASS_CAST, code);
    code.op(Op.UNREACHABLE);
    code.end();
    code.localGet(o);
    fl.release(obj);
    if (want instanceof RefType r && r.heap() != fl.model.objectStruct) {
      code.refCast(RefType.nullable(r.heap()));
    }
    return want;
  }
}
