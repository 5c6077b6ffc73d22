package org.cortado.classfile;

import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.Handle;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Replaces every {@code invokedynamic} with plain bytecode at class-load time, because nothing
 * at run time can link call sites: string concatenation becomes StringBuilder code, lambdas and
 * method references become synthetic classes, record methods and pattern switches become static
 * helpers in the class.
 */
public final class InvokeDynamicLowering {
  private final ClassNode cls;
  private final List<ClassNode> created = new ArrayList<>();
  private final LambdaLowering lambdas;
  private final RecordMethodsLowering records;
  private final SwitchBootstrapsLowering switches;

  private InvokeDynamicLowering(ClassNode cls) {
    this.cls = cls;
    this.lambdas = new LambdaLowering(cls, created);
    this.records = new RecordMethodsLowering(cls);
    this.switches = new SwitchBootstrapsLowering(cls);
  }

  /** Rewrites every invokedynamic in cls's methods in place; returns the synthetic classes it created (possibly empty). */
  public static List<ClassNode> lower(ClassNode cls) {
    InvokeDynamicLowering lowering = new InvokeDynamicLowering(cls);
    // A copy: record and switch lowering add helper methods (which contain no invokedynamic).
    for (MethodNode method : new ArrayList<>(cls.methods)) {
      lowering.lowerMethod(method);
    }
    return lowering.created;
  }

  private void lowerMethod(MethodNode method) {
    // Temporaries of different sites are never live at once, so every site starts at the same slot.
    int firstTemp = method.maxLocals;
    for (AbstractInsnNode insn : method.instructions.toArray()) {
      if (insn instanceof InvokeDynamicInsnNode indy) {
        InsnList code = lowerSite(new IndySite(cls, method, indy, firstTemp));
        method.instructions.insert(indy, code);
        method.instructions.remove(indy);
      }
    }
  }

  private InsnList lowerSite(IndySite site) {
    Handle bsm = site.insn().bsm;
    return switch (bsm.getOwner() + "." + bsm.getName()) {
      case "java/lang/invoke/StringConcatFactory.makeConcatWithConstants",
          "java/lang/invoke/StringConcatFactory.makeConcat" -> StringConcatLowering.lower(site);
      case "java/lang/invoke/LambdaMetafactory.metafactory",
          "java/lang/invoke/LambdaMetafactory.altMetafactory" -> lambdas.lower(site);
      case "java/lang/runtime/ObjectMethods.bootstrap" -> records.lower(site);
      case "java/lang/runtime/SwitchBootstraps.typeSwitch",
          "java/lang/runtime/SwitchBootstraps.enumSwitch" -> switches.lower(site);
      default -> throw site.unsupported(null);
    };
  }

  /**
   * One invokedynamic being rewritten: where it is, and the first local slot free for temporaries.
   */
  record IndySite(ClassNode owner, MethodNode method, InvokeDynamicInsnNode insn, int firstTemp) {
    /** The error for a bootstrap (or bootstrap arguments) we cannot lower; detail may be null. */
    UnsupportedInvokeDynamicException unsupported(String detail) {
      Handle bsm = insn.bsm;
      return new UnsupportedInvokeDynamicException(
          bsm.getOwner() + "." + bsm.getName(), owner.name + "." + method.name, detail);
    }
  }
}
