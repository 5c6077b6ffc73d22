package org.cortado.lowering;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cortado.analysis.ClassHierarchy;
import org.cortado.analysis.Reachability;
import org.cortado.ir.Expr;
import org.cortado.wasm.HeapType;
import org.cortado.wasm.Module;
import org.cortado.wasm.NumType;
import org.cortado.wasm.RefType;
import org.cortado.wasm.StorageType;
import org.cortado.wasm.TypeDef;
import org.cortado.wasm.TypeDef.Field;
import org.cortado.wasm.ValType;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;

/**
 * The WasmGC object model (see docs/ARCHITECTURE.md): one struct type per class, subtyping along
 * the superclass chain; every object starts with its vtable and identity hash; arrays are structs
 * wrapping a Wasm array; vtables are structs of metadata plus function references, with per-class
 * subtypes adding slots; interfaces are dispatched through itables found at a per-interface slot.
 */
final class ObjectModel {
  static final String OBJECT = "java/lang/Object";
  static final String VTABLE_CLASS = "org/cortado/runtime/VTable";
  // Metadata fields of every vtable.
  static final int VT_CLASS = 0;
  static final int VT_NAME = 1;
  static final int VT_SIMPLE_NAME = 2;
  static final int VT_FLAGS = 3;
  static final int VT_SUPER = 4;
  static final int VT_COMPONENT = 5;
  static final int VT_ARRAY = 6;
  static final int VT_ITABLES = 7;
  static final int VT_ITABLE_SLOT = 8;
  static final int VT_CLONE = 9;
  static final int VT_ENUM_VALUES = 10;
  static final int VT_FIRST_SLOT = 11;
  // Fields of every object.
  static final int OBJ_VT = 0;
  static final int OBJ_HASH = 1;
  static final int ARRAY_DATA = 2;

  final Module module;
  final ClassHierarchy hierarchy;
  final Reachability reach;
  final TypeDef.Struct objectStruct;
  final TypeDef.Struct vtObject;
  final TypeDef.Struct itableBase;
  final TypeDef.Array itables;
  final TypeDef.Func cloneType;
  final TypeDef.Func enumValuesType;
  private final Map<String, TypeDef.Struct> structs = new HashMap<>();
  private final Map<String, TypeDef.Struct> vtables = new HashMap<>();
  private final Map<String, Map<String, Integer>> fieldIndex = new HashMap<>();
  private final Map<String, LinkedHashMap<String, Integer>> slots = new HashMap<>();
  private final Map<String, TypeDef.Struct> itableStructs = new LinkedHashMap<>();
  private final Map<String, LinkedHashMap<String, Integer>> itableSlots = new HashMap<>();
  private final Map<String, Integer> itableColor = new HashMap<>();
  private final Map<Character, TypeDef.Struct> arrayStructs = new HashMap<>();
  private final Map<Character, TypeDef.Array> arrayData = new HashMap<>();
  int itableCount;

