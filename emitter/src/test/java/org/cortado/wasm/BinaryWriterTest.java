package org.cortado.wasm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cortado.testing.NodeTools;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The binary encoding: exact bytes for tiny modules, computed by hand from the spec (core 3.0 +
 * GC + legacy exception handling), and validation of larger modules by V8 and Binaryen.
 */
class BinaryWriterTest {
  private static final byte[] PREAMBLE = bytes(0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00);

  @TempDir Path tmp;

  // ---------------------------------------------------------------- LEB128

  @ParameterizedTest(name = "u32({0}) = {1}")
  @CsvSource({
      "0, 00",
      "63, 3F",
      "64, 40",
      "127, 7F",
      "128, 80 01",
      "16383, FF 7F",
      "16384, 80 80 01",
      "2147483647, FF FF FF FF 07",
      "2147483648, 80 80 80 80 08",
      "4294967295, FF FF FF FF 0F",
  })
  void testU32_boundaries(long value, String expected) {
    BinaryWriter.Buf buf = new BinaryWriter.Buf();

    buf.u32(value);

    assertEquals(expected, hex(buf.toByteArray()));
  }

  @ParameterizedTest(name = "s64({0}) = {1}")
  @CsvSource({
      "0, 00",
      "1, 01",
      "63, 3F",
      "64, C0 00",
      "127, FF 00",
      "128, 80 01",
      "-1, 7F",
      "-64, 40",
      "-65, BF 7F",
      "-128, 80 7F",
      "-129, FF 7E",
      "2147483647, FF FF FF FF 07",
      "-2147483648, 80 80 80 80 78",
      "9223372036854775807, FF FF FF FF FF FF FF FF FF 00",
      "-9223372036854775808, 80 80 80 80 80 80 80 80 80 7F",
  })
  void testS64_boundaries(long value, String expected) {
    BinaryWriter.Buf buf = new BinaryWriter.Buf();

    buf.s64(value);

    assertEquals(expected, hex(buf.toByteArray()));
  }

  @Test
  void testName_utf8LengthPrefixed() {
    BinaryWriter.Buf buf = new BinaryWriter.Buf();

    buf.name("é$");

    assertEquals("03 C3 A9 24", hex(buf.toByteArray()));
  }

  @ParameterizedTest(name = "i32.const {0}")
  @CsvSource({
      "0, 41 00",
      "63, 41 3F",
      "64, 41 C0 00",
      "-1, 41 7F",
      "-64, 41 40",
      "-65, 41 BF 7F",
      "2147483647, 41 FF FF FF FF 07",
      "-2147483648, 41 80 80 80 80 78",
  })
  void testWrite_i32Const_signedLeb(int value, String expected) {
    Code body = new Code().i32(value).op(Op.DROP);

    byte[] code = onlyFunctionBody(body);

    assertEquals("00 " + expected + " 1A 0B", hex(code));
  }

  @ParameterizedTest(name = "i64.const {0}")
  @CsvSource({
      "0, 42 00",
      "-65, 42 BF 7F",
      "2147483648, 42 80 80 80 80 08",
      "9223372036854775807, 42 FF FF FF FF FF FF FF FF FF 00",
      "-9223372036854775808, 42 80 80 80 80 80 80 80 80 80 7F",
  })
  void testWrite_i64Const_signedLeb(long value, String expected) {
    Code body = new Code().i64(value).op(Op.DROP);

    byte[] code = onlyFunctionBody(body);

    assertEquals("00 " + expected + " 1A 0B", hex(code));
  }

  @Test
  void testWrite_floatConsts_littleEndianIeee() {
    Code body = new Code().f32(1.0f).op(Op.DROP).f64(-2.0).op(Op.DROP).f32(Float.NaN).op(Op.DROP);

    byte[] code = onlyFunctionBody(body);

    assertEquals("00 43 00 00 80 3F 1A 44 00 00 00 00 00 00 00 C0 1A 43 00 00 C0 7F 1A 0B", hex(code));
  }

  // ---------------------------------------------------------------- whole modules

  @Test
  void testWrite_emptyModule() {
    Module m = new Module();

    byte[] wasm = BinaryWriter.write(m, false);

    assertEquals(hex(PREAMBLE)
        + " 01 03 01 4E 00" // types: one (empty) rec group
        + " 02 01 00" // imports
        + " 03 01 00" // functions
        + " 07 01 00" // exports
        + " 0A 01 00", // code
        hex(wasm));
  }

