package org.cortado.lowering;

import java.util.ArrayList;
import java.util.List;
import org.cortado.analysis.Reachability;
import org.cortado.interop.Jso;
import org.cortado.ir.Expr;
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
import org.objectweb.asm.tree.MethodNode;

/**
 * Calls that cross the JS boundary. Out of Wasm: JSO members and {@code @JSBody} methods (imports
 * from module {@code jso}, their JS written into the loader) and the runtime's own
 * {@code JsImports}. Into Wasm: exported static methods ({@code @JSExport}), the runtime functions
 * the loader calls, and one callback function per {@code @JSFunctor} interface that Java objects
 * implement. At the boundary JS values travel as {@code externref} (wrapped in {@code JSRef} inside
 * Wasm), Java objects as opaque {@code externref}s (functor objects as JS functions, made by the
 * loader), Java strings become JS strings and back, primitive arrays typed arrays (exports only),
 * {@code long} a BigInt, and other primitives numbers.
 */
public final class JsCalls {
  static final String TO_JS_STRING = "org/cortado/runtime/JSStrings.toJs(Ljava/lang/String;)Lorg/teavm/jso/JSObject;";
  static final String FROM_JS_STRING = "org/cortado/runtime/JSStrings.fromJs(Lorg/teavm/jso/JSObject;)Ljava/lang/String;";
  private static final String JS_ARRAYS = "org/cortado/runtime/JSArrays.";

  /** Runtime methods the loader calls, by export name. */
  static final List<String[]> RUNTIME_EXPORTS = List.of(
      new String[] {"cortado.throwJs", "org/cortado/runtime/JSBoundary.throwJs(Lorg/teavm/jso/JSObject;)V"},
      new String[] {"cortado.className", "org/cortado/runtime/JSBoundary.className(Ljava/lang/Object;)Ljava/lang/String;"},
      new String[] {"cortado.message", "org/cortado/runtime/JSBoundary.message(Ljava/lang/Object;)Ljava/lang/String;"},
      new String[] {"cortado.reportUncaught", "org/cortado/runtime/JSBoundary.reportUncaught(Ljava/lang/Object;)V"});

  private JsCalls() {
  }

  /** The JSArrays methods that convert primitive arrays to and from typed arrays, for exports. */
  public static List<String> arrayConversions(Type array) {
    String d = array.getDescriptor();
    return List.of(JS_ARRAYS + "toJava(Lorg/teavm/jso/JSObject;" + d + ")" + d,
        JS_ARRAYS + "toJs(" + d + ")Lorg/teavm/jso/JSObject;");
  }

  /** The Wasm type a Java type has at the JS boundary. */
  static ValType boundaryType(ModuleBuilder mb, Type t) {
    return switch (t.getSort()) {
      case Type.VOID -> null;
      case Type.BOOLEAN, Type.BYTE, Type.CHAR, Type.SHORT, Type.INT -> NumType.I32;
      case Type.LONG -> NumType.I64;
      case Type.FLOAT -> NumType.F32;
      case Type.DOUBLE -> NumType.F64;
      case Type.ARRAY -> RefType.EXTERNREF;
      default -> {
        if (t.equals(Expr.STRING) || t.equals(Expr.OBJECT) || Jso.isJsType(mb.hierarchy, t.getInternalName())) {
          yield RefType.EXTERNREF;
        }
        throw new IllegalStateException("type " + t.getClassName() + " cannot cross the JS boundary");
      }
    };
  }

  static ValType boundaryType(FunctionLowering fl, Type t) {
    if (t.getSort() == Type.ARRAY) {
      throw new IllegalStateException("arrays cross the JS boundary only as parameters and results of exports"
          + " (use org.cortado.runtime.JSArrays)");
    }
    return boundaryType(fl.mb, t);
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
    boolean functor = !isStatic && Jso.isFunctor(fl.hierarchy.find(owner));
    Function f = fl.mb.jsoImport(Jso.guarded(Jso.function(m, functor), params.size(), result instanceof RefType), params,
        result == null ? List.of() : List.of(result));
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
    return fromJs(fl.mb, ret, code);
  }

