package org.cortado.lowering;

import java.util.ArrayList;
import java.util.List;
import org.cortado.interop.Jso;
import org.cortado.ir.Expr;
import org.cortado.wasm.Code;
import org.cortado.wasm.Function;
import org.cortado.wasm.NumType;
import org.cortado.wasm.RefType;
import org.cortado.wasm.ValType;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.MethodNode;

/**
 * Calls that leave Wasm for JavaScript: JSO members and {@code @JSBody} methods (imports from module
 * {@code jso}, their JS written into the loader) and the runtime's own {@code JsImports}. At the
 * boundary, JS values travel as {@code externref} (wrapped in {@code JSRef} inside Wasm), Java
 * strings become JS strings and back, and primitives pass as numbers.
 */
final class JsCalls {
  static final String TO_JS_STRING = "org/cortado/runtime/JSStrings.toJs(Ljava/lang/String;)Lorg/teavm/jso/JSObject;";
  static final String FROM_JS_STRING = "org/cortado/runtime/JSStrings.fromJs(Lorg/teavm/jso/JSObject;)Ljava/lang/String;";

  private JsCalls() {
  }

  /** The Wasm type a Java type has at the JS boundary. */
  static ValType boundaryType(FunctionLowering fl, Type t) {
    return switch (t.getSort()) {
      case Type.VOID -> null;
      case Type.BOOLEAN, Type.BYTE, Type.CHAR, Type.SHORT, Type.INT -> NumType.I32;
      case Type.FLOAT -> NumType.F32;
      case Type.DOUBLE -> NumType.F64;
      case Type.LONG -> throw new IllegalStateException("long values cannot cross the JS boundary (use double)");
      default -> {
        if (t.equals(Expr.STRING) || (t.getSort() == Type.OBJECT && Jso.isJsType(fl.hierarchy, t.getInternalName()))) {
          yield RefType.EXTERNREF;
        }
        throw new IllegalStateException("type " + t.getClassName() + " cannot cross the JS boundary");
      }
    };
  }

  /** A call to a JSO member or @JSBody method of {@code owner}. */
  static ValType jso(FunctionLowering fl, Expr.Invoke inv, String owner, MethodNode m, Code code) {
    boolean isStatic = (m.access & Opcodes.ACC_STATIC) != 0;
    Type[] argTypes = Type.getArgumentTypes(m.desc);
    List<ValType> params = new ArrayList<>();
    if (!isStatic) {
      params.add(RefType.EXTERNREF);
    }
    for (Type t : argTypes) {
      params.add(boundaryType(fl, t));
    }
    ValType result = boundaryType(fl, Type.getReturnType(m.desc));
    Function f = fl.mb.jsoImport(Jso.function(m), params, result == null ? List.of() : List.of(result));
    return call(fl, inv.args(), isStatic ? null : Type.getObjectType(owner), argTypes, Type.getReturnType(m.desc), f, code);
  }

  /** A call to one of the runtime's {@code JsImports}. */
  static ValType runtimeImport(FunctionLowering fl, Expr.Invoke inv, String name, Code code) {
    String desc = inv.method().desc();
    return call(fl, inv.args(), null, Type.getArgumentTypes(desc), Type.getReturnType(desc), fl.mb.jsImport(name), code);
  }

  private static ValType call(FunctionLowering fl, List<Expr> args, Type receiver, Type[] argTypes, Type ret,
      Function f, Code code) {
    int first = 0;
    if (receiver != null) {
      toJs(fl, receiver, args.get(0), code);
      first = 1;
    }
    for (int i = 0; i < argTypes.length; i++) {
      toJs(fl, argTypes[i], args.get(first + i), code);
    }
    code.call(f);
    return fromJs(fl, ret, code);
  }

  private static void toJs(FunctionLowering fl, Type t, Expr e, Code code) {
    ValType b = boundaryType(fl, t);
    if (b instanceof NumType) {
      fl.exprAs(e, b, code);
    } else if (t.equals(Expr.STRING)) {
      fl.exprAs(e, fl.model.wasmType(Expr.STRING), code);
      fl.mb.callJava(TO_JS_STRING, code);
      code.call(fl.mb.jsUnwrap());
    } else {
      fl.exprAs(e, RefType.nullable(fl.model.jsRef()), code);
      code.call(fl.mb.jsUnwrap());
    }
  }

  /** Converts a boundary value on the stack to the Java type; returns the Wasm type left. */
  private static ValType fromJs(FunctionLowering fl, Type t, Code code) {
    ValType b = boundaryType(fl, t);
    if (b == null || b instanceof NumType) {
      return b;
    }
    code.call(fl.mb.jsWrap());
    if (t.equals(Expr.STRING)) {
      return fl.mb.callJava(FROM_JS_STRING, code);
    }
    return RefType.nullable(fl.model.jsRef());
  }
}