  @Test
  void testWrite_exportedConstFunction() {
    Module m = new Module();
    Function f = m.addFunction(new Function("f", m.funcType(List.of(), List.of(NumType.I32))));
    f.body.i32(42);
    m.exports.put("f", f);

    byte[] wasm = BinaryWriter.write(m, false);

    assertEquals(hex(PREAMBLE)
        + " 01 07 01 4E 01 60 00 01 7F"
        + " 02 01 00"
        + " 03 02 01 00"
        + " 07 05 01 01 66 00 00"
        + " 0A 06 01 04 00 41 2A 0B",
        hex(wasm));
  }

  @Test
  void testWrite_allSectionKinds_exactBytesInSpecOrder() {
    Module m = new Module();
    TypeDef.Func voidType = m.funcType(List.of(), List.of());
    TypeDef.Func intToVoid = m.funcType(List.of(NumType.I32), List.of());
    m.addFunction(new Function("log", intToVoid, "env", "log"));
    Function f = m.addFunction(new Function("f", voidType));
    f.body.add(Op.REF_FUNC, f, 0).op(Op.DROP);
    Global g = m.addGlobal(new Global("g", NumType.I32, true, new Code().i32(7)));
    m.addGlobal(new Global("h", RefType.FUNCREF, false, new Code().add(Op.REF_FUNC, f, 0)));
    Tag t = new Tag("t", intToVoid);
    m.tags.add(t);
    m.data.add(new DataSegment("d", new byte[] {1, 2, 3}));
    m.exports.put("f", f);
    m.exports.put("g", g);
    m.exports.put("t", t);
    m.memoryPages = 1;
    m.memoryExport = "mem";
    m.start = f;

    byte[] wasm = BinaryWriter.write(m, false);

    assertEquals(hex(PREAMBLE)
        + " 01 0A 01 4E 02 60 00 00 60 01 7F 00" // type: rec group of () -> () and (i32) -> ()
        + " 02 0B 01 03 65 6E 76 03 6C 6F 67 00 01" // import: "env" "log" func type 1
        + " 03 02 01 00" // function: f has type 0
        + " 05 03 01 00 01" // memory: min 1 page, no max
        + " 0D 03 01 00 01" // tag: exception, type 1
        + " 06 0B 02 7F 01 41 07 0B 70 00 D2 01 0B" // global: mut i32 = 7; funcref = ref.func f
        + " 07 13 04 01 66 00 01 01 67 03 00 01 74 04 00 03 6D 65 6D 02 00" // export: f, g, t, mem
        + " 08 01 01" // start: f (index 1, after the import)
        + " 09 05 01 03 00 01 01" // element: declarative, elemkind funcref, [f]
        + " 0C 01 01" // data count
        + " 0A 07 01 05 00 D2 01 1A 0B" // code
        + " 0B 06 01 01 03 01 02 03", // data: passive, 3 bytes
        hex(wasm));
  }

  @Test
  void testWrite_sectionsSizedExactlyAndOrdered() {
    Module m = validatedKitchenSink();

    byte[] wasm = BinaryWriter.write(m, true);

    List<int[]> sections = sections(wasm);
    List<Integer> ids = new ArrayList<>();
    sections.forEach(s -> ids.add(s[0]));
    assertEquals(List.of(1, 2, 3, 5, 13, 6, 7, 8, 9, 12, 10, 11, 0), ids);
  }

  @Test
  void testWrite_withNames_appendsNameSectionOnly() {
    Module m = validatedKitchenSink();

    byte[] plain = BinaryWriter.write(m, false);
    byte[] named = BinaryWriter.write(m, true);

    assertTrue(named.length > plain.length);
    assertArrayEquals(plain, java.util.Arrays.copyOf(named, plain.length));
    int[] last = sections(named).get(sections(named).size() - 1);
    assertEquals(0, last[0]);
    assertEquals("04 6E 61 6D 65", hex(java.util.Arrays.copyOfRange(named, last[1], last[1] + 5)));
  }

  // ---------------------------------------------------------------- types

  @Test
  void testWrite_subtypeDeclaredFirst_supertypeGetsLowerIndex() {
    Module m = new Module();
    TypeDef.Struct sub = new TypeDef.Struct("Sub");
    TypeDef.Struct base = new TypeDef.Struct("Base");
    sub.superType = base;
    sub.isFinal = true;
    base.addField(TypeDef.Field.of("a", NumType.I32, true));
    sub.addField(TypeDef.Field.of("a", NumType.I32, true));
    sub.addField(new TypeDef.Field("b", StorageType.I8, false));
    m.addType(sub);
    m.addType(base);

    byte[] types = sectionBody(BinaryWriter.write(m, false), 1);

    assertEquals("01 4E 02"
        + " 50 00 5F 01 7F 01" // Base: (sub (struct (field (mut i32))))
        + " 4F 01 00 5F 02 7F 01 78 00", // Sub: (sub final $Base (struct (field (mut i32)) (field i8)))
        hex(types));
  }

