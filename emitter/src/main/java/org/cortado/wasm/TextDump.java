package org.cortado.wasm;

import java.util.List;

/** A readable, WAT-like listing of a module for debugging the emitter (not a complete WAT writer). */
public final class TextDump {
  private TextDump() {
  }

  public static String dump(Module m) {
    StringBuilder sb = new StringBuilder();
    for (TypeDef t : m.types) {
      sb.append("(type ").append(t).append(t.superType != null ? " (sub " + t.superType + ")" : "");
      if (t instanceof TypeDef.Struct s) {
        sb.append(" (struct");
        for (TypeDef.Field f : s.fields) {
          sb.append(" (field $").append(f.name()).append(f.mutable() ? " (mut " : " ").append(f.type())
              .append(f.mutable() ? ")" : "").append(")");
        }
        sb.append(")");
      } else if (t instanceof TypeDef.Func f) {
        sb.append(" (func ").append(f.params).append(" -> ").append(f.results).append(")");
      } else if (t instanceof TypeDef.Array a) {
        sb.append(" (array ").append(a.element.type()).append(")");
      }
      sb.append(")\n");
    }
    for (Global g : m.globals) {
      sb.append("(global ").append(g).append(' ').append(g.type).append('\n');
      code(sb, g.init.insns, 1);
      sb.append(")\n");
    }
    for (Function f : m.functions) {
      sb.append("(func ").append(f).append(' ').append(f.type.params).append(" -> ").append(f.type.results);
      if (f.isImport()) {
        sb.append(" (import ").append(f.importModule).append(' ').append(f.importName).append("))\n");
        continue;
      }
      sb.append(" (locals ").append(f.locals).append(")\n");
      code(sb, f.body.insns, 1);
      sb.append(")\n");
    }
    return sb.toString();
  }

  private static void code(StringBuilder sb, List<Insn> insns, int depth) {
    for (Insn i : insns) {
      if (i.op == Op.END || i.op == Op.ELSE || i.op == Op.CATCH || i.op == Op.CATCH_ALL) {
        depth--;
      }
      sb.append("  ".repeat(Math.max(depth, 0))).append(i).append('\n');
      if (i.op == Op.BLOCK || i.op == Op.LOOP || i.op == Op.IF || i.op == Op.TRY || i.op == Op.ELSE
          || i.op == Op.CATCH || i.op == Op.CATCH_ALL) {
        depth++;
      }
    }
  }
}
