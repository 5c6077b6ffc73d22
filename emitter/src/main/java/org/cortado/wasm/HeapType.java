package org.cortado.wasm;

/** A heap type: one of the abstract heap types or a type defined in the module. */
public sealed interface HeapType permits HeapType.Abstract, TypeDef {

  /** The abstract heap types of the GC proposal. */
  enum Abstract implements HeapType {
    FUNC(0x70), EXTERN(0x6F), ANY(0x6E), EQ(0x6D), I31(0x6C), STRUCT(0x6B), ARRAY(0x6A),
    NONE(0x71), NOEXTERN(0x72), NOFUNC(0x73);

    final int code;

    Abstract(int code) {
      this.code = code;
    }

    @Override public String toString() {
      return name().toLowerCase();
    }
  }
}