  @Test
  void testWrite_threeLevelChainInReverse_orderedRootFirst() {
    Module m = new Module();
    TypeDef.Struct a = new TypeDef.Struct("A");
    TypeDef.Struct b = new TypeDef.Struct("B");
    TypeDef.Struct c = new TypeDef.Struct("C");
    b.superType = a;
    c.superType = b;
    a.addField(TypeDef.Field.of("x", NumType.I64, false));
    b.addField(TypeDef.Field.of("x", NumType.I64, false));
    b.addField(TypeDef.Field.of("y", NumType.F32, false));
    c.addField(TypeDef.Field.of("x", NumType.I64, false));
    c.addField(TypeDef.Field.of("y", NumType.F32, false));
    c.addField(TypeDef.Field.of("z", NumType.F64, false));
    m.addType(c);
    m.addType(b);
    m.addType(a);

    byte[] types = sectionBody(BinaryWriter.write(m, false), 1);

    assertEquals("01 4E 03"
        + " 50 00 5F 01 7E 00"
        + " 50 01 00 5F 02 7E 00 7D 00"
        + " 50 01 01 5F 03 7E 00 7D 00 7C 00",
        hex(types));
  }

  @Test
  void testWrite_cyclicSupertypes_rejected() {
    Module m = new Module();
    TypeDef.Struct a = m.addType(new TypeDef.Struct("A"));
    TypeDef.Struct b = m.addType(new TypeDef.Struct("B"));
    a.superType = b;
    b.superType = a;

    IllegalStateException e = assertThrows(IllegalStateException.class, () -> BinaryWriter.write(m, false));

    assertTrue(e.getMessage().contains("cyclic supertype chain"), e.getMessage());
  }

  @Test
  void testWrite_valueAndHeapTypes_shorthandOnlyForNullableAbstract() {
    Module m = new Module();
    TypeDef.Struct s = m.addType(new TypeDef.Struct("S"));
    ValType[] fieldTypes = {
        NumType.I32, NumType.I64, NumType.F32, NumType.F64,
        RefType.ANYREF, RefType.nonNull(HeapType.Abstract.ANY), RefType.EQREF, RefType.FUNCREF, RefType.EXTERNREF,
        RefType.nullable(HeapType.Abstract.I31), RefType.nullable(HeapType.Abstract.STRUCT),
        RefType.nullable(HeapType.Abstract.ARRAY), RefType.nullable(HeapType.Abstract.NONE),
        RefType.nullable(HeapType.Abstract.NOEXTERN), RefType.nullable(HeapType.Abstract.NOFUNC),
        RefType.nonNull(HeapType.Abstract.STRUCT), RefType.nullable(s), RefType.nonNull(s),
    };
    for (ValType t : fieldTypes) {
      s.addField(TypeDef.Field.of("f", t, false));
    }
    s.addField(new TypeDef.Field("p8", StorageType.I8, true));
    s.addField(new TypeDef.Field("p16", StorageType.I16, true));

    byte[] types = sectionBody(BinaryWriter.write(m, false), 1);

    assertEquals("01 4E 01 50 00 5F 14"
        + " 7F 00 7E 00 7D 00 7C 00"
        + " 6E 00 64 6E 00 6D 00 70 00 6F 00"
        + " 6C 00 6B 00 6A 00 71 00 72 00 73 00"
        + " 64 6B 00 63 00 00 64 00 00"
        + " 78 01 77 01",
        hex(types));
  }

  @Test
  void testWrite_funcAndArrayTypes_subAndSubFinalForms() {
    Module m = new Module();
    TypeDef.Array bytes = m.addType(new TypeDef.Array("bytes", new TypeDef.Field("e", StorageType.I8, true)));
    TypeDef.Array frozen = m.addType(new TypeDef.Array("frozen", new TypeDef.Field("e", StorageType.I16, false)));
    frozen.isFinal = true;
    TypeDef.Func plain = m.addType(new TypeDef.Func("plain", List.of(NumType.I32, RefType.nullable(bytes)),
        List.of(NumType.I64)));
    TypeDef.Func open = m.addType(new TypeDef.Func("open", List.of(), List.of()));
    open.isFinal = false;
    TypeDef.Func refined = m.addType(new TypeDef.Func("refined", List.of(), List.of()));
    refined.superType = open;

    byte[] types = sectionBody(BinaryWriter.write(m, false), 1);

    assertEquals("01 4E 05"
        + " 50 00 5E 78 01" // bytes: (sub (array (mut i8)))
        + " 5E 77 00" // frozen: final without supertype is the plain shorthand
        + " 60 02 7F 63 00 01 7E" // plain: func types are final by default
        + " 50 00 60 00 00" // open: (sub (func))
        + " 4F 01 03 60 00 00", // refined: (sub final $open (func))
        hex(types));
    assertEquals(plain, m.types.get(2));
    assertEquals(refined, m.types.get(4));
  }

