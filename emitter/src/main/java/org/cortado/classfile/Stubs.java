package org.cortado.classfile;

import java.util.List;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;

/**
 * Members the user declared never called ({@code --stub}): their bodies become
 * {@code throw new UnsupportedOperationException(...)}, so whatever they would reach is not compiled
 * and cannot fail the build. A pattern names a class ({@code java.io.File}: every method and
 * constructor; its static initialiser becomes empty) or a method with all its overloads
 * ({@code java.lang.Thread.start}, {@code java.io.File.<init>}). A stubbed method the classlib
 * lacks altogether is created on demand, so the call sites that name it link.
 */
public final class Stubs {
  public static final Stubs NONE = new Stubs(List.of());

  private final List<String> patterns;

  public Stubs(List<String> patterns) {
    this.patterns = List.copyOf(patterns);
  }

  public boolean isEmpty() {
    return patterns.isEmpty();
  }

  /** Whether {@code owner.name} (internal class name, any descriptor) is stubbed; name "" asks for the class. */
  public boolean matches(String owner, String name) {
    String cls = owner.replace('/', '.');
    return patterns.contains(cls) || !name.isEmpty() && patterns.contains(cls + "." + name);
  }

  /** A stubbed class the class path lacks: empty, its members created as they are called. */
  ClassNode emptyClass(String name) {
    ClassNode cn = new ClassNode();
    cn.version = Opcodes.V1_8;
    cn.access = Opcodes.ACC_PUBLIC | Opcodes.ACC_SUPER;
    cn.name = name;
    cn.superName = "java/lang/Object";
    return cn;
  }

  /** Replaces the bodies of this class's stubbed methods. */
  void apply(ClassNode cn) {
    if (patterns.isEmpty()) {
      return;
    }
    for (MethodNode m : cn.methods) {
      if ((m.access & Opcodes.ACC_ABSTRACT) != 0 || !matches(cn.name, m.name)) {
        continue;
      }
      if (m.name.equals("<clinit>")) {
        replaceBody(m, emptyBody());
      } else {
        replaceBody(m, throwingBody(cn.name, m.name));
      }
    }
  }

  /** A stub for a method the class does not have, or null if no pattern names it. */
  public MethodNode missing(ClassNode cn, String name, String desc, boolean isStatic) {
    if (!matches(cn.name, name) || name.equals("<clinit>")) {
      return null;
    }
    int access = Opcodes.ACC_PUBLIC | (isStatic ? Opcodes.ACC_STATIC : 0);
    MethodNode m = new MethodNode(access, name, desc, null, null);
    replaceBody(m, throwingBody(cn.name, name));
    cn.methods.add(m);
    return m;
  }

  private static void replaceBody(MethodNode m, InsnList body) {
    m.access &= ~Opcodes.ACC_NATIVE;
    m.instructions = body;
    m.tryCatchBlocks = new java.util.ArrayList<>();
    m.localVariables = null;
    m.maxStack = 3;
    m.maxLocals = Type.getArgumentsAndReturnSizes(m.desc) >> 2;
  }

  private static InsnList emptyBody() {
    InsnList body = new InsnList();
    body.add(new InsnNode(Opcodes.RETURN));
    return body;
  }

  private static InsnList throwingBody(String owner, String name) {
    String uoe = "java/lang/UnsupportedOperationException";
    InsnList body = new InsnList();
    body.add(new TypeInsnNode(Opcodes.NEW, uoe));
    body.add(new InsnNode(Opcodes.DUP));
    body.add(new LdcInsnNode(owner.replace('/', '.') + "." + name + " is not available (stubbed at compile time)"));
    body.add(new MethodInsnNode(Opcodes.INVOKESPECIAL, uoe, "<init>", "(Ljava/lang/String;)V", false));
    body.add(new InsnNode(Opcodes.ATHROW));
    return body;
  }
}
