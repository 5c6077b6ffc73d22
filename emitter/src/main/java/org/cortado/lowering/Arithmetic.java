package org.cortado.lowering;

import org.cortado.ir.Expr;
import org.cortado.ir.Expr.Binary;
import org.cortado.ir.Expr.Compare3;
import org.cortado.ir.Expr.Const;
import org.cortado.ir.Expr.Unary;
import org.cortado.ir.Ops.BinOp;
import org.cortado.ir.Ops.CmpKind;
import org.cortado.ir.Ops.Cond;
import org.cortado.wasm.Code;
import org.cortado.wasm.NumType;
import org.cortado.wasm.Op;
import org.cortado.wasm.ValType;
import org.objectweb.asm.Type;

/**
 * Java arithmetic in Wasm. Most operators map one to one (both wrap, both mask shift counts, and
 * saturating truncation is exactly Java's float-to-int). The exceptions: integer division checks
 * for zero and for MIN_VALUE / -1 (which traps in Wasm), float remainder calls out, and the
 * three-way compares keep the JVM's NaN rules.
 */
final class Arithmetic {
  private Arithmetic() {
  }

  static ValType binary(FunctionLowering fl, Binary b, Code code) {
    Type t = b.type();
    NumType nt = (NumType) fl.model.wasmType(t);
    boolean isLong = nt == NumType.I64;
    boolean isInt = nt == NumType.I32;
    if ((isInt || isLong) && (b.op() == BinOp.DIV || b.op() == BinOp.REM)) {
      return integerDivision(fl, b, nt, code);
    }
    if (b.op() == BinOp.REM && !isInt && !isLong) {
      fl.exprAs(b.a(), nt, code);
      if (nt == NumType.F32) {
        code.op(Op.F64_PROMOTE_F32);
      }
      fl.exprAs(b.b(), nt, code);
      if (nt == NumType.F32) {
        code.op(Op.F64_PROMOTE_F32);
      }
      code.call(fl.mb.jsImport("remainder"));
      if (nt == NumType.F32) {
        code.op(Op.F32_DEMOTE_F64);
      }
      return nt;
    }
    fl.exprAs(b.a(), nt, code);
    if (b.op() == BinOp.SHL || b.op() == BinOp.SHR || b.op() == BinOp.USHR) {
      fl.exprAs(b.b(), NumType.I32, code);
      if (isLong) {
        code.op(Op.I64_EXTEND_I32_U);
      }
    } else {
      fl.exprAs(b.b(), nt, code);
    }
    code.op(op(b.op(), nt));
    return nt;
  }

  private static Op op(BinOp op, NumType t) {
    return switch (t) {
      case I32 -> switch (op) {
        case ADD -> Op.I32_ADD;
        case SUB -> Op.I32_SUB;
        case MUL -> Op.I32_MUL;
        case AND -> Op.I32_AND;
        case OR -> Op.I32_OR;
        case XOR -> Op.I32_XOR;
        case SHL -> Op.I32_SHL;
        case SHR -> Op.I32_SHR_S;
        case USHR -> Op.I32_SHR_U;
        default -> throw new IllegalStateException(op.toString());
      };
      case I64 -> switch (op) {
        case ADD -> Op.I64_ADD;
        case SUB -> Op.I64_SUB;
        case MUL -> Op.I64_MUL;
        case AND -> Op.I64_AND;
        case OR -> Op.I64_OR;
        case XOR -> Op.I64_XOR;
        case SHL -> Op.I64_SHL;
        case SHR -> Op.I64_SHR_S;
        case USHR -> Op.I64_SHR_U;
        default -> throw new IllegalStateException(op.toString());
      };
      case F32 -> switch (op) {
        case ADD -> Op.F32_ADD;
        case SUB -> Op.F32_SUB;
        case MUL -> Op.F32_MUL;
        case DIV -> Op.F32_DIV;
        default -> throw new IllegalStateException(op.toString());
      };
      case F64 -> switch (op) {
        case ADD -> Op.F64_ADD;
        case SUB -> Op.F64_SUB;
        case MUL -> Op.F64_MUL;
        case DIV -> Op.F64_DIV;
        default -> throw new IllegalStateException(op.toString());
      };
    };
  }