  @Test
  void testWrite_typeIndexAbove63_heapTypeIsSignedLeb() {
    Module m = new Module();
    for (int i = 0; i < 64; i++) {
      m.addType(new TypeDef.Struct("pad" + i));
    }
    TypeDef.Struct target = m.addType(new TypeDef.Struct("target"));
    TypeDef.Struct holder = m.addType(new TypeDef.Struct("holder"));
    holder.addField(TypeDef.Field.of("r", RefType.nullable(target), false));

    byte[] types = sectionBody(BinaryWriter.write(m, false), 1);

    // 64 is 0x40 in s33: C0 00 (a single 0x40 byte would read as a negative, i.e. an abstract type).
    String hex = hex(types);
    assertTrue(hex.endsWith("50 00 5F 00 50 00 5F 01 63 C0 00 00"), hex);
  }

  @Test
  void testWrite_typeNotInModule_rejected() {
    Module m = new Module();
    TypeDef.Struct stray = new TypeDef.Struct("stray");
    TypeDef.Struct s = m.addType(new TypeDef.Struct("S"));
    s.addField(TypeDef.Field.of("r", RefType.nullable(stray), false));

    IllegalStateException e = assertThrows(IllegalStateException.class, () -> BinaryWriter.write(m, false));

    assertTrue(e.getMessage().contains("$stray"), e.getMessage());
  }

  // ---------------------------------------------------------------- instructions

  @Test
  void testWrite_blockTypes_emptyValueAndFunctionIndex() {
    Module m = new Module();
    TypeDef.Func unary = m.funcType(List.of(NumType.I32), List.of(NumType.I32));
    TypeDef.Func nullary = m.funcType(List.of(), List.of());
    Function f = m.addFunction(new Function("f", nullary));
    f.body.open(Op.BLOCK, null).end()
        .open(Op.BLOCK, NumType.I32).i32(1).end().op(Op.DROP)
        .open(Op.BLOCK, RefType.nullable(unary)).refNull(unary).end().op(Op.DROP)
        .i32(2).open(Op.BLOCK, unary).end().op(Op.DROP)
        .open(Op.LOOP, null).end()
        .i32(0).open(Op.IF, NumType.I64).i64(1).op(Op.ELSE).i64(2).end().op(Op.DROP);

    byte[] code = functionBody(BinaryWriter.write(m, false), 0);

    assertEquals("00"
        + " 02 40 0B"
        + " 02 7F 41 01 0B 1A"
        + " 02 63 00 D0 00 0B 1A"
        + " 41 02 02 00 0B 1A"
        + " 03 40 0B"
        + " 41 00 04 7E 42 01 05 42 02 0B 1A"
        + " 0B",
        hex(code));
  }

  @Test
  void testWrite_refTestAndRefCast_nullableFormsUseNextOpcode() {
    Module m = new Module();
    TypeDef.Struct s = m.addType(new TypeDef.Struct("S"));
    Code body = new Code()
        .refNull(s).refTest(RefType.nonNull(s)).op(Op.DROP)
        .refNull(s).refTest(RefType.nullable(s)).op(Op.DROP)
        .refNull(s).refCast(RefType.nonNull(s)).op(Op.DROP)
        .refNull(s).refCast(RefType.nullable(s)).op(Op.DROP)
        .refNull(HeapType.Abstract.ANY).refTest(RefType.nullable(HeapType.Abstract.EQ)).op(Op.DROP)
        .refNull(HeapType.Abstract.ANY).refCast(RefType.nonNull(HeapType.Abstract.I31)).op(Op.DROP);
    Function f = m.addFunction(new Function("f", m.funcType(List.of(), List.of())));
    f.body = body;

    byte[] code = functionBody(BinaryWriter.write(m, false), 0);

    assertEquals("00"
        + " D0 00 FB 14 00 1A"
        + " D0 00 FB 15 00 1A"
        + " D0 00 FB 16 00 1A"
        + " D0 00 FB 17 00 1A"
        + " D0 6E FB 15 6D 1A"
        + " D0 6E FB 16 6C 1A"
        + " 0B",
        hex(code));
  }

