package org.cortado.wasm;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a {@link Module} in the Wasm binary format. Sections follow the spec's order; every
 * section is built in a scratch buffer so its size can be written before it.
 */
public final class BinaryWriter {
  private final Module module;
  private final Map<TypeDef, Integer> typeIndex = new IdentityHashMap<>();
  private final Map<Function, Integer> funcIndex = new IdentityHashMap<>();
  private final Map<Global, Integer> globalIndex = new IdentityHashMap<>();
  private final Map<Tag, Integer> tagIndex = new IdentityHashMap<>();
  private final Map<DataSegment, Integer> dataIndex = new IdentityHashMap<>();
  private final List<TypeDef> typeOrder = new ArrayList<>();
  private final List<Function> imports = new ArrayList<>();
  private final List<Function> defined = new ArrayList<>();
  private final boolean withNames;

  private BinaryWriter(Module module, boolean withNames) {
    this.module = module;
    this.withNames = withNames;
  }

  public static byte[] write(Module module, boolean withNames) {
    return new BinaryWriter(module, withNames).write();
  }

  private byte[] write() {
    assignIndices();
    Buf out = new Buf();
    out.bytes(0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00);
    section(out, 1, this::writeTypes);
    section(out, 2, this::writeImports);
    section(out, 3, this::writeFunctionDecls);
    if (module.memoryPages >= 0) {
      section(out, 5, b -> b.u32(1).u8(0x00).u32(module.memoryPages));
    }
    if (!module.tags.isEmpty()) {
      section(out, 13, this::writeTags);
    }
    if (!module.globals.isEmpty()) {
      section(out, 6, this::writeGlobals);
    }
    section(out, 7, this::writeExports);
    if (module.start != null) {
      section(out, 8, b -> b.u32(funcIndex.get(module.start)));
    }
    writeDeclaredFunctions(out);
    if (!module.data.isEmpty()) {
      section(out, 12, b -> b.u32(module.data.size()));
    }
    section(out, 10, this::writeCode);
    if (!module.data.isEmpty()) {
      section(out, 11, this::writeData);
    }
    if (withNames) {
      writeNames(out);
    }
    return out.toByteArray();
  }

  private void assignIndices() {
    Set<TypeDef> visiting = new LinkedHashSet<>();
    for (TypeDef t : module.types) {
      placeType(t, visiting);
    }
    for (Function f : module.functions) {
      (f.isImport() ? imports : defined).add(f);
      placeType(f.type, visiting);
    }
    for (Function f : imports) {
      funcIndex.put(f, funcIndex.size());
    }
    for (Function f : defined) {
      funcIndex.put(f, funcIndex.size());
    }
    for (Global g : module.globals) {
      globalIndex.put(g, globalIndex.size());
    }
    for (Tag t : module.tags) {
      tagIndex.put(t, tagIndex.size());
    }
    for (DataSegment d : module.data) {
      dataIndex.put(d, dataIndex.size());
    }
  }

  /** Supertypes must have smaller indices than their subtypes. */
  private void placeType(TypeDef t, Set<TypeDef> visiting) {
    if (typeIndex.containsKey(t)) {
      return;
    }
    if (!visiting.add(t)) {
      throw new IllegalStateException("cyclic supertype chain at " + t);
    }
    if (t.superType != null) {
      placeType(t.superType, visiting);
    }
    typeIndex.put(t, typeOrder.size());
    typeOrder.add(t);
  }

  private void writeTypes(Buf b) {
    // One recursion group holds every type, so types may refer to each other freely.
    b.u32(1).u8(0x4E).u32(typeOrder.size());
    for (TypeDef t : typeOrder) {
      if (t.superType != null || !t.isFinal) {
        b.u8(t.isFinal ? 0x4F : 0x50);
        if (t.superType != null) {
          b.u32(1).u32(typeIndex.get(t.superType));
        } else {
          b.u32(0);
        }
      }
      if (t instanceof TypeDef.Func f) {
        b.u8(0x60).u32(f.params.size());
        f.params.forEach(p -> valType(b, p));
        b.u32(f.results.size());
        f.results.forEach(r -> valType(b, r));
      } else if (t instanceof TypeDef.Struct s) {
        b.u8(0x5F).u32(s.fields.size());
        s.fields.forEach(fl -> field(b, fl));
      } else if (t instanceof TypeDef.Array a) {
        b.u8(0x5E);
        field(b, a.element);
      }
    }
  }

  private void field(Buf b, TypeDef.Field f) {
    StorageType st = f.type();
    if (st.packed()) {
      b.u8(st.packedBits() == 8 ? 0x78 : 0x77);
    } else {
      valType(b, st.val());
    }
    b.u8(f.mutable() ? 1 : 0);
  }

  private void valType(Buf b, ValType t) {
    if (t instanceof NumType n) {
      b.u8(n.code);
    } else {
      RefType r = (RefType) t;
      if (r.nullable() && r.heap() instanceof HeapType.Abstract a) {
        b.u8(a.code);
      } else {
        b.u8(r.nullable() ? 0x63 : 0x64);
        heapType(b, r.heap());
      }
    }
  }

