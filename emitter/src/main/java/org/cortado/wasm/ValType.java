package org.cortado.wasm;

/** A Wasm value type: a number type or a reference type. */
public sealed interface ValType permits NumType, RefType {
  /** Whether a local of this type needs no initialiser (numbers and nullable refs). */
  boolean defaultable();
}
