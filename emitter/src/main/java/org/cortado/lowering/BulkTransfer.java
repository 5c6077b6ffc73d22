package org.cortado.lowering;

import java.util.List;
import org.cortado.wasm.Code;
import org.cortado.wasm.Function;
import org.cortado.wasm.NumType;
import org.cortado.wasm.Op;
import org.cortado.wasm.RefType;
import org.cortado.wasm.TypeDef;

/**
 * Copies between primitive Java arrays (Wasm GC arrays) and the linear memory at address 0, for
 * bulk transfers to and from JS typed arrays ({@code Wasm.memoryToArray}, {@code Wasm.arrayToMemory}).
 * WasmGC has no instruction that copies between memory and a GC array, so each helper is one tight
 * load/store loop per element kind; bounds were checked by the caller (JSArrays).
 */
final class BulkTransfer {
  private static final String KINDS = "BSCIFDZJ";

  private BulkTransfer() {
  }

  /** {@code $memoryToArray(array, pos, count, address)}: memory[address..] into array[pos..pos+count). */
  static Function memoryToArray(ModuleBuilder mb) {
    return helper(mb, "memoryToArray", true);
  }

  /** {@code $arrayToMemory(array, pos, count, address)}: array[pos..pos+count) into memory[address..]. */
  static Function arrayToMemory(ModuleBuilder mb) {
    return helper(mb, "arrayToMemory", false);
  }

  private static Function helper(ModuleBuilder mb, String name, boolean intoArray) {
    RefType obj = RefType.nullable(mb.model.objectStruct);
    return mb.helper(name, List.of(obj, NumType.I32, NumType.I32, NumType.I32), List.of(), f -> {
      Code c = f.body;
      int i = f.addLocal(NumType.I32);
      int address = f.addLocal(NumType.I32);
      for (char k : KINDS.toCharArray()) {
        TypeDef.Struct st = mb.model.arrayStruct(k);
        TypeDef.Array data = mb.model.arrayData(k);
        int local = f.addLocal(RefType.nullable(data));
        int size = switch (k) {
          case 'B', 'Z' -> 1;
          case 'S', 'C' -> 2;
          case 'I', 'F' -> 4;
          default -> 8;
        };
        c.localGet(0).refTest(RefType.nonNull(st));
        c.open(Op.IF, null);
        c.localGet(0).refCast(RefType.nonNull(st)).structGet(st, ObjectModel.ARRAY_DATA).localSet(local);
        c.localGet(3).localSet(address);
        c.localGet(1).localSet(i);
        c.open(Op.BLOCK, null).open(Op.LOOP, null);
        c.localGet(i).localGet(1).localGet(2).op(Op.I32_ADD).op(Op.I32_GE_S).brIf(1);
        if (intoArray) {
          c.localGet(local).localGet(i).localGet(address);
          c.add(load(k), null, 0);
          c.add(Op.ARRAY_SET, data, 0);
        } else {
          c.localGet(address).localGet(local).localGet(i);
          c.add(size == 1 || size == 2 ? (k == 'C' ? Op.ARRAY_GET_U : Op.ARRAY_GET_S) : Op.ARRAY_GET, data, 0);
          c.add(store(k), null, 0);
        }
        c.localGet(address).i32(size).op(Op.I32_ADD).localSet(address);
        c.localGet(i).i32(1).op(Op.I32_ADD).localSet(i).br(0);
        c.end().end();
        c.op(Op.RETURN);
        c.end();
      }
      c.op(Op.UNREACHABLE);
    });
  }

  private static Op load(char k) {
    return switch (k) {
      case 'B', 'Z' -> Op.I32_LOAD8_S;
      case 'S' -> Op.I32_LOAD16_S;
      case 'C' -> Op.I32_LOAD16_U;
      case 'I' -> Op.I32_LOAD;
      case 'F' -> Op.F32_LOAD;
      case 'J' -> Op.I64_LOAD;
      default -> Op.F64_LOAD;
    };
  }

  private static Op store(char k) {
    return switch (k) {
      case 'B', 'Z' -> Op.I32_STORE8;
      case 'S', 'C' -> Op.I32_STORE16;
      case 'I' -> Op.I32_STORE;
      case 'F' -> Op.F32_STORE;
      case 'J' -> Op.I64_STORE;
      default -> Op.F64_STORE;
    };
  }
}
