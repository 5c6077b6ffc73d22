package org.cortado.lowering;

import org.cortado.wasm.Code;
import org.cortado.wasm.Function;
import org.cortado.wasm.NumType;
import org.cortado.wasm.Op;

/**
 * Makes StackOverflowError catchable. Engines turn their own stack exhaustion into a trap that
 * Wasm cannot catch, so methods on a call-graph cycle charge an estimate of their frame size to
 * the global {@code stackLeft} on entry and throw StackOverflowError when it would go negative;
 * every exit gives the charge back. An exception unwinds frames without running their exits, so
 * every function with a handler remembers the budget it ran with and restores it in the handler.
 * Methods off every cycle can only nest a bounded number of frames: the margin between
 * {@link #BUDGET} and the engine's real stack covers them.
 */
final class StackAccounting {
  /**
   * The estimated bytes recursive frames may use. V8's default stack is 984 KiB, of which the
   * loader, the launcher and non-recursive frames need some (measured: V8 overflowed at 87, 179
   * and 281 bytes a frame for functions with 5, 16 and 29 locals, which {@link #frameCost}
   * predicts to within 3%); SpiderMonkey and JSC have more.
   */
  static final int BUDGET = 820 * 1024;
  /** Headroom granted to construct and throw the StackOverflowError itself. */
  static final int RESERVE = 64 * 1024;

  private final ModuleBuilder mb;
  private final Function fn;
  private final boolean recursive;
  /** Where the prologue goes: after the parameters are copied into their locals. */
  private int prologueAt = -1;
  /** The budget at entry, restored on return (recursive methods only). */
  private int entryLocal = -1;
  /** The budget while this function runs, restored when a handler catches. */
  private int runningLocal = -1;

  StackAccounting(ModuleBuilder mb, Function fn, boolean recursive) {
    this.mb = mb;
    this.fn = fn;
    this.recursive = recursive;
  }

  /** Marks where the function's prologue belongs; call before emitting the body. */
  void markPrologue(Code code) {
    prologueAt = code.insns.size();
    if (recursive) {
      entryLocal = fn.addLocal(NumType.I32);
      runningLocal = fn.addLocal(NumType.I32);
    }
  }

  /** Before a {@code return}: give this frame's charge back. */
  void onReturn(Code code) {
    if (recursive) {
      code.localGet(entryLocal).globalSet(mb.stackLeft);
    }
  }

  /** At the start of a catch: the frames above were unwound without returning. */
  void onCatch(Code code) {
    if (runningLocal < 0) {
      runningLocal = fn.addLocal(NumType.I32);
    }
    code.localGet(runningLocal).globalSet(mb.stackLeft);
  }

  /** Inserts the prologue, now that the function's final size is known. */
  void finish(Code code) {
    Code p = new Code();
    if (recursive) {
      p.globalGet(mb.stackLeft).localTee(entryLocal).i32(frameCost()).op(Op.I32_SUB).localTee(runningLocal);
      p.i32(0).op(Op.I32_LT_S).open(Op.IF, null).call(mb.stackOverflowHelper()).end();
      p.localGet(runningLocal).globalSet(mb.stackLeft);
    } else if (runningLocal >= 0) {
      p.globalGet(mb.stackLeft).localSet(runningLocal);
    }
    code.insns.addAll(prologueAt, p.insns);
  }

  /**
   * An estimate of the engine's frame for this function: baseline compilers keep every local
   * and parameter in an 8-byte stack slot, plus a fixed frame header and spill area.
   */
  private int frameCost() {
    return 48 + 8 * (fn.type.params.size() + fn.locals.size());
  }
}