  private void heapType(Buf b, HeapType h) {
    if (h instanceof HeapType.Abstract a) {
      b.u8(a.code);
    } else {
      Integer idx = typeIndex.get((TypeDef) h);
      if (idx == null) {
        throw new IllegalStateException("type not in module: " + h);
      }
      b.s64(idx);
    }
  }

  private void writeImports(Buf b) {
    b.u32(imports.size());
    for (Function f : imports) {
      b.name(f.importModule).name(f.importName).u8(0x00).u32(typeIndex.get(f.type));
    }
  }

  private void writeFunctionDecls(Buf b) {
    b.u32(defined.size());
    for (Function f : defined) {
      b.u32(typeIndex.get(f.type));
    }
  }

  private void writeTags(Buf b) {
    b.u32(module.tags.size());
    for (Tag t : module.tags) {
      placeTypeChecked(t.type);
      b.u8(0x00).u32(typeIndex.get(t.type));
    }
  }

  private void placeTypeChecked(TypeDef t) {
    if (!typeIndex.containsKey(t)) {
      throw new IllegalStateException("type not registered in module: " + t);
    }
  }

  private void writeGlobals(Buf b) {
    b.u32(module.globals.size());
    for (Global g : module.globals) {
      valType(b, g.type);
      b.u8(g.mutable ? 1 : 0);
      writeInsns(b, g.init);
      b.u8(0x0B);
    }
  }

  private void writeExports(Buf b) {
    int count = module.exports.size() + (module.memoryExport != null ? 1 : 0);
    b.u32(count);
    for (Map.Entry<String, Object> e : module.exports.entrySet()) {
      b.name(e.getKey());
      Object v = e.getValue();
      if (v instanceof Function f) {
        b.u8(0x00).u32(funcIndex.get(f));
      } else if (v instanceof Global g) {
        b.u8(0x03).u32(globalIndex.get(g));
      } else if (v instanceof Tag t) {
        b.u8(0x04).u32(tagIndex.get(t));
      } else {
        throw new IllegalStateException("cannot export " + v);
      }
    }
    if (module.memoryExport != null) {
      b.name(module.memoryExport).u8(0x02).u32(0);
    }
  }

  /** Functions used by ref.func must be declared by an element segment. */
  private void writeDeclaredFunctions(Buf out) {
    Set<Function> refs = new LinkedHashSet<>();
    for (Function f : defined) {
      collectRefFuncs(f.body, refs);
    }
    for (Global g : module.globals) {
      collectRefFuncs(g.init, refs);
    }
    if (refs.isEmpty()) {
      return;
    }
    section(out, 9, b -> {
      b.u32(1).u8(0x03).u8(0x00).u32(refs.size());
      refs.forEach(f -> b.u32(funcIndex.get(f)));
    });
  }

  private static void collectRefFuncs(Code c, Set<Function> into) {
    for (Insn i : c.insns) {
      if (i.op == Op.REF_FUNC) {
        into.add((Function) i.ref);
      }
    }
  }

  private void writeCode(Buf b) {
    b.u32(defined.size());
    Buf body = new Buf();
    for (Function f : defined) {
      body.reset();
      // Run-length encode the locals.
      List<int[]> runs = new ArrayList<>();
      List<ValType> runTypes = new ArrayList<>();
      for (ValType t : f.locals) {
        if (!runTypes.isEmpty() && runTypes.get(runTypes.size() - 1).equals(t)) {
          runs.get(runs.size() - 1)[0]++;
        } else {
          runs.add(new int[] {1});
          runTypes.add(t);
        }
      }
      body.u32(runs.size());
      for (int i = 0; i < runs.size(); i++) {
        body.u32(runs.get(i)[0]);
        valType(body, runTypes.get(i));
      }
      writeInsns(body, f.body);
      body.u8(0x0B);
      b.u32(body.size()).append(body);
    }
  }

