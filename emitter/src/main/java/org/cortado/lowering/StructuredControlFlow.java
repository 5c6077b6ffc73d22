package org.cortado.lowering;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.cortado.analysis.Dominators;
import org.cortado.ir.Block;
import org.cortado.ir.Body;
import org.cortado.ir.Stmt;
import org.cortado.wasm.Code;
import org.cortado.wasm.Op;

/**
 * Turns a reducible CFG into Wasm's structured control flow with the dominator-tree algorithm of
 * Norman Ramsey, "Beyond Relooper: Recursive Translation of Unstructured Control Flow to
 * Structured Control Flow" (ICFP 2022). Loop headers become {@code loop}s; a block with two or
 * more forward in-edges (a merge node) is placed right after a {@code block} that ends where it
 * starts, nested inside its immediate dominator; any other block is emitted in place at its
 * single forward branch. Exception edges are ordinary edges here: a block covered by a handler is
 * wrapped in {@code try}, whose {@code catch} branches to the dispatch block like a jump would.
 */
final class StructuredControlFlow {
  /** Emits the parts of blocks the structuring does not decide. */
  interface BlockEmitter {
    /** All statements but the terminator; also a Throw terminator (it must stay inside the try). */
    void statements(Block b, Code code);

    /** Pushes the i32 condition of an If terminator. */
    void condition(Stmt.If s, Code code);

    /** Pushes the i32 key of a Switch terminator. */
    void switchKey(Stmt.Switch s, Code code);

    /** Stores a temporary for a switch key; returns its local index. */
    int keyLocal();

    void returnValue(Stmt.Return s, Code code);

    /** The catch clause's prologue: store the caught exception. */
    void catchPrologue(Code code);

    /**
     * Facts established by emitted code (variables known to be non-null). They stay valid in the
     * blocks a block dominates, which the translation emits while the block's scope is open.
     */
    Object saveFacts();

    void restoreFacts(Object facts);
  }

  private enum FrameKind { LOOP, BLOCK_BEFORE, OTHER }

  private record Frame(FrameKind kind, Block block) { }

  private final Body body;
  private final Dominators dom;
  private final BlockEmitter emitter;
  private final Set<Block> mergeNodes = new LinkedHashSet<>();
  private final Set<Block> loopHeaders = new LinkedHashSet<>();
  private final List<Frame> frames = new ArrayList<>();
  private final Code code;

  private final org.cortado.wasm.Tag tag;

  StructuredControlFlow(Body body, BlockEmitter emitter, Code code, org.cortado.wasm.Tag tag) {
    this.tag = tag;
    this.body = body;
    this.dom = new Dominators(body);
    this.emitter = emitter;
    this.code = code;
  }

  /** Emits the whole body; throws IllegalStateException for irreducible control flow. */
  void emit() {
    for (Block b : dom.rpo) {
      int forward = 0;
      for (Block p : dom.predecessors(b)) {
        if (dom.rpoNumber(p) < dom.rpoNumber(b)) {
          forward++;
        } else {
          if (!dom.dominates(b, p)) {
            throw new IllegalStateException("irreducible control flow: edge " + p + " -> " + b + "\n" + describe());
          }
          loopHeaders.add(b);
        }
      }
      if (forward >= 2) {
        mergeNodes.add(b);
      }
    }
    doTree(body.entry());
  }

  private String describe() {
    StringBuilder sb = new StringBuilder();
    for (Block b : dom.rpo) {
      sb.append(b).append(" rpo=").append(dom.rpoNumber(b)).append(" succ=").append(b.successors())
          .append(" handler=").append(b.handler).append(" ").append(b.stmts).append('\n');
    }
    return sb.toString();
  }

  private void doTree(Block x) {
    Object facts = emitter.saveFacts();
    doTreeScoped(x);
    emitter.restoreFacts(facts);
  }

  private void doTreeScoped(Block x) {
    List<Block> merges = new ArrayList<>();
    for (Block c : dom.children(x)) {
      if (mergeNodes.contains(c)) {
        merges.add(c);
      }
    }
    // The latest merge node gets the outermost block: its code comes last.
    merges.sort(Comparator.comparingInt((Block b) -> dom.rpoNumber(b)).reversed());
    if (loopHeaders.contains(x)) {
      code.open(Op.LOOP, null);
      frames.add(new Frame(FrameKind.LOOP, x));
      nodeWithin(x, merges, 0);
      frames.remove(frames.size() - 1);
      code.end();
    } else {
      nodeWithin(x, merges, 0);
    }
  }

  private void nodeWithin(Block x, List<Block> merges, int from) {
    if (from < merges.size()) {
      Block y = merges.get(from);
      code.open(Op.BLOCK, null);
      frames.add(new Frame(FrameKind.BLOCK_BEFORE, y));
      nodeWithin(x, merges, from + 1);
      frames.remove(frames.size() - 1);
      code.end();
      doTree(y);
      return;
    }
    emitBlockBody(x);
    emitTerminator(x);
  }