  @Test
  void testWrite_brTable_countLabelsThenDefault() {
    Code body = new Code().open(Op.BLOCK, null).open(Op.BLOCK, null).i32(1)
        .brTable(new int[] {0, 1, 0}, 1).end().end();

    byte[] code = onlyFunctionBody(body);

    assertEquals("00 02 40 02 40 41 01 0E 03 00 01 00 01 0B 0B 0B", hex(code));
  }

  @Test
  void testWrite_gcAndMemoryImmediates() {
    Module m = new Module();
    TypeDef.Struct s = m.addType(new TypeDef.Struct("S"));
    s.addField(new TypeDef.Field("b", StorageType.I8, true));
    s.addField(TypeDef.Field.of("i", NumType.I32, true));
    TypeDef.Array chars = m.addType(new TypeDef.Array("chars", new TypeDef.Field("c", StorageType.I16, true)));
    m.data.add(new DataSegment("d", new byte[] {0, 0}));
    m.memoryPages = 1;
    Function f = m.addFunction(new Function("f", m.funcType(List.of(), List.of())));
    int local = f.addLocal(NumType.I32);
    for (int i = 0; i < 199; i++) {
      f.addLocal(NumType.I32);
    }
    f.body.refNull(s).structGet(s, 0).op(Op.DROP)
        .refNull(s).structGetU(s, 0).op(Op.DROP)
        .refNull(s).structGet(s, 1).op(Op.DROP)
        .i32(0).i32(1).add(Op.ARRAY_NEW_DATA, chars, 0).op(Op.DROP)
        .add(Op.ARRAY_NEW_FIXED, chars, 0).op(Op.DROP)
        .refNull(chars).i32(0).refNull(chars).i32(0).i32(0).add(Op.ARRAY_COPY, chars, 0)
        .i32(0).add(Op.I32_LOAD, null, 4).op(Op.DROP)
        .i32(0).add(Op.I32_LOAD8_U, null, 0).op(Op.DROP)
        .i32(0).i64(0).add(Op.I64_STORE, null, 8)
        .i32(0).i32(0).i32(0).op(Op.MEMORY_COPY)
        .i32(0).i32(0).i32(0).op(Op.MEMORY_FILL)
        .f64(0).op(Op.I32_TRUNC_SAT_F64_S).op(Op.DROP)
        .localGet(local).localSet(local + 199);

    byte[] code = functionBody(BinaryWriter.write(m, false), 0);

    assertEquals("01 C8 01 7F" // 200 i32 locals in one run
        + " D0 00 FB 03 00 00 1A" // struct.get_s (packed field)
        + " D0 00 FB 04 00 00 1A"
        + " D0 00 FB 02 00 01 1A"
        + " 41 00 41 01 FB 09 01 00 1A"
        + " FB 08 01 00 1A"
        + " D0 01 41 00 D0 01 41 00 41 00 FB 11 01 01"
        + " 41 00 28 02 04 1A"
        + " 41 00 2D 00 00 1A"
        + " 41 00 42 00 37 03 08"
        + " 41 00 41 00 41 00 FC 0A 00 00"
        + " 41 00 41 00 41 00 FC 0B 00"
        + " 44 00 00 00 00 00 00 00 00 FC 02 1A"
        + " 20 00 21 C7 01"
        + " 0B",
        hex(code));
  }

  @Test
  void testWrite_exceptionsAndCalls() {
    Module m = new Module();
    TypeDef.Func voidType = m.funcType(List.of(), List.of());
    TypeDef.Func i32ToVoid = m.funcType(List.of(NumType.I32), List.of());
    Tag tag = new Tag("t", i32ToVoid);
    m.tags.add(tag);
    Function imported = m.addFunction(new Function("imp", i32ToVoid, "m", "n"));
    Function f = m.addFunction(new Function("f", voidType));
    f.body.open(Op.TRY, null).i32(1).throwTag(tag)
        .add(Op.CATCH, tag, 0).call(imported)
        .op(Op.CATCH_ALL).add(Op.RETHROW, null, 0).end()
        .i32(3).add(Op.REF_FUNC, imported, 0).callRef(i32ToVoid)
        .add(Op.RETURN_CALL, f, 0);

    byte[] code = functionBody(BinaryWriter.write(m, false), 0);

    assertEquals("00 06 40 41 01 08 00 07 00 10 00 19 09 00 0B 41 03 D2 00 14 01 12 01 0B", hex(code));
  }

