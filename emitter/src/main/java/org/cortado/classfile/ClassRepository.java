package org.cortado.classfile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.ListIterator;
import java.util.Map;
import java.util.Objects;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.commons.ClassRemapper;
import org.objectweb.asm.commons.JSRInlinerAdapter;
import org.objectweb.asm.commons.Remapper;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.AnnotationNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * All classes of the program in the Java namespace, loaded on demand: user classes as they are,
 * JDK classes from teavm-classlib renamed to their {@code java.*} names with our patches merged in.
 * Every class is normalised once here (annotations applied, intrinsic fields and platform checks
 * rewritten, invokedynamic lowered) so later phases see plain bytecode.
 */
public final class ClassRepository {
  private static final String RENAME = "Lorg/teavm/interop/Rename;";
  private static final String OUR_RENAME = "Lorg/cortado/runtime/Rename;";
  private static final String SUPERCLASS = "Lorg/teavm/interop/Superclass;";
  private static final String REMOVE = "Lorg/teavm/interop/Remove;";
  private static final String REPLACE = "Lorg/cortado/runtime/ReplaceClass;";
  private static final String PATCH_CONSTRUCTOR = "Lorg/cortado/runtime/PatchConstructor;";
  private static final String PLATFORM = "org/teavm/classlib/PlatformDetector";
  /**
   * Primitive class literals are spelled {@code ldc "cortado/primitive/I"} after rewriting, because
   * bytecode has no constant for them and ASM's analyzer rejects an ldc of a primitive type.
   */
  public static final String PRIMITIVE_CLASS = "cortado/primitive/";
  private static final Map<String, Type> PRIMITIVE_TYPE_FIELDS = Map.of(
      "java/lang/Boolean", Type.BOOLEAN_TYPE, "java/lang/Byte", Type.BYTE_TYPE,
      "java/lang/Short", Type.SHORT_TYPE, "java/lang/Character", Type.CHAR_TYPE,
      "java/lang/Integer", Type.INT_TYPE, "java/lang/Long", Type.LONG_TYPE,
      "java/lang/Float", Type.FLOAT_TYPE, "java/lang/Double", Type.DOUBLE_TYPE,
      "java/lang/Void", Type.VOID_TYPE);

  private final ClassPath classPath;
  private final Map<String, ClassNode> cache = new HashMap<>();
  private final Map<String, ClassNode> synthetic = new LinkedHashMap<>();

  private final Stubs stubs;

  public ClassRepository(ClassPath classPath) {
    this(classPath, Stubs.NONE);
  }

  public ClassRepository(ClassPath classPath, Stubs stubs) {
    this.classPath = classPath;
    this.stubs = stubs;
  }

  public Stubs stubs() {
    return stubs;
  }

  /** The class with this Java internal name, or null if no such class exists. */
  public ClassNode get(String name) {
    if (cache.containsKey(name)) {
      return cache.get(name);
    }
    ClassNode cn = synthetic.containsKey(name) ? synthetic.get(name) : load(name);
    if (cn == null && stubs.matches(name, "")) {
      cn = stubs.emptyClass(name);
    } else if (cn != null) {
      stubs.apply(cn);
    }
    cache.put(name, cn);
    if (cn != null && !synthetic.containsKey(name)) {
      for (ClassNode extra : InvokeDynamicLowering.lower(cn)) {
        synthetic.put(extra.name, extra);
      }
    }
    return cn;
  }

  private ClassNode load(String name) {
    if (ClasslibNames.isJdk(name)) {
      ClassNode base = read(classPath.findBundled(ClasslibNames.implName(ClasslibNames.TEAVM, name)), name);
      ClassNode patch = read(classPath.findBundled(ClasslibNames.implName(ClasslibNames.PATCH, name)), name);
      return patched(base, patch);
    }
    byte[] bytes = classPath.findUser(name);
    if (bytes == null) {
      bytes = classPath.findBundled(name);
      if (bytes != null && name.startsWith(ClasslibNames.CLASSLIB_INTERNALS)) {
        return patched(read(bytes, name), read(classPath.findBundled(ClasslibNames.PATCH + name), name));
      }
    }
    return read(bytes, name);
  }

  private ClassNode read(byte[] bytes, String expectedName) {
    if (bytes == null) {
      return null;
    }
    ClassNode cn = new ClassNode();
    try {
      ClassReader reader = new ClassReader(bytes);
      ClassVisitor inliner = new ClassVisitor(Opcodes.ASM9, cn) {
        @Override public MethodVisitor visitMethod(int access, String name, String desc, String sig, String[] exc) {
          // Pre-Java-7 class files may use jsr/ret; inline them so every method is a plain CFG.
          MethodVisitor mv = super.visitMethod(access, name, desc, sig, exc);
          return new JSRInlinerAdapter(mv, access, name, desc, sig, exc);
        }
      };
      reader.accept(new ClassRemapper(inliner, new Remapper() {
        @Override public String map(String internalName) {
          return ClasslibNames.toJava(internalName);
        }
      }), ClassReader.SKIP_FRAMES);
    } catch (RuntimeException e) {
      throw new BadClassFileException(expectedName, e);
    }
    if (!cn.name.equals(expectedName)) {
      throw new BadClassFileException(expectedName, "file declares class " + cn.name.replace('/', '.'));
    }
    applyAnnotations(cn);
    for (MethodNode m : cn.methods) {
      rewriteIntrinsicAccesses(m);
    }
    return cn;
  }

