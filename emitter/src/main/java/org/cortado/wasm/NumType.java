package org.cortado.wasm;

/** The four Wasm number types (SIMD is not used). */
public enum NumType implements ValType {
  I32(0x7F, "i32"), I64(0x7E, "i64"), F32(0x7D, "f32"), F64(0x7C, "f64");

  final int code;
  final String text;

  NumType(int code, String text) {
    this.code = code;
    this.text = text;
  }

  @Override public boolean defaultable() {
    return true;
  }

  @Override public String toString() {
    return text;
  }
}