  private void writeInsns(Buf b, Code code) {
    for (Insn i : code.insns) {
      Op op = i.op;
      if (op.prefix >= 0) {
        // ref.test/ref.cast: the next sub-opcode selects the nullable form.
        boolean nullableForm = op.imm == Op.Imm.REF_TYPE && ((RefType) i.ref).nullable();
        b.u8(op.prefix).u32(op.code + (nullableForm ? 1 : 0));
      } else {
        b.u8(op.code);
      }
      switch (op.imm) {
        case NONE -> { }
        case BLOCK_TYPE -> {
          if (i.ref == null) {
            b.u8(0x40);
          } else if (i.ref instanceof TypeDef.Func f) {
            b.s64(typeIndex.get(f));
          } else {
            valType(b, (ValType) i.ref);
          }
        }
        case LABEL, LOCAL -> b.u32((int) i.n);
        case LABELS -> {
          b.u32(i.labels.length);
          for (int l : i.labels) {
            b.u32(l);
          }
          b.u32((int) i.n);
        }
        case FUNC -> {
          Integer idx = funcIndex.get((Function) i.ref);
          if (idx == null) {
            throw new IllegalStateException("function not in module: " + i.ref);
          }
          b.u32(idx);
        }
        case TYPE -> b.u32(typeIndex.get((TypeDef) i.ref));
        case FIELD -> b.u32(typeIndex.get((TypeDef) i.ref)).u32((int) i.n);
        case GLOBAL -> b.u32(globalIndex.get((Global) i.ref));
        case TAG -> b.u32(tagIndex.get((Tag) i.ref));
        case I32 -> b.s64((int) i.n);
        case I64 -> b.s64(i.n);
        case F32 -> b.le((int) i.n, 4);
        case F64 -> b.le(i.n, 8);
        case MEM -> b.u32(alignment(op)).u32((int) i.n);
        case HEAP_TYPE -> heapType(b, (HeapType) i.ref);
        case REF_TYPE -> heapType(b, ((RefType) i.ref).heap());
        case TYPE_AND_COUNT -> b.u32(typeIndex.get((TypeDef) i.ref)).u32((int) i.n);
        case TYPE_AND_DATA -> b.u32(typeIndex.get((TypeDef) i.ref)).u32(dataIndex.get(module.data.get((int) i.n)));
        case TWO_TYPES -> b.u32(typeIndex.get((TypeDef) i.ref)).u32(typeIndex.get((TypeDef) i.ref));
        case ZERO_BYTE -> b.u8(0);
        case TWO_ZERO_BYTES -> b.u8(0).u8(0);
      }
    }
  }

  private static int alignment(Op op) {
    return switch (op) {
      case I32_LOAD8_S, I32_LOAD8_U, I32_STORE8 -> 0;
      case I32_LOAD16_S, I32_LOAD16_U, I32_STORE16 -> 1;
      case I32_LOAD, F32_LOAD, I32_STORE, F32_STORE -> 2;
      default -> 3;
    };
  }

  private void writeData(Buf b) {
    b.u32(module.data.size());
    for (DataSegment d : module.data) {
      b.u8(0x01).u32(d.bytes.length).bytes(d.bytes);
    }
  }

  /** The "name" custom section: function, local-free; makes engine stack traces readable. */
  private void writeNames(Buf out) {
    Buf content = new Buf();
    content.name("name");
    Buf funcs = new Buf();
    funcs.u32(funcIndex.size());
    List<Function> all = new ArrayList<>(imports);
    all.addAll(defined);
    for (Function f : all) {
      funcs.u32(funcIndex.get(f)).name(f.name);
    }
    content.u8(1).u32(funcs.size()).append(funcs);
    Buf types = new Buf();
    types.u32(typeOrder.size());
    for (TypeDef t : typeOrder) {
      types.u32(typeIndex.get(t)).name(t.name);
    }
    content.u8(4).u32(types.size()).append(types);
    out.u8(0).u32(content.size()).append(content);
  }

  private interface SectionBody {
    void write(Buf b);
  }

  private static void section(Buf out, int id, SectionBody body) {
    Buf b = new Buf();
    body.write(b);
    out.u8(id).u32(b.size()).append(b);
  }

  /** A growable byte buffer with LEB128 helpers. */
  static final class Buf {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    Buf u8(int v) {
      out.write(v);
      return this;
    }

    Buf bytes(int... vs) {
      for (int v : vs) {
        out.write(v);
      }
      return this;
    }

    Buf bytes(byte[] vs) {
      out.write(vs, 0, vs.length);
      return this;
    }

    /** Unsigned LEB128. */
    Buf u32(long v) {
      do {
        int b = (int) (v & 0x7F);
        v >>>= 7;
        out.write(v != 0 ? b | 0x80 : b);
      } while (v != 0);
      return this;
    }

    /** Signed LEB128 (also used for s33 type indices). */
    Buf s64(long v) {
      boolean more = true;
      while (more) {
        int b = (int) (v & 0x7F);
        v >>= 7;
        if ((v == 0 && (b & 0x40) == 0) || (v == -1 && (b & 0x40) != 0)) {
          more = false;
        } else {
          b |= 0x80;
        }
        out.write(b);
      }
      return this;
    }

    Buf le(long v, int n) {
      for (int i = 0; i < n; i++) {
        out.write((int) (v >>> (8 * i)) & 0xFF);
      }
      return this;
    }

    Buf name(String s) {
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      u32(b.length);
      return bytes(b);
    }

    Buf append(Buf other) {
      try {
        other.out.writeTo(out);
      } catch (java.io.IOException e) {
        throw new AssertionError(e);
      }
      return this;
    }

    int size() {
      return out.size();
    }

    void reset() {
      out.reset();
    }

    byte[] toByteArray() {
      return out.toByteArray();
    }
  }
}
