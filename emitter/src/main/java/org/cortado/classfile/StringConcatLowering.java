package org.cortado.classfile;

import java.util.ArrayList;
import java.util.List;
import org.cortado.classfile.InvokeDynamicLowering.IndySite;
import org.objectweb.asm.Type;
import org.objectweb.asm.commons.InstructionAdapter;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Lowers StringConcatFactory call sites to {@code new String(new StringBuilder().append(..)...)}:
 * like the JDK's, the result is always a new string, even when empty (StringBuilder.toString()
 * gives the "" literal then).
 */
final class StringConcatLowering {
  static final String BUILDER = "java/lang/StringBuilder";
  private static final char ARG = '\u0001';
  private static final char CONSTANT = '\u0002';

  private StringConcatLowering() {}

  static InsnList lower(IndySite site) {
    InvokeDynamicInsnNode insn = site.insn();
    Type[] args = Type.getArgumentTypes(insn.desc);
    List<Object> pieces = pieces(site, args.length);
    MethodNode method = site.method();
    MethodNode out = new MethodNode();
    InstructionAdapter code = new InstructionAdapter(out);
    if (args.length == 0) {
      code.aconst(pieces.isEmpty() ? "" : pieces.get(0));
      return out.instructions;
    }
    // The arguments are on the stack, but the builder must be below them: park them in locals,
    // last argument on top, so store from the end.
    int[] slots = new int[args.length];
    int next = site.firstTemp();
    for (int i = 0; i < args.length; i++) {
      slots[i] = next;
      next += args[i].getSize();
    }
    for (int i = args.length - 1; i >= 0; i--) {
      code.store(slots[i], args[i]);
    }
    code.anew(Type.getObjectType("java/lang/String"));
    code.dup();
    code.anew(Type.getObjectType(BUILDER));
    code.dup();
    code.invokespecial(BUILDER, "<init>", "()V", false);
    for (Object piece : pieces) {
      if (piece instanceof String text) {
        code.aconst(text);
        append(code, Type.getType(String.class));
      } else {
        int i = (Integer) piece;
        code.load(slots[i], args[i]);
        append(code, args[i]);
      }
    }
    code.invokespecial("java/lang/String", "<init>", "(L" + BUILDER + ";)V", false);
    method.maxLocals = Math.max(method.maxLocals, next);
    // At the site the stack held D values below the A argument slots, so maxStack >= D + max(A, 1);
    // the new code peaks at D + 5 (string, string, then builder, builder or builder + a long/double
    // argument).
    int argSlots = next - site.firstTemp();
    method.maxStack = Math.max(method.maxStack, method.maxStack - Math.max(argSlots, 1) + 5);
    return out.instructions;
  }

  /**
   * Emits the StringBuilder.append overload javac would choose for a value of this type; the
   * builder and the value are on the stack, the builder is left there.
   */
  static void append(InstructionAdapter code, Type type) {
    String param = switch (type.getSort()) {
      case Type.BOOLEAN -> "Z";
      case Type.CHAR -> "C";
      case Type.BYTE, Type.SHORT, Type.INT -> "I";
      case Type.LONG -> "J";
      case Type.FLOAT -> "F";
      case Type.DOUBLE -> "D";
      // Only a static type of exactly String may use append(String); char[] and CharSequence
      // must go through append(Object) to get String.valueOf(Object) semantics.
      default -> type.getDescriptor().equals("Ljava/lang/String;")
          ? "Ljava/lang/String;" : "Ljava/lang/Object;";
    };
    code.invokevirtual(BUILDER, "append", "(" + param + ")L" + BUILDER + ";", false);
  }

  /**
   * The recipe as a list of literal Strings (constants folded in, adjacent text merged, empty
   * text dropped) and Integer argument indexes.
   */
  private static List<Object> pieces(IndySite site, int argCount) {
    InvokeDynamicInsnNode insn = site.insn();
    List<Object> pieces = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    if (insn.bsm.getName().equals("makeConcat")) {
      for (int i = 0; i < argCount; i++) {
        pieces.add(i);
      }
      return pieces;
    }
    if (insn.bsmArgs.length == 0 || !(insn.bsmArgs[0] instanceof String recipe)) {
      throw site.unsupported("missing recipe");
    }
    int arg = 0;
    int constant = 1;
    for (int i = 0; i < recipe.length(); i++) {
      char c = recipe.charAt(i);
      if (c == ARG) {
        if (text.length() > 0) {
          pieces.add(text.toString());
          text.setLength(0);
        }
        pieces.add(arg++);
      } else if (c == CONSTANT) {
        if (constant >= insn.bsmArgs.length) {
          throw site.unsupported("recipe needs more constants than given");
        }
        text.append(constantText(site, insn.bsmArgs[constant++]));
      } else {
        text.append(c);
      }
    }
    if (text.length() > 0) {
      pieces.add(text.toString());
    }
    if (arg != argCount) {
      throw site.unsupported("recipe has " + arg + " argument markers for " + argCount + " arguments");
    }
    return pieces;
  }

  /** A recipe constant as the JDK would append it: String.valueOf of the boxed constant. */
  private static String constantText(IndySite site, Object constant) {
    if (constant instanceof String || constant instanceof Integer || constant instanceof Long
        || constant instanceof Float || constant instanceof Double) {
      return String.valueOf(constant);
    }
    throw site.unsupported("recipe constant " + constant);
  }
}
