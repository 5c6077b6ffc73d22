package org.cortado.lowering;

import java.util.HashMap;
import java.util.Map;
import org.cortado.wasm.Code;
import org.cortado.wasm.NumType;
import org.cortado.wasm.Op;
import org.cortado.wasm.RefType;
import org.cortado.wasm.ValType;

/**
 * Native methods the emitter implements inline, by method key. Their arguments are already on the
 * stack (converted to the descriptor's Wasm types) when the generator runs; it returns the type it
 * leaves, or null for void. Natives of {@code org.cortado.runtime.JsImports} become Wasm imports.
 */
final class Intrinsics {
  private interface Generator {
    ValType emit(FunctionLowering fl, Code code);
  }

  private static final String JS_IMPORTS = "org/cortado/runtime/JsImports.";
  private static final String VT = "org/cortado/runtime/VTable.";
  private static final String WASM = "org/cortado/runtime/Wasm.";
  private static final String VTD = "Lorg/cortado/runtime/VTable;";
  private static final Map<String, Generator> TABLE = new HashMap<>();

  static {
    // Vtable metadata.
    put(VT + "of(Ljava/lang/Object;)" + VTD, (fl, c) -> {
      c.structGet(fl.model.objectStruct, ObjectModel.OBJ_VT);
      return RefType.nonNull(fl.model.vtObject);
    });
    put(VT + "classObject(" + VTD + ")Ljava/lang/Class;", (fl, c) -> vtField(fl, c, ObjectModel.VT_CLASS));
    put(VT + "setClassObject(" + VTD + "Ljava/lang/Class;)V", (fl, c) -> {
      c.structSet(fl.model.vtObject, ObjectModel.VT_CLASS);
      return null;
    });
    put(VT + "literalName(" + VTD + ")Ljava/lang/String;", (fl, c) -> {
      vtField(fl, c, ObjectModel.VT_NAME);
      return fl.mb.callHelper(fl.mb.literalHelper(), c);
    });
    put(VT + "literalSimpleName(" + VTD + ")Ljava/lang/String;", (fl, c) -> {
      vtField(fl, c, ObjectModel.VT_SIMPLE_NAME);
      return fl.mb.callHelper(fl.mb.literalHelper(), c);
    });
    put(VT + "flags(" + VTD + ")I", (fl, c) -> vtField(fl, c, ObjectModel.VT_FLAGS));
    put(VT + "superclass(" + VTD + ")" + VTD, (fl, c) -> vtField(fl, c, ObjectModel.VT_SUPER));
    put(VT + "component(" + VTD + ")" + VTD, (fl, c) -> vtField(fl, c, ObjectModel.VT_COMPONENT));
    put(VT + "arrayOf(" + VTD + ")" + VTD, (fl, c) -> fl.mb.callHelper(fl.mb.arrayOfHelper(), c));
    put(VT + "enumConstants(" + VTD + ")[Ljava/lang/Object;", (fl, c) -> fl.mb.callHelper(fl.mb.enumConstantsHelper(), c));
    put(VT + "implementsInterface(" + VTD + VTD + ")Z", (fl, c) -> fl.mb.callHelper(fl.mb.implementsHelper(), c));
    // Object identity, arrays, memory.
    put(WASM + "identityHashCode(Ljava/lang/Object;)I", (fl, c) -> fl.mb.callHelper(fl.mb.identityHashHelper(), c));
    put(WASM + "shallowClone(Ljava/lang/Object;)Ljava/lang/Object;", (fl, c) -> fl.mb.callHelper(fl.mb.cloneHelper(), c));
    put(WASM + "arrayLength(Ljava/lang/Object;)I", (fl, c) -> fl.mb.callHelper(fl.mb.arrayLengthHelper(), c));
    put(WASM + "arrayCopy(Ljava/lang/Object;ILjava/lang/Object;II)V", (fl, c) -> fl.mb.callHelper(fl.mb.arrayCopyHelper(), c));
    put(WASM + "newArray(" + VTD + "I)Ljava/lang/Object;", (fl, c) -> fl.mb.callHelper(fl.mb.newArrayOfVtHelper(), c));
    put(WASM + "registerLiterals()V", (fl, c) -> fl.mb.callHelper(fl.mb.registerLiteralsHelper(), c));
    put(WASM + "invokeMain([Ljava/lang/String;)V", (fl, c) -> {
      // The JVM initialises the main class before calling main.
      if (fl.mb.needsInit(fl.mb.mainClass)) {
        c.call(fl.mb.initFunction(fl.mb.mainClass));
      }
      c.call(fl.mb.mainFunction());
      return null;
    });
    put(WASM + "ensureMemory(I)V", (fl, c) -> fl.mb.callHelper(fl.mb.ensureMemoryHelper(), c));
    put(WASM + "memoryToArray(Ljava/lang/Object;III)V", (fl, c) -> fl.mb.callHelper(BulkTransfer.memoryToArray(fl.mb), c));
    put(WASM + "arrayToMemory(Ljava/lang/Object;III)V", (fl, c) -> fl.mb.callHelper(BulkTransfer.arrayToMemory(fl.mb), c));
    put(WASM + "loadI16(I)I", (fl, c) -> mem(c, Op.I32_LOAD16_U, NumType.I32));
    put(WASM + "loadI32(I)I", (fl, c) -> mem(c, Op.I32_LOAD, NumType.I32));
    put(WASM + "storeI8(II)V", (fl, c) -> mem(c, Op.I32_STORE8, null));
    put(WASM + "storeI16(II)V", (fl, c) -> mem(c, Op.I32_STORE16, null));
    put(WASM + "storeI32(II)V", (fl, c) -> mem(c, Op.I32_STORE, null));
    // Unicode and locale tables, computed from the emitter's JVM; only reachable ones become literals.
    for (String table : CharacterTables.NATIVES) {
      putTable("org/cortado/runtime/CharacterData." + table, () -> CharacterTables.get(table));
    }
    for (String table : LocaleTables.NATIVES) {
      putTable("org/cortado/runtime/LocaleData." + table, () -> LocaleTables.get(table));
    }
    // java.lang.Math and the bit views of floating-point numbers.
    put("java/lang/Math.sqrt(D)D", (fl, c) -> op(c, Op.F64_SQRT, NumType.F64));
    put("java/lang/Math.ceil(D)D", (fl, c) -> op(c, Op.F64_CEIL, NumType.F64));
    put("java/lang/Math.floor(D)D", (fl, c) -> op(c, Op.F64_FLOOR, NumType.F64));
    put("java/lang/Math.rint(D)D", (fl, c) -> op(c, Op.F64_NEAREST, NumType.F64));
    // Wasm's min/max/abs/copysign have Java's NaN and signed-zero rules.
    put("java/lang/Math.min(DD)D", (fl, c) -> op(c, Op.F64_MIN, NumType.F64));
    put("java/lang/Math.max(DD)D", (fl, c) -> op(c, Op.F64_MAX, NumType.F64));
    put("java/lang/Math.min(FF)F", (fl, c) -> op(c, Op.F32_MIN, NumType.F32));
    put("java/lang/Math.max(FF)F", (fl, c) -> op(c, Op.F32_MAX, NumType.F32));
    put("java/lang/Math.abs(D)D", (fl, c) -> op(c, Op.F64_ABS, NumType.F64));
    put("java/lang/Math.abs(F)F", (fl, c) -> op(c, Op.F32_ABS, NumType.F32));
    put("java/lang/Math.copySign(DD)D", (fl, c) -> op(c, Op.F64_COPYSIGN, NumType.F64));
    put("java/lang/Math.copySign(FF)F", (fl, c) -> op(c, Op.F32_COPYSIGN, NumType.F32));
    put("java/lang/Integer.numberOfLeadingZeros(I)I", (fl, c) -> op(c, Op.I32_CLZ, NumType.I32));
    put("java/lang/Integer.numberOfTrailingZeros(I)I", (fl, c) -> op(c, Op.I32_CTZ, NumType.I32));
    put("java/lang/Integer.bitCount(I)I", (fl, c) -> op(c, Op.I32_POPCNT, NumType.I32));
    put("java/lang/Integer.rotateLeft(II)I", (fl, c) -> op(c, Op.I32_ROTL, NumType.I32));
    put("java/lang/Integer.rotateRight(II)I", (fl, c) -> op(c, Op.I32_ROTR, NumType.I32));
    put("java/lang/Long.numberOfLeadingZeros(J)I", (fl, c) -> op(c.op(Op.I64_CLZ), Op.I32_WRAP_I64, NumType.I32));
    put("java/lang/Long.numberOfTrailingZeros(J)I", (fl, c) -> op(c.op(Op.I64_CTZ), Op.I32_WRAP_I64, NumType.I32));
    put("java/lang/Long.bitCount(J)I", (fl, c) -> op(c.op(Op.I64_POPCNT), Op.I32_WRAP_I64, NumType.I32));
    // Wasm rotates by the count modulo the width, as Java does.
    put("java/lang/Long.rotateLeft(JI)J", (fl, c) -> op(c.op(Op.I64_EXTEND_I32_S), Op.I64_ROTL, NumType.I64));
    put("java/lang/Long.rotateRight(JI)J", (fl, c) -> op(c.op(Op.I64_EXTEND_I32_S), Op.I64_ROTR, NumType.I64));
    put("java/lang/Float.floatToRawIntBits(F)I", (fl, c) -> op(c, Op.I32_REINTERPRET_F32, NumType.I32));
    put("java/lang/Float.intBitsToFloat(I)F", (fl, c) -> op(c, Op.F32_REINTERPRET_I32, NumType.F32));
    put("java/lang/Double.doubleToRawLongBits(D)J", (fl, c) -> op(c, Op.I64_REINTERPRET_F64, NumType.I64));
    put("java/lang/Double.longBitsToDouble(J)D", (fl, c) -> op(c, Op.F64_REINTERPRET_I64, NumType.F64));
    put("java/lang/Float.isNaN(F)Z", (fl, c) -> isNaN(fl, c, NumType.F32));
    put("java/lang/Double.isNaN(D)Z", (fl, c) -> isNaN(fl, c, NumType.F64));
    put("java/lang/Float.isFinite(F)Z", (fl, c) -> {
      c.op(Op.F32_ABS).f32(Float.POSITIVE_INFINITY).op(Op.F32_LT);
      return NumType.I32;
    });
    put("java/lang/Double.isFinite(D)Z", (fl, c) -> {
      c.op(Op.F64_ABS).f64(Double.POSITIVE_INFINITY).op(Op.F64_LT);
      return NumType.I32;
    });
    put("java/lang/Integer.compare(II)I", (fl, c) -> compare(fl, c, NumType.I32, Op.I32_GT_S, Op.I32_LT_S));
    put("java/lang/Integer.compareUnsigned(II)I", (fl, c) -> compare(fl, c, NumType.I32, Op.I32_GT_U, Op.I32_LT_U));
    put("java/lang/Long.compare(JJ)I", (fl, c) -> compare(fl, c, NumType.I64, Op.I64_GT_S, Op.I64_LT_S));
    put("java/lang/Long.compareUnsigned(JJ)I", (fl, c) -> compare(fl, c, NumType.I64, Op.I64_GT_U, Op.I64_LT_U));
    put("java/lang/Integer.divideUnsigned(II)I", (fl, c) -> unsignedDivision(fl, c, NumType.I32, Op.I32_DIV_U));
    put("java/lang/Integer.remainderUnsigned(II)I", (fl, c) -> unsignedDivision(fl, c, NumType.I32, Op.I32_REM_U));
    put("java/lang/Long.divideUnsigned(JJ)J", (fl, c) -> unsignedDivision(fl, c, NumType.I64, Op.I64_DIV_U));
    put("java/lang/Long.remainderUnsigned(JJ)J", (fl, c) -> unsignedDivision(fl, c, NumType.I64, Op.I64_REM_U));
  }

