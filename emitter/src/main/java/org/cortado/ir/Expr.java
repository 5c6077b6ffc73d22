package org.cortado.ir;

import java.util.List;
import org.cortado.ir.Ops.BinOp;
import org.cortado.ir.Ops.CmpKind;
import org.cortado.ir.Ops.Cond;
import org.cortado.ir.Ops.InvokeKind;
import org.cortado.ir.Ops.UnOp;
import org.cortado.ir.Refs.FieldRef;
import org.cortado.ir.Refs.MethodRef;
import org.objectweb.asm.Type;

/**
 * IR expressions: trees without control flow. Evaluation is left to right, as in the JVM. Types
 * are Java types (ASM {@link Type}); byte/short/char/boolean values are ints on the stack.
 */
public sealed interface Expr {
  Type NULL_TYPE = Type.getObjectType("null");
  Type OBJECT = Type.getObjectType("java/lang/Object");
  Type STRING = Type.getObjectType("java/lang/String");
  Type CLASS = Type.getObjectType("java/lang/Class");
  Type THROWABLE = Type.getObjectType("java/lang/Throwable");

  Type type();

  /** int/long/float/double constant (boxed value), string literal, or null. */
  record Const(Type type, Object value) implements Expr {
    public static Const ofInt(int v) {
      return new Const(Type.INT_TYPE, v);
    }
  }

  /** A class literal (primitive classes included). */
  record ClassConst(Type cls) implements Expr {
    @Override public Type type() {
      return CLASS;
    }
  }

  record Local(Var v) implements Expr {
    @Override public Type type() {
      return v.type;
    }
  }

  record Binary(BinOp op, Type type, Expr a, Expr b) implements Expr { }

  record Unary(UnOp op, Type type, Expr a) implements Expr { }

  /** lcmp/fcmpX/dcmpX: -1, 0 or 1. */
  record Compare3(CmpKind kind, Expr a, Expr b) implements Expr {
    @Override public Type type() {
      return Type.INT_TYPE;
    }
  }

  /** A two-operand condition (int or reference operands) as a boolean int. */
  record Condition(Cond cond, Expr a, Expr b) implements Expr {
    @Override public Type type() {
      return Type.BOOLEAN_TYPE;
    }
  }

  record GetField(FieldRef field, Expr obj) implements Expr {
    @Override public Type type() {
      return field.type();
    }
  }

  record GetStatic(FieldRef field) implements Expr {
    @Override public Type type() {
      return field.type();
    }
  }

  record ArrayLength(Expr array) implements Expr {
    @Override public Type type() {
      return Type.INT_TYPE;
    }
  }

  /** Element load; {@code elem} is the element type from the opcode (Object for aaload). */
  record ArrayLoad(Expr array, Expr index, Type elem) implements Expr {
    @Override public Type type() {
      if (elem.getSort() == Type.OBJECT) {
        Type at = array.type();
        return at.getSort() == Type.ARRAY ? Type.getType(at.getDescriptor().substring(1)) : OBJECT;
      }
      return elem;
    }
  }

  /** Allocation without constructor call (the {@code <init>} call is a separate statement). */
  record NewObject(String cls) implements Expr {
    @Override public Type type() {
      return Type.getObjectType(cls);
    }
  }

  record NewArray(Type type, Expr length) implements Expr { }

  record NewMultiArray(Type type, List<Expr> dims) implements Expr { }

  record InstanceOf(Expr obj, Type target) implements Expr {
    @Override public Type type() {
      return Type.BOOLEAN_TYPE;
    }
  }

  record CheckCast(Expr obj, Type type) implements Expr { }

  /** A call; for non-static kinds the receiver is {@code args.get(0)}. */
  record Invoke(InvokeKind kind, MethodRef method, List<Expr> args) implements Expr {
    @Override public Type type() {
      return method.returnType();
    }
  }

  /** The exception being handled, at the entry of an exception dispatch block. */
  record CaughtException() implements Expr {
    @Override public Type type() {
      return THROWABLE;
    }
  }
}
