package org.cortado.classfile;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.MethodNode;

/**
 * Sets maxStack/maxLocals of a generated method by letting ASM's ClassWriter compute them,
 * which is less error-prone than counting by hand in every generator.
 */
final class MethodMaxs {
  private MethodMaxs() {}

  static void compute(String owner, MethodNode method) {
    ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
    writer.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, owner, null, "java/lang/Object", null);
    method.accept(writer);
    writer.visitEnd();
    new ClassReader(writer.toByteArray()).accept(new ClassVisitor(Opcodes.ASM9) {
      @Override
      public MethodVisitor visitMethod(int access, String name, String desc, String signature,
          String[] exceptions) {
        return new MethodVisitor(Opcodes.ASM9) {
          @Override
          public void visitMaxs(int maxStack, int maxLocals) {
            method.maxStack = maxStack;
            method.maxLocals = maxLocals;
          }
        };
      }
    }, ClassReader.SKIP_FRAMES | ClassReader.SKIP_DEBUG);
  }
}
