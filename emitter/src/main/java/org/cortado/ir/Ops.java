package org.cortado.ir;

/** Operators of the IR's arithmetic nodes. */
public final class Ops {
  private Ops() {
  }

  /** Binary arithmetic; the operand type is the node's type (int, long, float or double). */
  public enum BinOp { ADD, SUB, MUL, DIV, REM, AND, OR, XOR, SHL, SHR, USHR }

  /** Unary operators and primitive conversions (named like the bytecodes). */
  public enum UnOp { NEG, I2L, I2F, I2D, L2I, L2F, L2D, F2I, F2L, F2D, D2I, D2L, D2F, I2B, I2C, I2S }

  /** Three-way comparisons producing -1/0/1 (lcmp, fcmpl, fcmpg, dcmpl, dcmpg). */
  public enum CmpKind { LCMP, FCMPL, FCMPG, DCMPL, DCMPG }

  /** Conditions of two-operand tests (ints or references). */
  public enum Cond {
    EQ, NE, LT, GE, GT, LE;

    public Cond negate() {
      return switch (this) {
        case EQ -> NE;
        case NE -> EQ;
        case LT -> GE;
        case GE -> LT;
        case GT -> LE;
        case LE -> GT;
      };
    }
  }

  /** How a call is dispatched. */
  public enum InvokeKind { STATIC, SPECIAL, VIRTUAL, INTERFACE }
}