  ObjectModel(Module module, ClassHierarchy hierarchy, Reachability reach) {
    this.module = module;
    this.hierarchy = hierarchy;
    this.reach = reach;
    objectStruct = module.addType(new TypeDef.Struct(OBJECT));
    vtObject = module.addType(new TypeDef.Struct("vt." + OBJECT));
    itableBase = module.addType(new TypeDef.Struct("itable"));
    itables = module.addType(new TypeDef.Array("itables", Field.of("it", RefType.nullable(itableBase), false)));
    RefType vtRef = RefType.nullable(vtObject);
    cloneType = module.funcType(List.of(RefType.nonNull(objectStruct)), List.of(RefType.nonNull(objectStruct)));
    enumValuesType = module.funcType(List.of(), List.of(RefType.nullable(arrayStruct('L'))));
    objectStruct.addField(Field.of("vt", RefType.nonNull(vtObject), false));
    objectStruct.addField(Field.of("hash", NumType.I32, true));
    vtObject.addField(Field.of("class", RefType.nullable(objectStruct), true));
    vtObject.addField(Field.of("name", NumType.I32, false));
    vtObject.addField(Field.of("simpleName", NumType.I32, false));
    vtObject.addField(Field.of("flags", NumType.I32, false));
    vtObject.addField(Field.of("super", vtRef, false));
    vtObject.addField(Field.of("component", vtRef, false));
    vtObject.addField(Field.of("arrayOf", vtRef, true));
    vtObject.addField(Field.of("itables", RefType.nonNull(itables), false));
    vtObject.addField(Field.of("itableSlot", NumType.I32, false));
    vtObject.addField(Field.of("clone", RefType.nullable(cloneType), false));
    vtObject.addField(Field.of("enumValues", RefType.nullable(enumValuesType), false));
    itableBase.addField(Field.of("iface", RefType.nonNull(vtObject), false));
    structs.put(OBJECT, objectStruct);
    vtables.put(OBJECT, vtObject);
    fieldIndex.put(OBJECT, new HashMap<>());
    slots.put(OBJECT, new LinkedHashMap<>());
    for (String sig : reach.virtualCalls.getOrDefault(OBJECT, java.util.Set.of())) {
      addSlot(OBJECT, vtObject, sig);
    }
    for (char k : "ZBCSIJFDL".toCharArray()) {
      arrayStruct(k);
    }
    colorInterfaces();
  }

  // ---------------------------------------------------------------- value types

  /** The Wasm type of a Java value type (locals, fields, parameters). */
  ValType wasmType(Type t) {
    return switch (t.getSort()) {
      case Type.BOOLEAN, Type.BYTE, Type.CHAR, Type.SHORT, Type.INT -> NumType.I32;
      case Type.LONG -> NumType.I64;
      case Type.FLOAT -> NumType.F32;
      case Type.DOUBLE -> NumType.F64;
      default -> refType(t);
    };
  }

  RefType refType(Type t) {
    return RefType.nullable(heapType(t));
  }

  /** The struct a reference of this Java type points to. */
  TypeDef.Struct heapType(Type t) {
    if (t.getSort() == Type.ARRAY) {
      return arrayStruct(arrayKind(t));
    }
    String name = t.getInternalName();
    if (t.equals(Expr.NULL_TYPE)) {
      return objectStruct;
    }
    if (name.equals(VTABLE_CLASS)) {
      return vtObject;
    }
    // JS classes are JSRef; a JS interface may also hold a Java object implementing it (a
    // @JSFunctor lambda), so it is a plain Object reference like any interface.
    if (org.cortado.interop.Jso.isJsType(hierarchy, name) && !hierarchy.isInterface(name)) {
      return jsRef();
    }
    if (hierarchy.find(name) == null || hierarchy.isInterface(name)) {
      return objectStruct;
    }
    return struct(name);
  }

  /** The element kind of an array type: a primitive descriptor char, or 'L' for references. */
  static char arrayKind(Type arrayType) {
    char c = arrayType.getDescriptor().charAt(1);
    return c == '[' ? 'L' : c;
  }

  TypeDef.Struct arrayStruct(char kind) {
    TypeDef.Struct s = arrayStructs.get(kind);
    if (s == null) {
      StorageType st = switch (kind) {
        case 'Z', 'B' -> StorageType.I8;
        case 'C', 'S' -> StorageType.I16;
        case 'I' -> StorageType.of(NumType.I32);
        case 'J' -> StorageType.of(NumType.I64);
        case 'F' -> StorageType.of(NumType.F32);
        case 'D' -> StorageType.of(NumType.F64);
        default -> StorageType.of(RefType.nullable(objectStruct));
      };
      TypeDef.Array data = module.addType(new TypeDef.Array("data." + kind, new Field("e", st, true)));
      s = module.addType(new TypeDef.Struct("array." + kind));
      s.superType = objectStruct;
      s.isFinal = true;
      s.addField(Field.of("vt", RefType.nonNull(vtObject), false));
      s.addField(Field.of("hash", NumType.I32, true));
      s.addField(Field.of("data", RefType.nonNull(data), false));
      arrayStructs.put(kind, s);
      arrayData.put(kind, data);
    }
    return s;
  }