  private static ValType integerDivision(FunctionLowering fl, Binary b, NumType nt, Code code) {
    boolean isLong = nt == NumType.I64;
    boolean div = b.op() == BinOp.DIV;
    Op wasmOp = isLong ? (div ? Op.I64_DIV_S : Op.I64_REM_S) : (div ? Op.I32_DIV_S : Op.I32_REM_S);
    if (b.b() instanceof Const c && ((Number) c.value()).longValue() != 0) {
      long k = ((Number) c.value()).longValue();
      fl.exprAs(b.a(), nt, code);
      if (k == -1) {
        // x / -1 is -x (wrapping at MIN_VALUE, where Wasm would trap); x % -1 is 0.
        if (div) {
          if (isLong) {
            code.i64(-1).op(Op.I64_MUL);
          } else {
            code.i32(-1).op(Op.I32_MUL);
          }
        } else {
          code.op(Op.DROP);
          if (isLong) {
            code.i64(0);
          } else {
            code.i32(0);
          }
        }
        return nt;
      }
      fl.expr(b.b(), code);
      code.op(wasmOp);
      return nt;
    }
    int a = fl.scratch(nt);
    int d = fl.scratch(nt);
    fl.exprAs(b.a(), nt, code);
    code.localSet(a);
    fl.exprAs(b.b(), nt, code);
    code.localTee(d);
    code.op(isLong ? Op.I64_EQZ : Op.I32_EQZ);
    code.open(Op.IF, null);
    fl.mb.throwDivisionByZero(code);
    code.end();
    if (!div) {
      // rem_s does not trap on MIN_VALUE % -1 (the result is 0, as in Java).
      code.localGet(a).localGet(d).op(wasmOp);
      fl.release(nt);
      fl.release(nt);
      return nt;
    }
    code.localGet(d);
    if (isLong) {
      code.i64(-1).op(Op.I64_EQ);
    } else {
      code.i32(-1).op(Op.I32_EQ);
    }
    code.open(Op.IF, nt);
    if (isLong) {
      code.i64(0).localGet(a).op(Op.I64_SUB);
    } else {
      code.i32(0).localGet(a).op(Op.I32_SUB);
    }
    code.op(Op.ELSE);
    code.localGet(a).localGet(d).op(wasmOp);
    code.end();
    fl.release(nt);
    fl.release(nt);
    return nt;
  }

  static ValType unary(FunctionLowering fl, Unary u, Code code) {
    switch (u.op()) {
      case NEG -> {
        NumType t = (NumType) fl.model.wasmType(u.type());
        switch (t) {
          case I32 -> {
            code.i32(0);
            fl.exprAs(u.a(), t, code);
            code.op(Op.I32_SUB);
          }
          case I64 -> {
            code.i64(0);
            fl.exprAs(u.a(), t, code);
            code.op(Op.I64_SUB);
          }
          case F32 -> {
            fl.exprAs(u.a(), t, code);
            code.op(Op.F32_NEG);
          }
          case F64 -> {
            fl.exprAs(u.a(), t, code);
            code.op(Op.F64_NEG);
          }
        }
        return t;
      }
      default -> {
        fl.expr(u.a(), code);
        switch (u.op()) {
          case I2L -> code.op(Op.I64_EXTEND_I32_S);
          case I2F -> code.op(Op.F32_CONVERT_I32_S);
          case I2D -> code.op(Op.F64_CONVERT_I32_S);
          case L2I -> code.op(Op.I32_WRAP_I64);
          case L2F -> code.op(Op.F32_CONVERT_I64_S);
          case L2D -> code.op(Op.F64_CONVERT_I64_S);
          case F2I -> code.op(Op.I32_TRUNC_SAT_F32_S);
          case F2L -> code.op(Op.I64_TRUNC_SAT_F32_S);
          case F2D -> code.op(Op.F64_PROMOTE_F32);
          case D2I -> code.op(Op.I32_TRUNC_SAT_F64_S);
          case D2L -> code.op(Op.I64_TRUNC_SAT_F64_S);
          case D2F -> code.op(Op.F32_DEMOTE_F64);
          case I2B -> code.op(Op.I32_EXTEND8_S);
          case I2C -> code.i32(0xFFFF).op(Op.I32_AND);
          case I2S -> code.op(Op.I32_EXTEND16_S);
          default -> throw new IllegalStateException(u.op().toString());
        }
        return fl.model.wasmType(u.type());
      }
    }
  }