  private static void toJs(FunctionLowering fl, Type t, Expr e, Code code) {
    ValType b = boundaryType(fl, t);
    if (b instanceof NumType) {
      fl.exprAs(e, b, code);
    } else {
      fl.exprAs(e, fl.model.wasmType(t), code);
      toJs(fl.mb, t, code);
    }
  }

  /** Converts a Java value on the stack (of t's Wasm type) to its boundary value. */
  static void toJs(ModuleBuilder mb, Type t, Code code) {
    ValType b = boundaryType(mb, t);
    if (b == null || b instanceof NumType) {
      return;
    }
    if (t.equals(Expr.STRING)) {
      mb.callJava(TO_JS_STRING, code);
    } else if (t.getSort() == Type.ARRAY) {
      mb.callJava(arrayConversions(t).get(1), code);
    }
    code.call(toJsHelper(mb));
  }

  /** Converts a boundary value on the stack to the Java type; returns the Wasm type left. */
  static ValType fromJs(ModuleBuilder mb, Type t, Code code) {
    ValType b = boundaryType(mb, t);
    if (b == null || b instanceof NumType) {
      return b;
    }
    if (t.getSort() == Type.OBJECT && !t.equals(Expr.STRING) && !t.equals(Expr.OBJECT)
        && !mb.hierarchy.isInterface(t.getInternalName())) {
      code.call(mb.jsWrap());
      return RefType.nullable(mb.model.jsRef());
    }
    code.call(fromJsHelper(mb));
    if (t.equals(Expr.STRING)) {
      return mb.callJava(FROM_JS_STRING, code);
    }
    if (t.getSort() == Type.ARRAY) {
      // toJava(js, null) allocates the array.
      code.refNull(mb.model.arrayStruct(ObjectModel.arrayKind(t)));
      return mb.callJava(arrayConversions(t).get(0), code);
    }
    return RefType.nullable(mb.model.objectStruct);
  }

  /**
   * {@code $toJs}: a Java reference (JS type, Object) to externref. JS values are unwrapped; a Java
   * object implementing a functor interface becomes a JS function (the loader's
   * {@code cortado.functor}, one function per object); any other Java object leaves as an opaque
   * reference that comes back as itself.
   */
  static Function toJsHelper(ModuleBuilder mb) {
    RefType obj = RefType.nullable(mb.model.objectStruct);
    return mb.helper("toJs", List.of(obj), List.of(RefType.EXTERNREF), f -> {
      Code c = f.body;
      TypeDef.Struct js = mb.model.jsRef();
      c.localGet(0).op(Op.REF_IS_NULL);
      c.open(Op.IF, null).refNull(HeapType.Abstract.NOEXTERN).op(Op.RETURN).end();
      c.localGet(0).refTest(RefType.nonNull(js));
      c.open(Op.IF, null);
      c.localGet(0).refCast(RefType.nonNull(js)).structGet(js, mb.model.fieldIndex(Jso.JS_REF, "js")).op(Op.RETURN);
      c.end();
      List<String> functors = new ArrayList<>(mb.reach.functors);
      for (int k = 0; k < functors.size(); k++) {
        c.localGet(0);
        implementsInterface(mb, functors.get(k), c);
        c.open(Op.IF, null);
        c.i32(k).localGet(0).op(Op.EXTERN_CONVERT_ANY).call(mb.jsImport("functor")).op(Op.RETURN);
        c.end();
      }
      c.localGet(0).op(Op.EXTERN_CONVERT_ANY);
    });
  }

  private static void implementsInterface(ModuleBuilder mb, String itf, Code c) {
    ObjectModel m = mb.model;
    c.structGet(m.objectStruct, ObjectModel.OBJ_VT);
    c.structGet(m.vtObject, ObjectModel.VT_ITABLES);
    c.i32(m.itableColor(itf));
    c.add(Op.ARRAY_GET, m.itables, 0);
    c.refTest(RefType.nonNull(m.itableStruct(itf)));
  }

