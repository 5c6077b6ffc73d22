package org.cortado.wasm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The debugging listing: one line per type, global and function header, instructions indented by nesting. */
class TextDumpTest {

  @Test
  void testDump_typesGlobalsAndNestedCode() {
    Module m = new Module();
    TypeDef.Struct base = m.addType(new TypeDef.Struct("Base"));
    base.addField(TypeDef.Field.of("x", NumType.I32, true));
    TypeDef.Struct sub = m.addType(new TypeDef.Struct("Sub"));
    sub.superType = base;
    sub.addField(TypeDef.Field.of("x", NumType.I32, true));
    sub.addField(new TypeDef.Field("b", StorageType.I8, false));
    m.addType(new TypeDef.Array("bytes", new TypeDef.Field("e", StorageType.I8, true)));
    TypeDef.Func ft = m.funcType(List.of(NumType.I32), List.of(NumType.I64));
    m.addGlobal(new Global("g", NumType.I32, true, new Code().i32(5)));
    m.addFunction(new Function("imp", ft, "env", "imp"));
    Function f = m.addFunction(new Function("f", ft));
    f.addLocal(RefType.nullable(base));
    f.body.localGet(0).open(Op.IF, NumType.I64).i64(1).op(Op.ELSE).i64(2).end();

    String text = TextDump.dump(m);

    assertEquals("""
        (type $Base (struct (field $x (mut i32))))
        (type $Sub (sub $Base) (struct (field $x (mut i32)) (field $b i8)))
        (type $bytes (array i8))
        (type $ft0 (func [i32] -> [i64]))
        (global $g i32
          i32.const 5
        )
        (func $imp [i32] -> [i64] (import env imp))
        (func $f [i32] -> [i64] (locals [(ref null $Base)])
          local.get 0
          if i64
            i64.const 1
          else
            i64.const 2
          end
        )
        """, text);
  }

  @Test
  void testDump_instructionImmediates() {
    Module m = new Module();
    TypeDef.Struct s = m.addType(new TypeDef.Struct("S"));
    Function f = m.addFunction(new Function("f", m.funcType(List.of(), List.of())));
    f.body.f32(1.5f).op(Op.DROP).f64(-0.25).op(Op.DROP).refNull(s).refCast(RefType.nonNull(s)).op(Op.DROP)
        .open(Op.BLOCK, null).i32(0).brTable(new int[] {0, 0}, 0).end();

    String text = TextDump.dump(m);

    assertTrue(text.contains("  f32.const 1.5\n"), text);
    assertTrue(text.contains("  f64.const -0.25\n"), text);
    assertTrue(text.contains("  ref.cast (ref $S)\n"), text);
    assertTrue(text.contains("    br_table [0, 0] 0\n"), text);
  }
}
