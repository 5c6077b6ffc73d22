package org.cortado.wasm;

/** Every Wasm instruction the emitter uses: text mnemonic, opcode (with prefix) and immediate kind. */
public enum Op {
  // control
  UNREACHABLE(0x00, "unreachable"), NOP(0x01, "nop"),
  BLOCK(0x02, "block", Imm.BLOCK_TYPE), LOOP(0x03, "loop", Imm.BLOCK_TYPE), IF(0x04, "if", Imm.BLOCK_TYPE),
  ELSE(0x05, "else"), TRY(0x06, "try", Imm.BLOCK_TYPE), CATCH(0x07, "catch", Imm.TAG),
  THROW(0x08, "throw", Imm.TAG), RETHROW(0x09, "rethrow", Imm.LABEL), END(0x0B, "end"),
  BR(0x0C, "br", Imm.LABEL), BR_IF(0x0D, "br_if", Imm.LABEL), BR_TABLE(0x0E, "br_table", Imm.LABELS),
  RETURN(0x0F, "return"), CALL(0x10, "call", Imm.FUNC), RETURN_CALL(0x12, "return_call", Imm.FUNC),
  CALL_REF(0x14, "call_ref", Imm.TYPE), CATCH_ALL(0x19, "catch_all"),
  DROP(0x1A, "drop"), SELECT(0x1B, "select"),
  LOCAL_GET(0x20, "local.get", Imm.LOCAL), LOCAL_SET(0x21, "local.set", Imm.LOCAL),
  LOCAL_TEE(0x22, "local.tee", Imm.LOCAL),
  GLOBAL_GET(0x23, "global.get", Imm.GLOBAL), GLOBAL_SET(0x24, "global.set", Imm.GLOBAL),
  // memory (only the scratch memory used for JS transfers)
  I32_LOAD(0x28, "i32.load", Imm.MEM), I64_LOAD(0x29, "i64.load", Imm.MEM),
  F32_LOAD(0x2A, "f32.load", Imm.MEM), F64_LOAD(0x2B, "f64.load", Imm.MEM),
  I32_LOAD8_S(0x2C, "i32.load8_s", Imm.MEM), I32_LOAD8_U(0x2D, "i32.load8_u", Imm.MEM),
  I32_LOAD16_S(0x2E, "i32.load16_s", Imm.MEM), I32_LOAD16_U(0x2F, "i32.load16_u", Imm.MEM),
  I32_STORE(0x36, "i32.store", Imm.MEM), I64_STORE(0x37, "i64.store", Imm.MEM),
  F32_STORE(0x38, "f32.store", Imm.MEM), F64_STORE(0x39, "f64.store", Imm.MEM),
  I32_STORE8(0x3A, "i32.store8", Imm.MEM), I32_STORE16(0x3B, "i32.store16", Imm.MEM),
  MEMORY_SIZE(0x3F, "memory.size", Imm.ZERO_BYTE), MEMORY_GROW(0x40, "memory.grow", Imm.ZERO_BYTE),
  // constants
  I32_CONST(0x41, "i32.const", Imm.I32), I64_CONST(0x42, "i64.const", Imm.I64),
  F32_CONST(0x43, "f32.const", Imm.F32), F64_CONST(0x44, "f64.const", Imm.F64),
  // i32 compare
  I32_EQZ(0x45, "i32.eqz"), I32_EQ(0x46, "i32.eq"), I32_NE(0x47, "i32.ne"), I32_LT_S(0x48, "i32.lt_s"),
  I32_LT_U(0x49, "i32.lt_u"), I32_GT_S(0x4A, "i32.gt_s"), I32_GT_U(0x4B, "i32.gt_u"),
  I32_LE_S(0x4C, "i32.le_s"), I32_LE_U(0x4D, "i32.le_u"), I32_GE_S(0x4E, "i32.ge_s"), I32_GE_U(0x4F, "i32.ge_u"),
  // i64 compare
  I64_EQZ(0x50, "i64.eqz"), I64_EQ(0x51, "i64.eq"), I64_NE(0x52, "i64.ne"), I64_LT_S(0x53, "i64.lt_s"),
  I64_LT_U(0x54, "i64.lt_u"), I64_GT_S(0x55, "i64.gt_s"), I64_GT_U(0x56, "i64.gt_u"),
  I64_LE_S(0x57, "i64.le_s"), I64_LE_U(0x58, "i64.le_u"), I64_GE_S(0x59, "i64.ge_s"), I64_GE_U(0x5A, "i64.ge_u"),
  // float compare
  F32_EQ(0x5B, "f32.eq"), F32_NE(0x5C, "f32.ne"), F32_LT(0x5D, "f32.lt"), F32_GT(0x5E, "f32.gt"),
  F32_LE(0x5F, "f32.le"), F32_GE(0x60, "f32.ge"),
  F64_EQ(0x61, "f64.eq"), F64_NE(0x62, "f64.ne"), F64_LT(0x63, "f64.lt"), F64_GT(0x64, "f64.gt"),
  F64_LE(0x65, "f64.le"), F64_GE(0x66, "f64.ge"),
  // i32 arithmetic
  I32_CLZ(0x67, "i32.clz"), I32_CTZ(0x68, "i32.ctz"), I32_POPCNT(0x69, "i32.popcnt"),
  I32_ADD(0x6A, "i32.add"), I32_SUB(0x6B, "i32.sub"), I32_MUL(0x6C, "i32.mul"),
  I32_DIV_S(0x6D, "i32.div_s"), I32_DIV_U(0x6E, "i32.div_u"), I32_REM_S(0x6F, "i32.rem_s"),
  I32_REM_U(0x70, "i32.rem_u"), I32_AND(0x71, "i32.and"), I32_OR(0x72, "i32.or"), I32_XOR(0x73, "i32.xor"),
  I32_SHL(0x74, "i32.shl"), I32_SHR_S(0x75, "i32.shr_s"), I32_SHR_U(0x76, "i32.shr_u"),
  I32_ROTL(0x77, "i32.rotl"), I32_ROTR(0x78, "i32.rotr"),
  // i64 arithmetic
  I64_CLZ(0x79, "i64.clz"), I64_CTZ(0x7A, "i64.ctz"), I64_POPCNT(0x7B, "i64.popcnt"),
  I64_ADD(0x7C, "i64.add"), I64_SUB(0x7D, "i64.sub"), I64_MUL(0x7E, "i64.mul"),
  I64_DIV_S(0x7F, "i64.div_s"), I64_DIV_U(0x80, "i64.div_u"), I64_REM_S(0x81, "i64.rem_s"),
  I64_REM_U(0x82, "i64.rem_u"), I64_AND(0x83, "i64.and"), I64_OR(0x84, "i64.or"), I64_XOR(0x85, "i64.xor"),
  I64_SHL(0x86, "i64.shl"), I64_SHR_S(0x87, "i64.shr_s"), I64_SHR_U(0x88, "i64.shr_u"),
  I64_ROTL(0x89, "i64.rotl"), I64_ROTR(0x8A, "i64.rotr"),
  // f32 arithmetic
  F32_ABS(0x8B, "f32.abs"), F32_NEG(0x8C, "f32.neg"), F32_CEIL(0x8D, "f32.ceil"), F32_FLOOR(0x8E, "f32.floor"),
  F32_TRUNC(0x8F, "f32.trunc"), F32_NEAREST(0x90, "f32.nearest"), F32_SQRT(0x91, "f32.sqrt"),
  F32_ADD(0x92, "f32.add"), F32_SUB(0x93, "f32.sub"), F32_MUL(0x94, "f32.mul"), F32_DIV(0x95, "f32.div"),
  F32_MIN(0x96, "f32.min"), F32_MAX(0x97, "f32.max"), F32_COPYSIGN(0x98, "f32.copysign"),
  // f64 arithmetic
  F64_ABS(0x99, "f64.abs"), F64_NEG(0x9A, "f64.neg"), F64_CEIL(0x9B, "f64.ceil"), F64_FLOOR(0x9C, "f64.floor"),
  F64_TRUNC(0x9D, "f64.trunc"), F64_NEAREST(0x9E, "f64.nearest"), F64_SQRT(0x9F, "f64.sqrt"),
  F64_ADD(0xA0, "f64.add"), F64_SUB(0xA1, "f64.sub"), F64_MUL(0xA2, "f64.mul"), F64_DIV(0xA3, "f64.div"),
  F64_MIN(0xA4, "f64.min"), F64_MAX(0xA5, "f64.max"), F64_COPYSIGN(0xA6, "f64.copysign"),
  // conversions
  I32_WRAP_I64(0xA7, "i32.wrap_i64"), I64_EXTEND_I32_S(0xAC, "i64.extend_i32_s"),
  I64_EXTEND_I32_U(0xAD, "i64.extend_i32_u"),
  F32_CONVERT_I32_S(0xB2, "f32.convert_i32_s"), F32_CONVERT_I64_S(0xB4, "f32.convert_i64_s"),
  F32_DEMOTE_F64(0xB6, "f32.demote_f64"), F64_CONVERT_I32_S(0xB7, "f64.convert_i32_s"),
  F64_CONVERT_I64_S(0xB9, "f64.convert_i64_s"), F64_PROMOTE_F32(0xBB, "f64.promote_f32"),
  I32_REINTERPRET_F32(0xBC, "i32.reinterpret_f32"), I64_REINTERPRET_F64(0xBD, "i64.reinterpret_f64"),
  F32_REINTERPRET_I32(0xBE, "f32.reinterpret_i32"), F64_REINTERPRET_I64(0xBF, "f64.reinterpret_i64"),
  I32_EXTEND8_S(0xC0, "i32.extend8_s"), I32_EXTEND16_S(0xC1, "i32.extend16_s"),
  I32_TRUNC_SAT_F32_S(0xFC, 0, "i32.trunc_sat_f32_s"), I32_TRUNC_SAT_F64_S(0xFC, 2, "i32.trunc_sat_f64_s"),
  I64_TRUNC_SAT_F32_S(0xFC, 4, "i64.trunc_sat_f32_s"), I64_TRUNC_SAT_F64_S(0xFC, 6, "i64.trunc_sat_f64_s"),
  MEMORY_COPY(0xFC, 10, "memory.copy", Imm.TWO_ZERO_BYTES), MEMORY_FILL(0xFC, 11, "memory.fill", Imm.ZERO_BYTE),
  // references
  REF_NULL(0xD0, "ref.null", Imm.HEAP_TYPE), REF_IS_NULL(0xD1, "ref.is_null"), REF_FUNC(0xD2, "ref.func", Imm.FUNC),
  REF_EQ(0xD3, "ref.eq"), REF_AS_NON_NULL(0xD4, "ref.as_non_null"),
  BR_ON_NULL(0xD5, "br_on_null", Imm.LABEL), BR_ON_NON_NULL(0xD6, "br_on_non_null", Imm.LABEL),
  // GC
  STRUCT_NEW(0xFB, 0, "struct.new", Imm.TYPE), STRUCT_NEW_DEFAULT(0xFB, 1, "struct.new_default", Imm.TYPE),
  STRUCT_GET(0xFB, 2, "struct.get", Imm.FIELD), STRUCT_GET_S(0xFB, 3, "struct.get_s", Imm.FIELD),
  STRUCT_GET_U(0xFB, 4, "struct.get_u", Imm.FIELD), STRUCT_SET(0xFB, 5, "struct.set", Imm.FIELD),
  ARRAY_NEW(0xFB, 6, "array.new", Imm.TYPE), ARRAY_NEW_DEFAULT(0xFB, 7, "array.new_default", Imm.TYPE),
  ARRAY_NEW_FIXED(0xFB, 8, "array.new_fixed", Imm.TYPE_AND_COUNT),
  ARRAY_NEW_DATA(0xFB, 9, "array.new_data", Imm.TYPE_AND_DATA),
  ARRAY_GET(0xFB, 11, "array.get", Imm.TYPE), ARRAY_GET_S(0xFB, 12, "array.get_s", Imm.TYPE),
  ARRAY_GET_U(0xFB, 13, "array.get_u", Imm.TYPE), ARRAY_SET(0xFB, 14, "array.set", Imm.TYPE),
  ARRAY_LEN(0xFB, 15, "array.len"), ARRAY_FILL(0xFB, 16, "array.fill", Imm.TYPE),
  ARRAY_COPY(0xFB, 17, "array.copy", Imm.TWO_TYPES),
  REF_TEST(0xFB, 20, "ref.test", Imm.REF_TYPE), REF_CAST(0xFB, 22, "ref.cast", Imm.REF_TYPE),
  ANY_CONVERT_EXTERN(0xFB, 26, "any.convert_extern"), EXTERN_CONVERT_ANY(0xFB, 27, "extern.convert_any"),
  REF_I31(0xFB, 28, "ref.i31"), I31_GET_S(0xFB, 29, "i31.get_s");

  /** What follows the opcode in the binary. */
  public enum Imm {
    NONE, BLOCK_TYPE, LABEL, LABELS, FUNC, TYPE, FIELD, LOCAL, GLOBAL, TAG, I32, I64, F32, F64, MEM,
    HEAP_TYPE, REF_TYPE, TYPE_AND_COUNT, TYPE_AND_DATA, TWO_TYPES, ZERO_BYTE, TWO_ZERO_BYTES
  }

  public final int prefix;
  public final int code;
  public final String text;
  public final Imm imm;

  Op(int code, String text) {
    this(-1, code, text, Imm.NONE);
  }

  Op(int code, String text, Imm imm) {
    this(-1, code, text, imm);
  }

  Op(int prefix, int code, String text) {
    this(prefix, code, text, Imm.NONE);
  }

  Op(int prefix, int code, String text, Imm imm) {
    this.prefix = prefix;
    this.code = code;
    this.text = text;
    this.imm = imm;
  }
}
