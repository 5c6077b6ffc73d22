package org.cortado.classfile;

import org.cortado.classfile.InvokeDynamicLowering.IndySite;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.commons.InstructionAdapter;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Lowers SwitchBootstraps call sites (Java 21 pattern switches) to a static helper per site
 * that returns the index of the first matching case label at or after the restart index, -1
 * for null and the label count when nothing matches.
 */
final class SwitchBootstrapsLowering {
  private static final String CONSTANT_BOOTSTRAPS = "java/lang/invoke/ConstantBootstraps";

  private final ClassNode owner;
  private int count;

  SwitchBootstrapsLowering(ClassNode owner) {
    this.owner = owner;
  }

  InsnList lower(IndySite site) {
    Type[] params = Type.getArgumentTypes(site.insn().desc);
    if (params.length != 2 || params[0].getSort() != Type.OBJECT
        || params[1].getSort() != Type.INT) {
      throw site.unsupported("call site type " + site.insn().desc);
    }
    boolean enumSwitch = site.insn().bsm.getName().equals("enumSwitch");
    MethodNode helper = new MethodNode(
        Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC | Opcodes.ACC_SYNTHETIC,
        "cortado$" + site.insn().bsm.getName() + "$" + count++, site.insn().desc, null, null);
    InstructionAdapter code = new InstructionAdapter(helper);
    Label start = new Label();
    code.load(0, params[0]);
    code.ifnonnull(start);
    code.iconst(-1);
    code.areturn(Type.INT_TYPE);
    frame(code, start);
    Object[] labels = site.insn().bsmArgs;
    for (int i = 0; i < labels.length; i++) {
      Label next = new Label();
      // After a failed guard the switch asks again from a restart index: skip earlier labels.
      code.load(1, Type.INT_TYPE);
      code.iconst(i);
      code.ificmpgt(next);
      Object label = labels[i];
      if (label instanceof Type type
          && (type.getSort() == Type.OBJECT || type.getSort() == Type.ARRAY)) {
        code.load(0, params[0]);
        code.instanceOf(type);
        code.ifeq(next);
      } else if (enumSwitch && label instanceof String constant) {
        sameConstant(code, params[0], params[0].getInternalName(), constant, next);
      } else if (!enumSwitch && label instanceof String string) {
        code.aconst(string);
        code.load(0, params[0]);
        code.invokevirtual("java/lang/Object", "equals", "(Ljava/lang/Object;)Z", false);
        code.ifeq(next);
      } else if (!enumSwitch && label instanceof Integer value) {
        sameInteger(code, params[0], value, next);
      } else if (!enumSwitch && label instanceof ConstantDynamic enumDesc) {
        String[] constant = enumConstant(site, enumDesc);
        sameConstant(code, params[0], constant[0], constant[1], next);
      } else {
        throw site.unsupported("case label " + label);
      }
      code.iconst(i);
      code.areturn(Type.INT_TYPE);
      frame(code, next);
    }
    code.iconst(labels.length);
    code.areturn(Type.INT_TYPE);
    MethodMaxs.compute(owner.name, helper);
    owner.methods.add(helper);
    InsnList call = new InsnList();
    call.add(new MethodInsnNode(Opcodes.INVOKESTATIC, owner.name, helper.name, helper.desc,
        (owner.access & Opcodes.ACC_INTERFACE) != 0));
    return call;
  }

  /** Falls through if the selector is the named enum constant, else jumps to {@code next}. */
  private static void sameConstant(InstructionAdapter code, Type selector, String enumClass,
      String name, Label next) {
    code.load(0, selector);
    code.getstatic(enumClass, name, "L" + enumClass + ";");
    code.ifacmpne(next);
  }

  /**
   * Falls through if the selector is a Number whose intValue() or a Character whose charValue()
   * equals the label (the JDK's rule), else jumps to {@code next}.
   */
  private static void sameInteger(InstructionAdapter code, Type selector, int value, Label next) {
    Label notNumber = new Label();
    Label match = new Label();
    code.load(0, selector);
    code.instanceOf(Type.getObjectType("java/lang/Number"));
    code.ifeq(notNumber);
    code.load(0, selector);
    code.checkcast(Type.getObjectType("java/lang/Number"));
    code.invokevirtual("java/lang/Number", "intValue", "()I", false);
    code.iconst(value);
    code.ificmpeq(match);
    code.goTo(next);
    frame(code, notNumber);
    code.load(0, selector);
    code.instanceOf(Type.getObjectType("java/lang/Character"));
    code.ifeq(next);
    code.load(0, selector);
    code.checkcast(Type.getObjectType("java/lang/Character"));
    code.invokevirtual("java/lang/Character", "charValue", "()C", false);
    code.iconst(value);
    code.ificmpne(next);
    frame(code, match);
  }

  /**
   * Decodes the {@code EnumDesc.of(ClassDesc.of("pkg.Outer$Color"), "RED")} constant javac emits
   * for a qualified enum label into {internal class name, constant name}.
   */
  private static String[] enumConstant(IndySite site, ConstantDynamic desc) {
    if (isInvoke(desc, "java/lang/Enum$EnumDesc", "of") && desc.getBootstrapMethodArgumentCount() == 3
        && desc.getBootstrapMethodArgument(1) instanceof ConstantDynamic cls
        && desc.getBootstrapMethodArgument(2) instanceof String name
        && isInvoke(cls, "java/lang/constant/ClassDesc", "of")
        && cls.getBootstrapMethodArgumentCount() == 2
        && cls.getBootstrapMethodArgument(1) instanceof String binaryName) {
      return new String[] {binaryName.replace('.', '/'), name};
    }
    throw site.unsupported("case label " + desc);
  }

  /** Whether the constant is {@code ConstantBootstraps.invoke(owner.name, ...)}. */
  private static boolean isInvoke(ConstantDynamic constant, String owner, String name) {
    Handle bsm = constant.getBootstrapMethod();
    return bsm.getOwner().equals(CONSTANT_BOOTSTRAPS) && bsm.getName().equals("invoke")
        && constant.getBootstrapMethodArgumentCount() > 0
        && constant.getBootstrapMethodArgument(0) instanceof Handle factory
        && factory.getOwner().equals(owner) && factory.getName().equals(name);
  }

  /** Marks a jump target; the helper never changes its locals, so every frame is F_SAME. */
  private static void frame(InstructionAdapter code, Label label) {
    code.mark(label);
    code.visitFrame(Opcodes.F_SAME, 0, null, 0, null);
  }
}