  private static ClassNode patched(ClassNode base, ClassNode patch) {
    if (patch == null) {
      return base;
    }
    if (base == null || hasAnnotation(patch.invisibleAnnotations, REPLACE)
        || hasAnnotation(patch.visibleAnnotations, REPLACE)) {
      return patch;
    }
    merge(base, patch);
    return base;
  }

  /** Applies teavm-classlib's @Superclass, @Rename and @Remove. */
  private static void applyAnnotations(ClassNode cn) {
    AnnotationNode sup = find(cn.invisibleAnnotations, SUPERCLASS);
    if (sup == null) {
      sup = find(cn.visibleAnnotations, SUPERCLASS);
    }
    if (sup != null) {
      String value = (String) sup.values.get(1);
      cn.superName = value.isEmpty() ? null : value.replace('.', '/');
    }
    cn.interfaces.removeIf(i -> i.equals(cn.name));
    if (cn.name.equals(cn.superName)) {
      cn.superName = null;
    }
    cn.fields.removeIf(f -> hasAnnotation(f.invisibleAnnotations, REMOVE) || hasAnnotation(f.visibleAnnotations, REMOVE));
    // Renaming can make two methods collide; the one later in the class file wins.
    Map<String, MethodNode> byKey = new LinkedHashMap<>();
    Map<String, String> renamed = new HashMap<>();
    for (MethodNode m : cn.methods) {
      if (hasAnnotation(m.invisibleAnnotations, REMOVE) || hasAnnotation(m.visibleAnnotations, REMOVE)) {
        continue;
      }
      AnnotationNode rename = find(m.invisibleAnnotations, RENAME);
      if (rename == null) {
        rename = find(m.visibleAnnotations, RENAME);
      }
      if (rename == null) {
        rename = find(m.invisibleAnnotations, OUR_RENAME);
      }
      if (rename != null) {
        renamed.put(m.name + m.desc, (String) rename.values.get(1));
        m.name = (String) rename.values.get(1);
      }
      byKey.remove(m.name + m.desc);
      byKey.put(m.name + m.desc, m);
    }
    cn.methods = new ArrayList<>(byKey.values());
    // Calls within the class still use the old names.
    if (!renamed.isEmpty()) {
      for (MethodNode m : cn.methods) {
        if (m.instructions == null) {
          continue;
        }
        for (AbstractInsnNode insn : m.instructions) {
          if (insn instanceof MethodInsnNode mi && mi.owner.equals(cn.name) && renamed.containsKey(mi.name + mi.desc)) {
            mi.name = renamed.get(mi.name + mi.desc);
          }
        }
      }
    }
  }

  /** Patch members replace the classlib's members with the same name and descriptor. */
  private static void merge(ClassNode base, ClassNode patch) {
    for (MethodNode pm : patch.methods) {
      boolean marked = hasAnnotation(pm.invisibleAnnotations, PATCH_CONSTRUCTOR);
      if (marked && !Objects.equals(patch.superName, base.superName)) {
        throw new BadClassFileException(base.name, "a @PatchConstructor patch must extend " + base.superName);
      }
      if ((pm.name.equals("<init>") && !marked) || pm.name.equals("<clinit>") || (pm.access & Opcodes.ACC_NATIVE) != 0) {
        // A patch is written as a standalone class: its unmarked constructors would bypass the real
        // superclass, and its native methods only declare classlib methods so javac can call them.
        continue;
      }
      base.methods.removeIf(m -> m.name.equals(pm.name) && m.desc.equals(pm.desc));
      base.methods.add(pm);
    }
    for (FieldNode pf : patch.fields) {
      base.fields.removeIf(f -> f.name.equals(pf.name));
      base.fields.add(pf);
    }
    for (String i : patch.interfaces) {
      if (!base.interfaces.contains(i)) {
        base.interfaces.add(i);
      }
    }
  }

  /**
   * The classlib exposes System.out/err/in as methods, spells primitive class literals as
   * wrapper TYPE fields, and asks PlatformDetector which backend it runs on: rewrite all three.
   */
  private static void rewriteIntrinsicAccesses(MethodNode m) {
    if (m.instructions == null) {
      return;
    }
    for (ListIterator<AbstractInsnNode> it = m.instructions.iterator(); it.hasNext(); ) {
      AbstractInsnNode insn = it.next();
      if (insn instanceof FieldInsnNode f && f.getOpcode() == Opcodes.GETSTATIC) {
        if (f.owner.equals("java/lang/System") && (f.name.equals("out") || f.name.equals("err") || f.name.equals("in"))) {
          it.set(new MethodInsnNode(Opcodes.INVOKESTATIC, f.owner, f.name, "()" + f.desc, false));
        } else if (f.name.equals("TYPE") && f.desc.equals("Ljava/lang/Class;") && PRIMITIVE_TYPE_FIELDS.containsKey(f.owner)) {
          it.set(new LdcInsnNode(Type.getObjectType(PRIMITIVE_CLASS + PRIMITIVE_TYPE_FIELDS.get(f.owner).getDescriptor())));
        }
      } else if (insn instanceof MethodInsnNode mi && mi.owner.equals(PLATFORM)) {
        boolean value = mi.name.equals("isWebAssemblyGC") || mi.name.equals("isTeaVM");
        it.set(new InsnNode(value ? Opcodes.ICONST_1 : Opcodes.ICONST_0));
      }
    }
  }

  private static boolean hasAnnotation(List<AnnotationNode> list, String desc) {
    return find(list, desc) != null;
  }

  private static AnnotationNode find(List<AnnotationNode> list, String desc) {
    if (list != null) {
      for (AnnotationNode a : list) {
        if (a.desc.equals(desc)) {
          return a;
        }
      }
    }
    return null;
  }
}