  @Test
  void testWrite_localsRunLengthEncoded() {
    Module m = new Module();
    TypeDef.Struct s = m.addType(new TypeDef.Struct("S"));
    Function f = m.addFunction(new Function("f", m.funcType(List.of(NumType.I64), List.of())));
    f.addLocal(NumType.I32);
    f.addLocal(NumType.I32);
    f.addLocal(RefType.nullable(s));
    f.addLocal(RefType.nullable(s));
    f.addLocal(NumType.I32);
    int last = f.addLocal(NumType.F64);

    byte[] code = functionBody(BinaryWriter.write(m, false), 0);

    assertEquals(6, last);
    assertEquals("04 02 7F 02 63 00 01 7F 01 7C 0B", hex(code));
  }

  @Test
  void testWrite_functionNotInModule_rejected() {
    Module m = new Module();
    Function stray = new Function("stray", m.funcType(List.of(), List.of()));
    Function f = m.addFunction(new Function("f", m.funcType(List.of(), List.of())));
    f.body.call(stray);

    IllegalStateException e = assertThrows(IllegalStateException.class, () -> BinaryWriter.write(m, false));

    assertTrue(e.getMessage().contains("$stray"), e.getMessage());
  }

  // ---------------------------------------------------------------- validation by engines

  @Test
  void testWrite_kitchenSinkModule_validInV8AndBinaryen() throws IOException {
    Path plain = tmp.resolve("plain.wasm");
    Path named = tmp.resolve("named.wasm");
    Path invalid = tmp.resolve("invalid.wasm");
    Files.write(plain, BinaryWriter.write(validatedKitchenSink(), false));
    Files.write(named, BinaryWriter.write(validatedKitchenSink(), true));
    Module bad = new Module();
    Function f = bad.addFunction(new Function("f", bad.funcType(List.of(), List.of(NumType.I32))));
    f.body.op(Op.I32_ADD);
    Files.write(invalid, BinaryWriter.write(bad, false));

    NodeTools.Result r = NodeTools.validate(plain, named, invalid);

    // One validator run (Binaryen takes ~1.5 s to load); the invalid control module guards
    // against a validator that accepts everything.
    assertEquals(1, r.exitCode(), r.toString());
    assertEquals(List.of("invalid.wasm"), rejectedFiles(r.stderr()), r.stderr());
    assertTrue(r.stderr().contains("1 of 3 file(s) invalid"), r.stderr());
  }

  @Test
  void testWrite_kitchenSinkModule_runsInNode() throws IOException {
    Path wasm = tmp.resolve("run.wasm");
    Files.write(wasm, BinaryWriter.write(validatedKitchenSink(), true));
    Path script = tmp.resolve("run.mjs");
    Files.writeString(script, """
        import fs from 'node:fs';
        const logged = [];
        const { instance } = await WebAssembly.instantiate(fs.readFileSync(new URL('./run.wasm', import.meta.url)),
            { env: { log: (x) => logged.push(x) } });
        const e = instance.exports;
        const out = [];
        for (let i = -1; i <= 4; i++) out.push(e.select(i));
        out.push(e.extremes(0), e.extremes(1), e.dispatch(0), e.dispatch(1), e.dispatch(2), e.catches(5), e.counter.value);
        out.push(new Uint8Array(e.mem.buffer)[0], e.chars(1));
        console.log(out.join(' ') + ' | ' + logged.join(' '));
        """);

    NodeTools.Result r = NodeTools.run(script);

    assertEquals(0, r.exitCode(), r.toString());
    assertEquals("30 10 20 30 30 30 9223372036854775807 -9223372036854775808 7 -1 70 105 84 98 98 | 1 2",
        r.stdout().strip());
  }

