package org.cortado.wasm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A whole Wasm module. Everything is referenced by object; the writer assigns indices. */
public final class Module {
  public final List<TypeDef> types = new ArrayList<>();
  public final List<Function> functions = new ArrayList<>();
  public final List<Global> globals = new ArrayList<>();
  public final List<Tag> tags = new ArrayList<>();
  public final List<DataSegment> data = new ArrayList<>();
  /** Export name to Function, Global or Tag. */
  public final Map<String, Object> exports = new LinkedHashMap<>();
  /** Minimum pages of the single memory, or -1 for no memory. */
  public int memoryPages = -1;
  public String memoryExport;
  public Function start;
  private final Map<String, TypeDef.Func> funcTypes = new LinkedHashMap<>();

  public <T extends TypeDef> T addType(T t) {
    types.add(t);
    return t;
  }

  public Function addFunction(Function f) {
    functions.add(f);
    return f;
  }

  public Global addGlobal(Global g) {
    globals.add(g);
    return g;
  }

  /** A canonical function type for a signature (one per distinct signature). */
  public TypeDef.Func funcType(List<ValType> params, List<ValType> results) {
    String key = params + "->" + results;
    return funcTypes.computeIfAbsent(key, k -> addType(new TypeDef.Func("ft" + funcTypes.size(), params, results)));
  }
}
