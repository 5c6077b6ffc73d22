package org.cortado.classfile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cortado.classfile.InvokeDynamicLowering.IndySite;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.commons.InstructionAdapter;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InnerClassNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Lowers ObjectMethods call sites (a record's toString, hashCode, equals) to static helper
 * methods in the class, computing exactly what the JDK's method handles compute.
 */
final class RecordMethodsLowering {
  private static final String OBJECT_DESC = "Ljava/lang/Object;";

  private final ClassNode owner;
  private final Map<String, MethodNode> helpers = new HashMap<>();

  RecordMethodsLowering(ClassNode owner) {
    this.owner = owner;
  }

  InsnList lower(IndySite site) {
    String name = site.insn().name;
    String desc = site.insn().desc;
    MethodNode helper = helpers.get(name + desc);
    if (helper == null) {
      helper = generate(site);
      owner.methods.add(helper);
      helpers.put(name + desc, helper);
    }
    InsnList call = new InsnList();
    call.add(new MethodInsnNode(Opcodes.INVOKESTATIC, owner.name, helper.name, helper.desc,
        (owner.access & Opcodes.ACC_INTERFACE) != 0));
    return call;
  }

  private MethodNode generate(IndySite site) {
    Object[] args = site.insn().bsmArgs;
    if (args.length < 2 || !(args[0] instanceof Type recordType) || !(args[1] instanceof String names)) {
      throw site.unsupported("malformed bootstrap arguments");
    }
    List<Handle> getters = new ArrayList<>();
    for (int i = 2; i < args.length; i++) {
      if (!(args[i] instanceof Handle h) || h.getTag() != Opcodes.H_GETFIELD) {
        throw site.unsupported("component accessor " + args[i]);
      }
      getters.add(h);
    }
    List<String> componentNames = names.isEmpty() ? List.of() : List.of(names.split(";"));
    if (componentNames.size() != getters.size()) {
      throw site.unsupported("component names \"" + names + "\" for " + getters.size() + " accessors");
    }
    String desc = site.insn().desc;
    MethodNode m = new MethodNode(Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC | Opcodes.ACC_SYNTHETIC,
        "cortado$" + site.insn().name, desc, null, null);
    InstructionAdapter code = new InstructionAdapter(m);
    String signature = site.insn().name + desc;
    if (signature.equals("toString(" + recordType.getDescriptor() + ")Ljava/lang/String;")) {
      toStringBody(code, simpleName(recordType.getInternalName()), componentNames, getters);
    } else if (signature.equals("hashCode(" + recordType.getDescriptor() + ")I")) {
      hashCodeBody(code, getters);
    } else if (signature.equals("equals(" + recordType.getDescriptor() + OBJECT_DESC + ")Z")) {
      equalsBody(code, recordType, getters);
    } else {
      throw site.unsupported("method " + signature);
    }
    MethodMaxs.compute(owner.name, m);
    return m;
  }

  /** {@code Name[a=1, b=str]}, each component appended as string concatenation would. */
  private static void toStringBody(InstructionAdapter code, String simpleName, List<String> names,
      List<Handle> getters) {
    code.anew(Type.getObjectType(StringConcatLowering.BUILDER));
    code.dup();
    code.invokespecial(StringConcatLowering.BUILDER, "<init>", "()V", false);
    String text = simpleName + "[";
    for (int i = 0; i < getters.size(); i++) {
      text += (i == 0 ? "" : ", ") + names.get(i) + "=";
      code.aconst(text);
      StringConcatLowering.append(code, Type.getType(String.class));
      Type type = get(code, getters.get(i), 0);
      StringConcatLowering.append(code, type);
      text = "";
    }
    code.aconst(text + "]");
    StringConcatLowering.append(code, Type.getType(String.class));
    code.invokevirtual(StringConcatLowering.BUILDER, "toString", "()Ljava/lang/String;", false);
    code.areturn(Type.getType(String.class));
  }

  /** {@code h = 31 * h + hash(c)} over the components in order, starting from 0 (so h = hash(c0) first). */
  private static void hashCodeBody(InstructionAdapter code, List<Handle> getters) {
    if (getters.isEmpty()) {
      code.iconst(0);
    }
    for (int i = 0; i < getters.size(); i++) {
      if (i > 0) {
        code.iconst(31);
        code.mul(Type.INT_TYPE);
      }
      hash(code, get(code, getters.get(i), 0));
      if (i > 0) {
        code.add(Type.INT_TYPE);
      }
    }
    code.areturn(Type.INT_TYPE);
  }

  /** The JDK's per-type hasher: Integer/Short/.../Double.hashCode, Objects.hashCode. */
  private static void hash(InstructionAdapter code, Type type) {
    switch (type.getSort()) {
      case Type.INT, Type.SHORT, Type.BYTE, Type.CHAR -> { } // their hashCode is the value
      case Type.LONG -> {
        // Long.hashCode(v) = (int) (v ^ (v >>> 32)), inlined: the classlib's Long.hashCode(long) is private.
        code.dup2();
        code.iconst(32);
        code.ushr(Type.LONG_TYPE);
        code.xor(Type.LONG_TYPE);
        code.cast(Type.LONG_TYPE, Type.INT_TYPE);
      }
      case Type.BOOLEAN -> code.invokestatic("java/lang/Boolean", "hashCode", "(Z)I", false);
      case Type.FLOAT -> code.invokestatic("java/lang/Float", "hashCode", "(F)I", false);
      case Type.DOUBLE -> code.invokestatic("java/lang/Double", "hashCode", "(D)I", false);
      default -> code.invokestatic("java/util/Objects", "hashCode", "(" + OBJECT_DESC + ")I", false);
    }
  }

  /**
   * Identity, then type test, then the components from last to first (the JDK nests its guards
   * that way, which shows when a component's equals has side effects). Floats and doubles
   * compare with Float/Double.compare, so NaN equals NaN and 0.0 differs from -0.0.
   */
  private static void equalsBody(InstructionAdapter code, Type recordType, List<Handle> getters) {
    Label notSame = new Label();
    Label differ = new Label();
    code.load(0, recordType);
    code.load(1, Type.getType(Object.class));
    code.ifacmpne(notSame);
    code.iconst(1);
    code.areturn(Type.INT_TYPE);
    code.mark(notSame);
    code.visitFrame(Opcodes.F_SAME, 0, null, 0, null);
    code.load(1, Type.getType(Object.class));
    code.instanceOf(recordType);
    code.ifeq(differ);
    for (int i = getters.size() - 1; i >= 0; i--) {
      Handle getter = getters.get(i);
      Type type = get(code, getter, 0);
      code.load(1, Type.getType(Object.class));
      code.checkcast(recordType);
      code.getfield(getter.getOwner(), getter.getName(), getter.getDesc());
      switch (type.getSort()) {
        case Type.INT, Type.SHORT, Type.BYTE, Type.CHAR, Type.BOOLEAN -> code.ificmpne(differ);
        case Type.LONG -> {
          code.lcmp();
          code.ifne(differ);
        }
        case Type.FLOAT -> {
          code.invokestatic("java/lang/Float", "compare", "(FF)I", false);
          code.ifne(differ);
        }
        case Type.DOUBLE -> {
          code.invokestatic("java/lang/Double", "compare", "(DD)I", false);
          code.ifne(differ);
        }
        default -> {
          code.invokestatic("java/util/Objects", "equals", "(" + OBJECT_DESC + OBJECT_DESC + ")Z", false);
          code.ifeq(differ);
        }
      }
    }
    code.iconst(1);
    code.areturn(Type.INT_TYPE);
    code.mark(differ);
    code.visitFrame(Opcodes.F_SAME, 0, null, 0, null);
    code.iconst(0);
    code.areturn(Type.INT_TYPE);
  }

  /** Reads a component of the record in local {@code slot}; returns its type. */
  private static Type get(InstructionAdapter code, Handle getter, int slot) {
    code.load(slot, Type.getObjectType(getter.getOwner()));
    code.getfield(getter.getOwner(), getter.getName(), getter.getDesc());
    return Type.getType(getter.getDesc());
  }

  /** Class.getSimpleName() from the InnerClasses attribute: "Point" for Outer$Point. */
  private String simpleName(String recordName) {
    if (owner.innerClasses != null) {
      for (InnerClassNode inner : owner.innerClasses) {
        if (inner.name.equals(recordName)) {
          return inner.innerName == null ? "" : inner.innerName;
        }
      }
    }
    return recordName.substring(recordName.lastIndexOf('/') + 1);
  }
}
