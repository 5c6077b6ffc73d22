package org.cortado.lowering;

import org.cortado.ir.Expr;
import org.cortado.ir.Expr.ArrayLength;
import org.cortado.ir.Expr.ArrayLoad;
import org.cortado.ir.Expr.NewArray;
import org.cortado.ir.Expr.NewMultiArray;
import org.cortado.ir.Stmt;
import org.cortado.wasm.Code;
import org.cortado.wasm.NumType;
import org.cortado.wasm.Op;
import org.cortado.wasm.RefType;
import org.cortado.wasm.TypeDef;
import org.cortado.wasm.ValType;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/** Array access with the JVM's null, bounds and store checks; allocation through per-kind helpers. */
final class Arrays {
  private Arrays() {
  }

  /** The element kind of an array expression: from its static type, else from the opcode. */
  static char kind(Expr array, Type opcodeElem) {
    Type t = array.type();
    if (t.getSort() == Type.ARRAY) {
      return ObjectModel.arrayKind(t);
    }
    return switch (opcodeElem.getSort()) {
      case Type.INT -> 'I';
      case Type.LONG -> 'J';
      case Type.FLOAT -> 'F';
      case Type.DOUBLE -> 'D';
      case Type.BYTE -> 'B';
      case Type.CHAR -> 'C';
      case Type.SHORT -> 'S';
      default -> 'L';
    };
  }

  /** Leaves the array's data (non-null) in a scratch local; returns the local. */
  private static int data(FunctionLowering fl, Expr array, char kind, Code code) {
    TypeDef.Struct st = fl.model.arrayStruct(kind);
    fl.exprAs(array, RefType.nullable(st), code);
    fl.nullCheckUnlessKnown(array, code, RefType.nullable(st));
    code.structGet(st, ObjectModel.ARRAY_DATA);
    int d = fl.scratch(RefType.nullable(fl.model.arrayData(kind)));
    code.localSet(d);
    return d;
  }

  private static void boundsCheck(FunctionLowering fl, int data, int index, Code code) {
    code.localGet(index).localGet(data).op(Op.ARRAY_LEN).op(Op.I32_GE_U);
    code.open(Op.IF, null);
    code.localGet(index).localGet(data).op(Op.ARRAY_LEN);
    fl.mb.callJava(ModuleBuilder.THROW_INDEX, code);
    code.op(Op.UNREACHABLE);
    code.end();
  }

  static ValType load(FunctionLowering fl, ArrayLoad a, Code code) {
    char kind = kind(a.array(), a.elem());
    int d = data(fl, a.array(), kind, code);
    int i = fl.scratch(NumType.I32);
    fl.exprAs(a.index(), NumType.I32, code);
    code.localSet(i);
    if (!fl.inBounds(a.array(), a.index())) {
      boundsCheck(fl, d, i, code);
    }
    TypeDef.Array data = fl.model.arrayData(kind);
    code.localGet(d).localGet(i);
    code.add(switch (kind) {
      case 'B', 'S' -> Op.ARRAY_GET_S;
      case 'Z', 'C' -> Op.ARRAY_GET_U;
      default -> Op.ARRAY_GET;
    }, data, 0);
    fl.release(NumType.I32);
    fl.release(RefType.nullable(data));
    return data.element.type().unpacked();
  }