  TypeDef.Array arrayData(char kind) {
    arrayStruct(kind);
    return arrayData.get(kind);
  }

  // ---------------------------------------------------------------- classes

  /**
   * The struct type of a class (not an interface). Types are created as empty handles first and
   * populated later (superclass first), because a field or method signature may refer to a class
   * whose own layout is still being computed.
   */
  TypeDef.Struct struct(String cls) {
    TypeDef.Struct s = structs.get(cls);
    if (s != null) {
      return s;
    }
    ClassNode cn = hierarchy.get(cls);
    String superName = cn.superName == null ? OBJECT : cn.superName;
    TypeDef.Struct sup = struct(superName);
    TypeDef.Struct vt = module.addType(new TypeDef.Struct("vt." + cls));
    vt.superType = superName.equals(OBJECT) ? vtObject : vtableHandle(superName);
    vtables.put(cls, vt);
    s = module.addType(new TypeDef.Struct(cls));
    s.superType = sup;
    s.isFinal = (cn.access & Opcodes.ACC_FINAL) != 0;
    structs.put(cls, s);
    return s;
  }

  /** The struct representing every JS value inside Wasm. */
  TypeDef.Struct jsRef() {
    return layout(org.cortado.interop.Jso.JS_REF);
  }

  /** Lays out a class's fields and vtable slots after its superclass's. */
  private void populate(String cls) {
    if (fieldIndex.containsKey(cls)) {
      return;
    }
    TypeDef.Struct s = struct(cls);
    ClassNode cn = hierarchy.get(cls);
    String superName = cn.superName == null ? OBJECT : cn.superName;
    populate(superName);
    TypeDef.Struct sup = structs.get(superName);
    TypeDef.Struct vt = vtables.get(cls);
    s.fields.addAll(sup.fields);
    s.fields.set(OBJ_VT, Field.of("vt", RefType.nonNull(vt), false));
    Map<String, Integer> fields = new HashMap<>(fieldIndex.get(superName));
    fieldIndex.put(cls, fields);
    for (FieldNode f : cn.fields) {
      if ((f.access & Opcodes.ACC_STATIC) == 0) {
        fields.put(f.name, s.addField(Field.of(f.name, wasmType(Type.getType(f.desc)), true)));
      }
    }
    if (cls.equals(org.cortado.interop.Jso.JS_REF)) {
      fields.put("js", s.addField(Field.of("js", RefType.EXTERNREF, false)));
    }
    vt.fields.addAll(vtables.get(superName).fields);
    LinkedHashMap<String, Integer> slotMap = new LinkedHashMap<>(slots.get(superName));
    slots.put(cls, slotMap);
    for (String sig : reach.virtualCalls.getOrDefault(cls, java.util.Set.of())) {
      if (!slotMap.containsKey(sig)) {
        addSlot(cls, vt, sig);
      }
    }
  }

  /** The struct type of a class with its layout complete. */
  TypeDef.Struct layout(String cls) {
    if (!cls.equals(OBJECT)) {
      populate(cls);
    }
    return struct(cls);
  }

  /** Completes every struct type created so far (before the module is written). */
  void populateAll() {
    // Populating a class can create structs for its field and method types: repeat until none are new.
    int populated = -1;
    while (populated != structs.size()) {
      populated = structs.size();
      for (String cls : new ArrayList<>(structs.keySet())) {
        populate(cls);
      }
    }
  }

  private void addSlot(String cls, TypeDef.Struct vt, String sig) {
    int idx = vt.addField(Field.of(sig, RefType.nonNull(methodType(sig, false)), false));
    slots.get(cls).put(sig, idx);
  }

  /** The vtable struct type of a class (its layout complete); Object's for interfaces. */
  TypeDef.Struct vtable(String cls) {
    if (!cls.equals(OBJECT) && !hierarchy.isInterface(cls)) {
      struct(cls);
      populate(cls);
    }
    TypeDef.Struct vt = vtables.get(cls);
    return vt == null ? vtObject : vt;
  }

