package org.cortado.wasm;

import java.util.ArrayList;
import java.util.List;

/** An instruction sequence under construction, with one small method per instruction shape. */
public final class Code {
  public final List<Insn> insns = new ArrayList<>();

  public Code op(Op op) {
    return add(op, null, 0);
  }

  public Code add(Op op, Object ref, long n) {
    insns.add(new Insn(op, ref, n, null));
    return this;
  }

  public Code append(Code other) {
    insns.addAll(other.insns);
    return this;
  }

  public boolean isEmpty() {
    return insns.isEmpty();
  }

  public Insn last() {
    return insns.isEmpty() ? null : insns.get(insns.size() - 1);
  }

  public Code i32(int v) {
    return add(Op.I32_CONST, null, v);
  }

  public Code i64(long v) {
    return add(Op.I64_CONST, null, v);
  }

  public Code f32(float v) {
    return add(Op.F32_CONST, null, Float.floatToRawIntBits(v));
  }

  public Code f64(double v) {
    return add(Op.F64_CONST, null, Double.doubleToRawLongBits(v));
  }

  public Code localGet(int i) {
    return add(Op.LOCAL_GET, null, i);
  }

  public Code localSet(int i) {
    return add(Op.LOCAL_SET, null, i);
  }

  public Code localTee(int i) {
    return add(Op.LOCAL_TEE, null, i);
  }

  public Code globalGet(Global g) {
    return add(Op.GLOBAL_GET, g, 0);
  }

  public Code globalSet(Global g) {
    return add(Op.GLOBAL_SET, g, 0);
  }

  public Code call(Function f) {
    return add(Op.CALL, f, 0);
  }

  public Code callRef(TypeDef.Func t) {
    return add(Op.CALL_REF, t, 0);
  }

  /** Opens block/loop/if/try; {@code type} is null (no result), a ValType or a TypeDef.Func. */
  public Code open(Op op, Object type) {
    return add(op, type, 0);
  }

  public Code end() {
    return op(Op.END);
  }

  public Code br(int depth) {
    return add(Op.BR, null, depth);
  }

  public Code brIf(int depth) {
    return add(Op.BR_IF, null, depth);
  }

  public Code brTable(int[] depths, int dflt) {
    insns.add(new Insn(Op.BR_TABLE, null, dflt, depths));
    return this;
  }

  public Code structNew(TypeDef.Struct t) {
    return add(Op.STRUCT_NEW, t, 0);
  }

  public Code structGet(TypeDef.Struct t, int field) {
    StorageType st = t.fields.get(field).type();
    return add(st.packed() ? Op.STRUCT_GET_S : Op.STRUCT_GET, t, field);
  }

  public Code structGetU(TypeDef.Struct t, int field) {
    return add(Op.STRUCT_GET_U, t, field);
  }

  public Code structSet(TypeDef.Struct t, int field) {
    return add(Op.STRUCT_SET, t, field);
  }

  public Code refNull(HeapType h) {
    return add(Op.REF_NULL, h, 0);
  }

  public Code refCast(RefType t) {
    return add(Op.REF_CAST, t, 0);
  }

  public Code refTest(RefType t) {
    return add(Op.REF_TEST, t, 0);
  }

  public Code throwTag(Tag t) {
    return add(Op.THROW, t, 0);
  }
}