  private void emitBlockBody(Block x) {
    if (x.handler == null) {
      emitter.statements(x, code);
      return;
    }
    code.open(Op.TRY, null);
    frames.add(new Frame(FrameKind.OTHER, null));
    Object atEntry = emitter.saveFacts();
    emitter.statements(x, code);
    // Blocks this one dominates may be reached through the handler, before any statement of the
    // block completed: facts established by the statements must not reach them.
    emitter.restoreFacts(atEntry);
    code.add(Op.CATCH, tag, 0);
    emitter.catchPrologue(code);
    doBranch(x, x.handler);
    frames.remove(frames.size() - 1);
    code.end();
  }

  private void emitTerminator(Block x) {
    Stmt t = x.terminator();
    if (t instanceof Stmt.Goto g) {
      doBranch(x, g.target());
    } else if (t instanceof Stmt.If i) {
      emitter.condition(i, code);
      code.open(Op.IF, null);
      frames.add(new Frame(FrameKind.OTHER, null));
      doBranch(x, i.ifTrue());
      code.op(Op.ELSE);
      doBranch(x, i.ifFalse());
      frames.remove(frames.size() - 1);
      code.end();
    } else if (t instanceof Stmt.Switch s) {
      emitSwitch(x, s);
    } else if (t instanceof Stmt.Return r) {
      emitter.returnValue(r, code);
    } else if (!(t instanceof Stmt.Throw)) {
      throw new IllegalStateException("unknown terminator " + t);
    }
  }

  private boolean isBackward(Block from, Block to) {
    return dom.rpoNumber(to) <= dom.rpoNumber(from);
  }

  private void doBranch(Block from, Block to) {
    if (isBackward(from, to)) {
      code.br(depthOf(FrameKind.LOOP, to));
    } else if (mergeNodes.contains(to)) {
      code.br(depthOf(FrameKind.BLOCK_BEFORE, to));
    } else {
      doTree(to);
    }
  }

  private int depthOf(FrameKind kind, Block b) {
    for (int i = frames.size() - 1; i >= 0; i--) {
      Frame f = frames.get(i);
      if (f.kind() == kind && f.block() == b) {
        return frames.size() - 1 - i;
      }
    }
    throw new IllegalStateException("no enclosing " + kind + " for " + b);
  }

  /** The label depth a switch uses to reach {@code to}, where {@code inline} targets got wrapper blocks. */
  private int switchDepth(Block from, Block to) {
    if (isBackward(from, to)) {
      return depthOf(FrameKind.LOOP, to);
    }
    return depthOf(FrameKind.BLOCK_BEFORE, to);
  }

  private void emitSwitch(Block x, Stmt.Switch s) {
    // Targets reached only from here are emitted after wrapper blocks, like merge nodes.
    List<Block> inline = new ArrayList<>();
    List<Block> all = new ArrayList<>();
    for (Block t : s.targets()) {
      all.add(t);
    }
    all.add(s.dflt());
    for (Block t : all) {
      if (!isBackward(x, t) && !mergeNodes.contains(t) && !inline.contains(t)) {
        inline.add(t);
      }
    }
    inline.sort(Comparator.comparingInt((Block b) -> dom.rpoNumber(b)).reversed());
    for (Block t : inline) {
      code.open(Op.BLOCK, null);
      frames.add(new Frame(FrameKind.BLOCK_BEFORE, t));
    }
    int[] keys = s.keys();
    int n = keys.length;
    if (n == 0) {
      emitter.switchKey(s, code);
      code.op(Op.DROP);
      code.br(switchDepth(x, s.dflt()));
    } else {
      long min = Long.MAX_VALUE;
      long max = Long.MIN_VALUE;
      for (int k : keys) {
        min = Math.min(min, k);
        max = Math.max(max, k);
      }
      long range = max - min + 1;
      if (range <= 2L * n + 16) {
        emitter.switchKey(s, code);
        if (min != 0) {
          code.i32((int) min).op(Op.I32_SUB);
        }
        int[] depths = new int[(int) range];
        int dflt = switchDepth(x, s.dflt());
        java.util.Arrays.fill(depths, dflt);
        for (int k = 0; k < n; k++) {
          depths[(int) (keys[k] - min)] = switchDepth(x, s.targets()[k]);
        }
        code.brTable(depths, dflt);
      } else {
        int key = emitter.keyLocal();
        emitter.switchKey(s, code);
        code.localSet(key);
        for (int k = 0; k < n; k++) {
          code.localGet(key).i32(keys[k]).op(Op.I32_EQ);
          code.brIf(switchDepth(x, s.targets()[k]));
        }
        code.br(switchDepth(x, s.dflt()));
      }
    }
    for (int i = inline.size() - 1; i >= 0; i--) {
      frames.remove(frames.size() - 1);
      code.end();
      doTree(inline.get(i));
    }
  }
}
