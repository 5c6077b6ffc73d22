package org.cortado.wasm;

/** A global: defined with a constant initialiser, or imported. */
public final class Global {
  public final String name;
  public final ValType type;
  public final boolean mutable;
  public Code init;
  public final String importModule;
  public final String importName;

  public Global(String name, ValType type, boolean mutable, Code init) {
    this.name = name;
    this.type = type;
    this.mutable = mutable;
    this.init = init;
    this.importModule = null;
    this.importName = null;
  }

  @Override public String toString() {
    return "$" + name;
  }
}