  /**
   * {@code $fromJs}: externref to a Java reference. null and undefined become null, a Java object
   * that went out as an opaque reference comes back as itself, other JS values are wrapped in JSRef.
   */
  static Function fromJsHelper(ModuleBuilder mb) {
    RefType obj = RefType.nullable(mb.model.objectStruct);
    return mb.helper("fromJs", List.of(RefType.EXTERNREF), List.of(obj), f -> {
      Code c = f.body;
      int any = f.addLocal(RefType.ANYREF);
      c.localGet(0).op(Op.REF_IS_NULL);
      c.open(Op.IF, null).refNull(mb.model.objectStruct).op(Op.RETURN).end();
      c.localGet(0).op(Op.ANY_CONVERT_EXTERN).localTee(any).refTest(RefType.nonNull(mb.model.objectStruct));
      c.open(Op.IF, null).localGet(any).refCast(obj).op(Op.RETURN).end();
      c.localGet(0).call(mb.jsWrap());
    });
  }

  // ---------------------------------------------------------------- into Wasm

  /** An exported function: a static Java method with boundary conversions around it. */
  static Function exportWrapper(ModuleBuilder mb, String exportName, String key) {
    Reachability.MethodInfo mi = mb.reach.methods.get(key);
    Type[] args = Type.getArgumentTypes(mi.method.desc);
    Type ret = Type.getReturnType(mi.method.desc);
    List<ValType> params = new ArrayList<>();
    for (Type t : args) {
      params.add(boundaryType(mb, t));
    }
    ValType result = boundaryType(mb, ret);
    Function f = mb.module.addFunction(new Function("export." + exportName,
        mb.module.funcType(params, result == null ? List.of() : List.of(result))));
    Code c = f.body;
    if (mb.needsInit(mi.owner.name)) {
      c.call(mb.initFunction(mi.owner.name));
    }
    Function target = mb.function(key);
    for (int i = 0; i < args.length; i++) {
      c.localGet(i);
      ValType have = fromJs(mb, args[i], c);
      cast(have, target.type.params.get(i), c);
    }
    c.call(target);
    toJs(mb, ret, c);
    mb.module.exports.put(exportName, f);
    return f;
  }

  /**
   * The callback function for functor interface {@code itf}, exported as {@code cb<kind>}: calls
   * the interface method on the Java object (first parameter) with the JS arguments. Exceptions
   * propagate to the loader, which turns them into JS errors.
   */
  static Function callback(ModuleBuilder mb, String itf, int kind) {
    MethodNode sam = Jso.functorMethod(mb.hierarchy, itf);
    Type[] args = Type.getArgumentTypes(sam.desc);
    Type ret = Type.getReturnType(sam.desc);
    List<ValType> params = new ArrayList<>();
    params.add(RefType.EXTERNREF);
    for (Type t : args) {
      params.add(boundaryType(mb, t));
    }
    ValType result = boundaryType(mb, ret);
    Function f = mb.module.addFunction(new Function("callback." + itf,
        mb.module.funcType(params, result == null ? List.of() : List.of(result))));
    ObjectModel m = mb.model;
    TypeDef.Func ft = m.methodType(sam.desc, false);
    TypeDef.Struct it = m.itableStruct(itf);
    int self = f.addLocal(RefType.nullable(m.objectStruct));
    Code c = f.body;
    c.localGet(0).op(Op.ANY_CONVERT_EXTERN).refCast(RefType.nonNull(m.objectStruct)).localTee(self);
    for (int i = 0; i < args.length; i++) {
      c.localGet(i + 1);
      cast(fromJs(mb, args[i], c), ft.params.get(i + 1), c);
    }
    c.localGet(self);
    c.structGet(m.objectStruct, ObjectModel.OBJ_VT).structGet(m.vtObject, ObjectModel.VT_ITABLES);
    c.i32(m.itableColor(itf)).add(Op.ARRAY_GET, m.itables, 0);
    c.refCast(RefType.nonNull(it)).structGet(it, m.itableSlots(itf).get(sam.name + sam.desc));
    c.callRef(ft);
    if (ret.getSort() == Type.OBJECT || ret.getSort() == Type.ARRAY) {
      cast(ft.results.get(0), m.wasmType(ret), c);
    }
    toJs(mb, ret, c);
    mb.module.exports.put("cb" + kind, f);
    return f;
  }

  private static void cast(ValType have, ValType want, Code c) {
    if (have instanceof RefType && want instanceof RefType w && !FunctionLowering.isSubtype(have, want)) {
      c.refCast(RefType.nullable(w.heap()));
    }
  }
}