  /**
   * A module using every construct the writer encodes, with indices past 63 so immediates need
   * multi-byte LEBs. Exports: select(i32) br_table; extremes(i32) i64 constants; dispatch(i32)
   * struct subtyping, ref.test/ref.cast and call_ref; catches(i32) try/catch; counter global;
   * mem; chars(i32) array.new_data. The start function calls env.log(1) and env.log(2).
   */
  private static Module validatedKitchenSink() {
    Module m = new Module();
    for (int i = 0; i < 66; i++) {
      // Padding types (non-final, distinct shapes) so the interesting ones get indices above 63.
      TypeDef.Struct pad = m.addType(new TypeDef.Struct("pad" + i));
      for (int k = 0; k <= i % 3; k++) {
        pad.addField(TypeDef.Field.of("f" + k, NumType.I32, false));
      }
    }
    TypeDef.Func i32ToI32 = m.funcType(List.of(NumType.I32), List.of(NumType.I32));
    TypeDef.Func i32ToI64 = m.funcType(List.of(NumType.I32), List.of(NumType.I64));
    TypeDef.Func i32ToVoid = m.funcType(List.of(NumType.I32), List.of());
    TypeDef.Func voidToVoid = m.funcType(List.of(), List.of());
    TypeDef.Struct vt = new TypeDef.Struct("vt");
    TypeDef.Struct base = new TypeDef.Struct("Base");
    TypeDef.Struct derived = new TypeDef.Struct("Derived");
    TypeDef.Struct other = new TypeDef.Struct("Other");
    TypeDef.Func method = new TypeDef.Func("method", List.of(RefType.nullable(base)), List.of(NumType.I32));
    derived.superType = base;
    derived.isFinal = true;
    other.superType = base;
    base.addField(TypeDef.Field.of("vt", RefType.nonNull(vt), false));
    base.addField(TypeDef.Field.of("x", NumType.I32, true));
    derived.addField(TypeDef.Field.of("vt", RefType.nonNull(vt), false));
    derived.addField(TypeDef.Field.of("x", NumType.I32, true));
    derived.addField(new TypeDef.Field("flag", StorageType.I8, true));
    other.addField(TypeDef.Field.of("vt", RefType.nonNull(vt), false));
    other.addField(TypeDef.Field.of("x", NumType.I32, true));
    vt.addField(TypeDef.Field.of("m", RefType.nonNull(method), false));
    TypeDef.Array chars = new TypeDef.Array("chars", new TypeDef.Field("c", StorageType.I16, true));
    // Declared subtypes first: the writer must reorder.
    m.addType(derived);
    m.addType(other);
    m.addType(chars);
    m.addType(base);
    m.addType(vt);
    m.addType(method);

    Function log = m.addFunction(new Function("log", i32ToVoid, "env", "log"));
    Tag tag = new Tag("exc", i32ToVoid);
    m.tags.add(tag);
    Global counter = m.addGlobal(new Global("counter", NumType.I32, true, new Code().i32(42)));
    m.data.add(new DataSegment("text", new byte[] {'a', 0, 'b', 0, 'c', 0}));
    m.memoryPages = 1;
    m.memoryExport = "mem";

    Function select = m.addFunction(new Function("select", i32ToI32));
    select.body.open(Op.BLOCK, null).open(Op.BLOCK, null).open(Op.BLOCK, null)
        .localGet(0).brTable(new int[] {2, 1}, 0)
        .end().i32(30).op(Op.RETURN)
        .end().i32(20).op(Op.RETURN)
        .end().i32(10);

    Function extremes = m.addFunction(new Function("extremes", i32ToI64));
    extremes.body.localGet(0).open(Op.IF, NumType.I64).i64(Long.MIN_VALUE).op(Op.ELSE).i64(Long.MAX_VALUE).end();

    Function methodBase = m.addFunction(new Function("methodBase", method));
    methodBase.body.i32(7);
    Function methodDerived = m.addFunction(new Function("methodDerived", method));
    methodDerived.body.localGet(0).refCast(RefType.nonNull(derived)).structGet(derived, 2).op(Op.I32_EXTEND8_S);
    Global vtBase = m.addGlobal(new Global("vtBase", RefType.nonNull(vt), false,
        new Code().add(Op.REF_FUNC, methodBase, 0).structNew(vt)));
    Global vtDerived = m.addGlobal(new Global("vtDerived", RefType.nonNull(vt), false,
        new Code().add(Op.REF_FUNC, methodDerived, 0).structNew(vt)));

    // dispatch(0): Base → 7; dispatch(1): Derived with flag 0xFF → -1 (i8 sign-extended);
    // dispatch(2): null tests false for (ref $Derived) but true for (ref null $Derived) → 70.
    Function dispatch = m.addFunction(new Function("dispatch", i32ToI32));
    int obj = dispatch.addLocal(RefType.nullable(base));
    dispatch.body.localGet(0).i32(2).op(Op.I32_EQ).open(Op.IF, null)
        .refNull(base).refTest(RefType.nonNull(derived)).i32(10).op(Op.I32_MUL)
        .refNull(base).refTest(RefType.nullable(derived)).i32(70).op(Op.I32_MUL).op(Op.I32_ADD)
        .refNull(HeapType.Abstract.NONE).refCast(RefType.nullable(derived)).op(Op.DROP)
        .op(Op.RETURN).end()
        .localGet(0).open(Op.IF, RefType.nullable(base))
        .globalGet(vtDerived).i32(0).i32(0xFF).structNew(derived)
        .op(Op.ELSE)
        .globalGet(vtBase).i32(0).structNew(base)
        .end().localSet(obj)
        .localGet(obj)
        .localGet(obj).structGet(base, 0).structGet(vt, 0).callRef(method);

    // catches(n): throws n+100 and returns what the handler caught; catch_all and rethrow
    // in an inner try exercise the remaining opcodes.
    Function catches = m.addFunction(new Function("catches", i32ToI32));
    catches.body.open(Op.TRY, NumType.I32)
        .open(Op.TRY, null).localGet(0).i32(100).op(Op.I32_ADD).throwTag(tag)
        .op(Op.CATCH_ALL).add(Op.RETHROW, null, 0).end()
        .i32(-1)
        .add(Op.CATCH, tag, 0)
        .end();

    Function charsAt = m.addFunction(new Function("chars", i32ToI32));
    charsAt.body.i32(0).i32(3).add(Op.ARRAY_NEW_DATA, chars, 0).localGet(0).add(Op.ARRAY_GET_U, chars, 0);

    Function start = m.addFunction(new Function("start", voidToVoid));
    start.body.i32(1).call(log).i32(2).call(log)
        .i32(0).i32(98).add(Op.I32_STORE8, null, 0)
        .open(Op.LOOP, null).globalGet(counter).i32(1).op(Op.I32_SUB).globalSet(counter).end()
        .globalGet(counter).i32(43).op(Op.I32_ADD).globalSet(counter);
    m.start = start;

    m.exports.put("select", select);
    m.exports.put("extremes", extremes);
    m.exports.put("dispatch", dispatch);
    m.exports.put("catches", catches);
    m.exports.put("chars", charsAt);
    m.exports.put("counter", counter);
    m.exports.put("exc", tag);
    return m;
  }