  private TypeDef.Struct vtableHandle(String cls) {
    struct(cls);
    return vtables.get(cls);
  }

  /** The struct field index of an instance field, looked up from the class that declares it. */
  int fieldIndex(String cls, String name) {
    populate(cls);
    Integer i = fieldIndex.get(cls).get(name);
    if (i == null) {
      throw new IllegalStateException("no field " + cls + "." + name);
    }
    return i;
  }

  /** The vtable slot of a virtual method signature in class {@code cls}, or -1. */
  int slot(String cls, String sig) {
    populate(cls);
    return slots.get(cls).getOrDefault(sig, -1);
  }

  Map<String, Integer> slots(String cls) {
    populate(cls);
    return slots.get(cls);
  }

  /** The function type of a method: instance methods take their receiver as a plain Object. */
  TypeDef.Func methodType(String desc, boolean isStatic) {
    List<ValType> params = new ArrayList<>();
    if (!isStatic) {
      params.add(RefType.nullable(objectStruct));
    }
    int paren = desc.indexOf('(');
    String d = desc.substring(paren);
    for (Type t : Type.getArgumentTypes(d)) {
      params.add(wasmType(t));
    }
    Type ret = Type.getReturnType(d);
    List<ValType> results = ret.getSort() == Type.VOID ? List.of() : List.of(wasmType(ret));
    return module.funcType(params, results);
  }

  // ---------------------------------------------------------------- interfaces

  /** Interfaces share itable slots unless some class implements both (greedy coloring). */
  private void colorInterfaces() {
    List<String> itfs = new ArrayList<>();
    for (String t : reach.types) {
      if (!t.startsWith("[") && hierarchy.find(t) != null && hierarchy.isInterface(t)) {
        itfs.add(t);
      }
    }
    List<java.util.Set<String>> implemented = new ArrayList<>();
    for (String t : reach.types) {
      if (!t.startsWith("[") && hierarchy.find(t) != null && !hierarchy.isInterface(t)) {
        implemented.add(hierarchy.ancestors(t));
      }
    }
    java.util.Set<String> arrayItfs = java.util.Set.of("java/lang/Cloneable", "java/io/Serializable");
    implemented.add(arrayItfs);
    for (String itf : itfs) {
      java.util.Set<Integer> taken = new java.util.HashSet<>();
      for (java.util.Set<String> anc : implemented) {
        if (anc.contains(itf)) {
          for (String other : anc) {
            Integer c = itableColor.get(other);
            if (c != null) {
              taken.add(c);
            }
          }
        }
      }
      int color = 0;
      while (taken.contains(color)) {
        color++;
      }
      itableColor.put(itf, color);
      itableCount = Math.max(itableCount, color + 1);
    }
  }

  boolean hasItable(String itf) {
    return itableColor.containsKey(itf);
  }

  int itableColor(String itf) {
    Integer c = itableColor.get(itf);
    if (c == null) {
      throw new IllegalStateException("interface without itable slot: " + itf);
    }
    return c;
  }

  TypeDef.Struct itableStruct(String itf) {
    TypeDef.Struct s = itableStructs.get(itf);
    if (s == null) {
      s = module.addType(new TypeDef.Struct("itable." + itf));
      s.superType = itableBase;
      s.isFinal = true;
      s.fields.addAll(itableBase.fields);
      LinkedHashMap<String, Integer> map = new LinkedHashMap<>();
      for (String sig : reach.virtualCalls.getOrDefault(itf, java.util.Set.of())) {
        map.put(sig, s.addField(Field.of(sig, RefType.nonNull(methodType(sig, false)), false)));
      }
      itableSlots.put(itf, map);
      itableStructs.put(itf, s);
    }
    return s;
  }

  Map<String, Integer> itableSlots(String itf) {
    itableStruct(itf);
    return itableSlots.get(itf);
  }

}
