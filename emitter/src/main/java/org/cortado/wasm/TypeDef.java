package org.cortado.wasm;

import java.util.ArrayList;
import java.util.List;

/**
 * A type defined in the module's (single) recursion group. Types are referred to by object
 * identity; the writer assigns indices, placing every supertype before its subtypes.
 */
public abstract sealed class TypeDef implements HeapType permits TypeDef.Struct, TypeDef.Array, TypeDef.Func {
  public final String name;
  public TypeDef superType;
  public boolean isFinal;

  TypeDef(String name) {
    this.name = name;
  }

  @Override public String toString() {
    return "$" + name;
  }

  /** A struct type; fields may be appended until the module is written. */
  public static final class Struct extends TypeDef {
    public final List<Field> fields = new ArrayList<>();

    public Struct(String name) {
      super(name);
    }

    public int addField(Field f) {
      fields.add(f);
      return fields.size() - 1;
    }
  }

  /** An array type. */
  public static final class Array extends TypeDef {
    public final Field element;

    public Array(String name, Field element) {
      super(name);
      this.element = element;
    }
  }

  /** A function type. */
  public static final class Func extends TypeDef {
    public final List<ValType> params;
    public final List<ValType> results;

    public Func(String name, List<ValType> params, List<ValType> results) {
      super(name);
      this.params = List.copyOf(params);
      this.results = List.copyOf(results);
      this.isFinal = true;
    }
  }

  /** A struct field or array element. */
  public record Field(String name, StorageType type, boolean mutable) {
    public static Field of(String name, ValType t, boolean mutable) {
      return new Field(name, StorageType.of(t), mutable);
    }
  }
}
