package org.cortado.wasm;

/** An exception tag (legacy exception handling). */
public final class Tag {
  public final String name;
  public final TypeDef.Func type;

  public Tag(String name, TypeDef.Func type) {
    this.name = name;
    this.type = type;
  }

  @Override public String toString() {
    return "$" + name;
  }
}
