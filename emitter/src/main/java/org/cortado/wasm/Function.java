package org.cortado.wasm;

import java.util.ArrayList;
import java.util.List;

/** A function: imported (module/name set, no body) or defined (locals and body). */
public final class Function {
  public final String name;
  public final TypeDef.Func type;
  public final String importModule;
  public final String importName;
  public final List<ValType> locals = new ArrayList<>();
  public Code body = new Code();
  /** Whether a ref.func refers to this function (needs an elem declaration). */
  boolean referenced;

  public Function(String name, TypeDef.Func type) {
    this(name, type, null, null);
  }

  public Function(String name, TypeDef.Func type, String importModule, String importName) {
    this.name = name;
    this.type = type;
    this.importModule = importModule;
    this.importName = importName;
  }

  public boolean isImport() {
    return importModule != null;
  }

  /** Adds a local and returns its index (parameters come first). */
  public int addLocal(ValType t) {
    locals.add(t);
    return type.params.size() + locals.size() - 1;
  }

  @Override public String toString() {
    return "$" + name;
  }
}
