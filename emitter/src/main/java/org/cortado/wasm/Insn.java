package org.cortado.wasm;

/**
 * One instruction with its immediates. {@code ref} holds a symbolic operand (TypeDef, Function,
 * Global, Tag, ValType for block types, RefType for casts, DataSegment); {@code n} holds an integer
 * immediate (label depth, local index, field index, count, constant bits); {@code labels} only for
 * br_table.
 */
public final class Insn {
  public final Op op;
  public final Object ref;
  public final long n;
  public final int[] labels;

  Insn(Op op, Object ref, long n, int[] labels) {
    this.op = op;
    this.ref = ref;
    this.n = n;
    this.labels = labels;
  }

  @Override public String toString() {
    StringBuilder sb = new StringBuilder(op.text);
    if (ref != null) {
      sb.append(' ').append(ref);
    }
    switch (op.imm) {
      case LABEL, LOCAL, FIELD, I32, I64, TYPE_AND_COUNT, MEM -> sb.append(' ').append(n);
      case F32 -> sb.append(' ').append(Float.intBitsToFloat((int) n));
      case F64 -> sb.append(' ').append(Double.longBitsToDouble(n));
      case LABELS -> sb.append(' ').append(java.util.Arrays.toString(labels)).append(' ').append(n);
      default -> { }
    }
    return sb.toString();
  }
}