  static void store(FunctionLowering fl, Stmt.ArrayStore a, Code code) {
    char kind = kind(a.array(), a.elem());
    TypeDef.Array data = fl.model.arrayData(kind);
    ValType elemType = data.element.type().unpacked();
    boolean checkStore = kind == 'L' && needsStoreCheck(fl, a.array().type(), a.value());
    int arr = -1;
    TypeDef.Struct st = fl.model.arrayStruct(kind);
    if (checkStore) {
      arr = fl.scratch(RefType.nullable(st));
      fl.exprAs(a.array(), RefType.nullable(st), code);
      fl.nullCheckUnlessKnown(a.array(), code, RefType.nullable(st));
      code.localTee(arr);
      code.structGet(st, ObjectModel.ARRAY_DATA);
    } else {
      fl.exprAs(a.array(), RefType.nullable(st), code);
      fl.nullCheckUnlessKnown(a.array(), code, RefType.nullable(st));
      code.structGet(st, ObjectModel.ARRAY_DATA);
    }
    int d = fl.scratch(RefType.nullable(data));
    code.localSet(d);
    int i = fl.scratch(NumType.I32);
    fl.exprAs(a.index(), NumType.I32, code);
    code.localSet(i);
    int v = fl.scratch(elemType);
    fl.exprAs(a.value(), elemType, code);
    code.localSet(v);
    if (!fl.inBounds(a.array(), a.index())) {
      boundsCheck(fl, d, i, code);
    }
    if (checkStore) {
      code.localGet(arr).localGet(v);
      fl.mb.callJava(ModuleBuilder.CHECK_ARRAY_STORE, code);
    }
    code.localGet(d).localGet(i).localGet(v);
    code.add(Op.ARRAY_SET, data, 0);
    fl.release(elemType);
    fl.release(NumType.I32);
    fl.release(RefType.nullable(data));
    if (checkStore) {
      fl.release(RefType.nullable(st));
    }
  }

  /** A store into T[] needs no check when T is final and the value is statically a T. */
  private static boolean needsStoreCheck(FunctionLowering fl, Type arrayType, Expr value) {
    if (value instanceof Expr.Const c && c.value() == null) {
      return false;
    }
    if (arrayType.getSort() != Type.ARRAY || arrayType.getDimensions() > 1) {
      return true;
    }
    Type elem = arrayType.getElementType();
    if (elem.getSort() != Type.OBJECT) {
      return true;
    }
    var cn = fl.hierarchy.find(elem.getInternalName());
    boolean isFinal = cn != null && (cn.access & Opcodes.ACC_FINAL) != 0;
    return !(isFinal && fl.hierarchy.isAssignable(value.type(), elem));
  }

  static ValType length(FunctionLowering fl, ArrayLength a, Code code) {
    Type t = a.array().type();
    if (t.getSort() != Type.ARRAY) {
      fl.exprAs(a.array(), RefType.nullable(fl.model.objectStruct), code);
      fl.nullCheckUnlessKnown(a.array(), code, RefType.nullable(fl.model.objectStruct));
      code.call(fl.mb.arrayLengthHelper());
      return NumType.I32;
    }
    char kind = ObjectModel.arrayKind(t);
    TypeDef.Struct st = fl.model.arrayStruct(kind);
    fl.exprAs(a.array(), RefType.nullable(st), code);
    fl.nullCheckUnlessKnown(a.array(), code, RefType.nullable(st));
    code.structGet(st, ObjectModel.ARRAY_DATA);
    code.op(Op.ARRAY_LEN);
    return NumType.I32;
  }

  static ValType newArray(FunctionLowering fl, NewArray n, Code code) {
    char kind = ObjectModel.arrayKind(n.type());
    code.globalGet(fl.mb.vtable(n.type()));
    fl.exprAs(n.length(), NumType.I32, code);
    code.call(fl.mb.newArrayHelper(kind));
    return RefType.nonNull(fl.model.arrayStruct(kind));
  }

  static ValType newMultiArray(FunctionLowering fl, NewMultiArray n, Code code) {
    code.globalGet(fl.mb.vtable(n.type()));
    code.globalGet(fl.mb.vtable(Type.getType("[I")));
    code.i32(0);
    for (Expr d : n.dims()) {
      fl.exprAs(d, NumType.I32, code);
    }
    code.add(Op.ARRAY_NEW_FIXED, fl.model.arrayData('I'), n.dims().size());
    code.structNew(fl.model.arrayStruct('I'));
    ValType t = fl.mb.callJava(ModuleBuilder.NEW_MULTI_ARRAY, code);
    ValType want = fl.model.wasmType(n.type());
    fl.coerce(t, want, code);
    return want;
  }
}