  /** lcmp/fcmpl/fcmpg/dcmpl/dcmpg as a value in {-1, 0, 1}. */
  static ValType compare3(FunctionLowering fl, Compare3 c, Code code) {
    NumType t = operandType(c.kind());
    int a = fl.scratch(t);
    int b = fl.scratch(t);
    fl.exprAs(c.a(), t, code);
    code.localSet(a);
    fl.exprAs(c.b(), t, code);
    code.localSet(b);
    boolean nanIsLess = c.kind() == CmpKind.FCMPL || c.kind() == CmpKind.DCMPL;
    // gt - lt, where for floats an unordered pair counts as less (cmpl) or greater (cmpg).
    if (c.kind() == CmpKind.LCMP || nanIsLess) {
      code.localGet(a).localGet(b).op(gt(t));
    } else {
      code.localGet(a).localGet(b).op(le(t)).op(Op.I32_EQZ);
    }
    if (c.kind() == CmpKind.LCMP || !nanIsLess) {
      code.localGet(a).localGet(b).op(lt(t));
    } else {
      code.localGet(a).localGet(b).op(ge(t)).op(Op.I32_EQZ);
    }
    code.op(Op.I32_SUB);
    fl.release(t);
    fl.release(t);
    return NumType.I32;
  }

  /** {@code cmp(a, b) <cond> 0} without materialising the three-way result. */
  static void compareToZero(FunctionLowering fl, Compare3 c, Cond cond, Code code) {
    NumType t = operandType(c.kind());
    fl.exprAs(c.a(), t, code);
    fl.exprAs(c.b(), t, code);
    boolean isFloat = t == NumType.F32 || t == NumType.F64;
    boolean nanIsLess = c.kind() == CmpKind.FCMPL || c.kind() == CmpKind.DCMPL;
    if (!isFloat) {
      code.op(switch (cond) {
        case EQ -> Op.I64_EQ;
        case NE -> Op.I64_NE;
        case LT -> Op.I64_LT_S;
        case GE -> Op.I64_GE_S;
        case GT -> Op.I64_GT_S;
        case LE -> Op.I64_LE_S;
      });
      return;
    }
    // With NaN, cmpl yields -1 and cmpg yields 1; the result below keeps that.
    switch (cond) {
      case EQ -> code.op(eq(t));
      case NE -> code.op(eq(t)).op(Op.I32_EQZ);
      case LT -> {
        if (nanIsLess) {
          code.op(ge(t)).op(Op.I32_EQZ);
        } else {
          code.op(lt(t));
        }
      }
      case GE -> {
        if (nanIsLess) {
          code.op(ge(t));
        } else {
          code.op(lt(t)).op(Op.I32_EQZ);
        }
      }
      case GT -> {
        if (nanIsLess) {
          code.op(gt(t));
        } else {
          code.op(le(t)).op(Op.I32_EQZ);
        }
      }
      case LE -> {
        if (nanIsLess) {
          code.op(gt(t)).op(Op.I32_EQZ);
        } else {
          code.op(le(t));
        }
      }
    }
  }

  private static NumType operandType(CmpKind k) {
    return switch (k) {
      case LCMP -> NumType.I64;
      case FCMPL, FCMPG -> NumType.F32;
      default -> NumType.F64;
    };
  }

  private static Op gt(NumType t) {
    return t == NumType.I64 ? Op.I64_GT_S : t == NumType.F32 ? Op.F32_GT : Op.F64_GT;
  }

  private static Op lt(NumType t) {
    return t == NumType.I64 ? Op.I64_LT_S : t == NumType.F32 ? Op.F32_LT : Op.F64_LT;
  }

  private static Op ge(NumType t) {
    return t == NumType.I64 ? Op.I64_GE_S : t == NumType.F32 ? Op.F32_GE : Op.F64_GE;
  }

  private static Op le(NumType t) {
    return t == NumType.I64 ? Op.I64_LE_S : t == NumType.F32 ? Op.F32_LE : Op.F64_LE;
  }

  private static Op eq(NumType t) {
    return t == NumType.F32 ? Op.F32_EQ : Op.F64_EQ;
  }

  static boolean isIntegral(Expr e) {
    int s = e.type().getSort();
    return s == Type.INT || s == Type.LONG;
  }
}