  // ---------------------------------------------------------------- helpers

  /** Names of the files validate.mjs reports as rejected ("<path>: rejected by ..."). */
  private static List<String> rejectedFiles(String stderr) {
    List<String> out = new ArrayList<>();
    for (String line : stderr.split("\n")) {
      int at = line.indexOf(": rejected by ");
      if (at >= 0) {
        out.add(Path.of(line.substring(0, at)).getFileName().toString());
      }
    }
    return out;
  }

  /** The body (locals + code + end) of the only function of a module whose body is {@code code}. */
  private static byte[] onlyFunctionBody(Code code) {
    Module m = new Module();
    Function f = m.addFunction(new Function("f", m.funcType(List.of(), List.of())));
    f.body = code;
    return functionBody(BinaryWriter.write(m, false), 0);
  }

  /** {id, content offset, content size} of every section, checking that the sizes tile the file. */
  private static List<int[]> sections(byte[] wasm) {
    assertArrayEquals(PREAMBLE, java.util.Arrays.copyOf(wasm, 8));
    List<int[]> out = new ArrayList<>();
    int[] pos = {8};
    while (pos[0] < wasm.length) {
      int id = wasm[pos[0]++] & 0xFF;
      int size = (int) readU32(wasm, pos);
      out.add(new int[] {id, pos[0], size});
      pos[0] += size;
    }
    assertEquals(wasm.length, pos[0], "section sizes overrun the file");
    return out;
  }

  private static byte[] sectionBody(byte[] wasm, int id) {
    for (int[] s : sections(wasm)) {
      if (s[0] == id) {
        return java.util.Arrays.copyOfRange(wasm, s[1], s[1] + s[2]);
      }
    }
    throw new AssertionError("no section " + id);
  }

  /** The {@code index}-th entry of the code section (defined functions only), size prefix removed. */
  private static byte[] functionBody(byte[] wasm, int index) {
    byte[] code = sectionBody(wasm, 10);
    int[] pos = {0};
    long count = readU32(code, pos);
    assertTrue(index < count);
    for (int i = 0; ; i++) {
      int size = (int) readU32(code, pos);
      if (i == index) {
        return java.util.Arrays.copyOfRange(code, pos[0], pos[0] + size);
      }
      pos[0] += size;
    }
  }

  private static long readU32(byte[] b, int[] pos) {
    long result = 0;
    int shift = 0;
    int x;
    do {
      x = b[pos[0]++] & 0xFF;
      result |= (long) (x & 0x7F) << shift;
      shift += 7;
    } while ((x & 0x80) != 0);
    return result;
  }

  private static byte[] bytes(int... values) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int v : values) {
      out.write(v);
    }
    return out.toByteArray();
  }

  private static String hex(byte[] bytes) {
    StringBuilder sb = new StringBuilder();
    for (byte b : bytes) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(String.format("%02X", b & 0xFF));
    }
    return sb.toString();
  }
}
