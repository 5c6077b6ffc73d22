package org.cortado.classfile;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.commons.InstructionAdapter;

/**
 * The value conversions LambdaMetafactory applies between interface-method and implementation
 * types (widening, boxing, unboxing, casts), emitted with the same choices the JDK makes so
 * that, e.g., an Object argument passed to an int parameter is unboxed through Number.
 */
final class LambdaTypeAdapter {
  private static final String NUMBER = "java/lang/Number";

  private LambdaTypeAdapter() {}

  /**
   * Converts the value on top of the stack from {@code arg} to {@code target}; {@code functional}
   * is the instantiated (more specific) type a reference argument is first cast to.
   */
  static void convert(InstructionAdapter code, Type arg, Type target, Type functional) {
    if (arg.equals(target) && arg.equals(functional)) {
      return;
    }
    if (arg.getSort() == Type.VOID || target.getSort() == Type.VOID) {
      return;
    }
    if (isPrimitive(arg)) {
      if (isPrimitive(target)) {
        widen(code, arg, target);
      } else {
        Type unboxedTarget = unboxedType(target);
        if (unboxedTarget != null) {
          // Boxed target: widen first so that e.g. an int reaches a Long parameter as a Long.
          widen(code, arg, unboxedTarget);
          box(code, unboxedTarget);
        } else {
          box(code, arg);
          cast(code, boxedType(arg), target);
        }
      }
      return;
    }
    Type source = functional;
    if (isPrimitive(functional)) {
      source = arg;
    } else {
      cast(code, arg, functional);
    }
    if (!isPrimitive(target)) {
      cast(code, source, target);
      return;
    }
    Type unboxedSource = unboxedType(source);
    if (unboxedSource != null) {
      if (isNumeric(unboxedSource)) {
        // Any Number subclass can produce any numeric primitive directly, e.g. Integer.longValue().
        unbox(code, source.getInternalName(), target);
      } else {
        unbox(code, source.getInternalName(), unboxedSource);
        widen(code, unboxedSource, target);
      }
    } else {
      // A supertype of the wrapper (Object, Comparable, ...): numbers go through Number.
      String via = isNumeric(target) ? NUMBER : boxedType(target).getInternalName();
      cast(code, source, Type.getObjectType(via));
      unbox(code, via, target);
    }
  }

  /** Drops a value of this type from the stack (used when an interface method returns void). */
  static void pop(InstructionAdapter code, Type type) {
    if (type.getSize() == 2) {
      code.pop2();
    } else if (type.getSize() == 1) {
      code.pop();
    }
  }

  private static void widen(InstructionAdapter code, Type from, Type to) {
    int fromSort = stackSort(from);
    int toSort = stackSort(to);
    if (fromSort == toSort) {
      return;
    }
    int opcode = switch (fromSort * 16 + toSort) {
      case Type.INT * 16 + Type.LONG -> Opcodes.I2L;
      case Type.INT * 16 + Type.FLOAT -> Opcodes.I2F;
      case Type.INT * 16 + Type.DOUBLE -> Opcodes.I2D;
      case Type.LONG * 16 + Type.FLOAT -> Opcodes.L2F;
      case Type.LONG * 16 + Type.DOUBLE -> Opcodes.L2D;
      case Type.FLOAT * 16 + Type.DOUBLE -> Opcodes.F2D;
      default -> throw new IllegalArgumentException("no widening conversion " + from + " -> " + to);
    };
    code.visitInsn(opcode);
  }

  private static void box(InstructionAdapter code, Type primitive) {
    Type boxed = boxedType(primitive);
    code.invokestatic(boxed.getInternalName(), "valueOf",
        Type.getMethodDescriptor(boxed, primitive), false);
  }

  private static void unbox(InstructionAdapter code, String owner, Type primitive) {
    code.invokevirtual(owner, primitive.getClassName() + "Value",
        Type.getMethodDescriptor(primitive), false);
  }

  /** A checkcast unless the types are equal or the target is Object (the JDK skips those too). */
  private static void cast(InstructionAdapter code, Type from, Type to) {
    if (!from.equals(to) && !to.getDescriptor().equals("Ljava/lang/Object;")) {
      code.checkcast(to);
    }
  }

  private static boolean isPrimitive(Type t) {
    return t.getSort() < Type.ARRAY;
  }

  private static boolean isNumeric(Type primitive) {
    int sort = primitive.getSort();
    return sort != Type.BOOLEAN && sort != Type.CHAR;
  }

  /** int, long, float or double: the kind of value the JVM stack holds for this type. */
  private static int stackSort(Type t) {
    int sort = t.getSort();
    return sort == Type.BOOLEAN || sort == Type.CHAR || sort == Type.BYTE || sort == Type.SHORT
        ? Type.INT : sort;
  }

  static Type boxedType(Type primitive) {
    String name = switch (primitive.getSort()) {
      case Type.BOOLEAN -> "java/lang/Boolean";
      case Type.CHAR -> "java/lang/Character";
      case Type.BYTE -> "java/lang/Byte";
      case Type.SHORT -> "java/lang/Short";
      case Type.INT -> "java/lang/Integer";
      case Type.LONG -> "java/lang/Long";
      case Type.FLOAT -> "java/lang/Float";
      case Type.DOUBLE -> "java/lang/Double";
      default -> throw new IllegalArgumentException("not a primitive: " + primitive);
    };
    return Type.getObjectType(name);
  }

  /** The primitive type a wrapper class boxes, or null if the type is not a wrapper. */
  static Type unboxedType(Type type) {
    return switch (type.getDescriptor()) {
      case "Ljava/lang/Boolean;" -> Type.BOOLEAN_TYPE;
      case "Ljava/lang/Character;" -> Type.CHAR_TYPE;
      case "Ljava/lang/Byte;" -> Type.BYTE_TYPE;
      case "Ljava/lang/Short;" -> Type.SHORT_TYPE;
      case "Ljava/lang/Integer;" -> Type.INT_TYPE;
      case "Ljava/lang/Long;" -> Type.LONG_TYPE;
      case "Ljava/lang/Float;" -> Type.FLOAT_TYPE;
      case "Ljava/lang/Double;" -> Type.DOUBLE_TYPE;
      default -> null;
    };
  }
}
