package org.cortado.wasm;

/** The type of a struct field or array element: a value type or a packed i8/i16. */
public record StorageType(ValType val, int packedBits) {
  public static final StorageType I8 = new StorageType(null, 8);
  public static final StorageType I16 = new StorageType(null, 16);

  public static StorageType of(ValType t) {
    return new StorageType(t, 0);
  }

  public boolean packed() {
    return val == null;
  }

  /** The type a struct.get / array.get leaves on the stack. */
  public ValType unpacked() {
    return val == null ? NumType.I32 : val;
  }

  @Override public String toString() {
    return val == null ? "i" + packedBits : val.toString();
  }
}