  private Intrinsics() {
  }

  private static void put(String key, Generator g) {
    TABLE.put(key, g);
  }

  /** A static native {@code ()String} that stands for a string computed at compile time. */
  private static void putTable(String method, java.util.function.Supplier<String> value) {
    put(method + "()Ljava/lang/String;", (fl, c) -> {
      return fl.mb.pushLiteral(value.get(), c);
    });
  }

  /** Whether a native method is implemented by the emitter. */
  static boolean has(String key) {
    return TABLE.containsKey(key) || isJsImport(key);
  }

  static boolean isJsImport(String key) {
    return key.startsWith(JS_IMPORTS);
  }

  static ValType emit(FunctionLowering fl, String key, Code code) {
    if (isJsImport(key)) {
      String name = key.substring(JS_IMPORTS.length(), key.indexOf('('));
      var f = fl.mb.jsImport(name);
      code.call(f);
      return f.type.results.isEmpty() ? null : f.type.results.get(0);
    }
    return TABLE.get(key).emit(fl, code);
  }

  private static ValType vtField(FunctionLowering fl, Code c, int field) {
    c.structGet(fl.model.vtObject, field);
    return fl.model.vtObject.fields.get(field).type().unpacked();
  }

  private static ValType mem(Code c, Op op, ValType result) {
    c.add(op, null, 0);
    return result;
  }

  private static ValType op(Code c, Op op, ValType result) {
    c.op(op);
    return result;
  }

  private static ValType isNaN(FunctionLowering fl, Code c, NumType t) {
    int x = fl.scratch(t);
    c.localTee(x).localGet(x).op(t == NumType.F32 ? Op.F32_NE : Op.F64_NE);
    fl.release(t);
    return NumType.I32;
  }

  private static ValType compare(FunctionLowering fl, Code c, NumType t, Op gt, Op lt) {
    int a = fl.scratch(t);
    int b = fl.scratch(t);
    c.localSet(b).localSet(a);
    c.localGet(a).localGet(b).op(gt).localGet(a).localGet(b).op(lt).op(Op.I32_SUB);
    fl.release(t);
    fl.release(t);
    return NumType.I32;
  }

  private static ValType unsignedDivision(FunctionLowering fl, Code c, NumType t, Op op) {
    int b = fl.scratch(t);
    c.localTee(b).op(t == NumType.I64 ? Op.I64_EQZ : Op.I32_EQZ);
    c.open(Op.IF, null);
    fl.mb.throwDivisionByZero(c);
    c.end();
    c.localGet(b).op(op);
    fl.release(t);
    return t;
  }
}
