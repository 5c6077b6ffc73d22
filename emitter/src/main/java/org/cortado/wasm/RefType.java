package org.cortado.wasm;

/** A reference type: a heap type, nullable or not. */
public record RefType(boolean nullable, HeapType heap) implements ValType {
  public static final RefType ANYREF = new RefType(true, HeapType.Abstract.ANY);
  public static final RefType EQREF = new RefType(true, HeapType.Abstract.EQ);
  public static final RefType EXTERNREF = new RefType(true, HeapType.Abstract.EXTERN);
  public static final RefType FUNCREF = new RefType(true, HeapType.Abstract.FUNC);

  public static RefType nullable(HeapType heap) {
    return new RefType(true, heap);
  }

  public static RefType nonNull(HeapType heap) {
    return new RefType(false, heap);
  }

  public RefType asNonNull() {
    return nullable ? new RefType(false, heap) : this;
  }

  @Override public boolean defaultable() {
    return nullable;
  }

  @Override public String toString() {
    return "(ref " + (nullable ? "null " : "") + heap + ")";
  }
}
