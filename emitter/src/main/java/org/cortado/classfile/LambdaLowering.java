package org.cortado.classfile;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.cortado.classfile.InvokeDynamicLowering.IndySite;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.commons.InstructionAdapter;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Lowers LambdaMetafactory call sites to a synthetic class per site (what the JDK spins at run
 * time) and replaces the site with a call to that class's static factory.
 */
final class LambdaLowering {
  private static final int FLAG_SERIALIZABLE = 1;
  private static final int FLAG_MARKERS = 2;
  private static final int FLAG_BRIDGES = 4;
  private static final String OBJECT = "java/lang/Object";
  private static final String FACTORY = "create";
  private static final String INSTANCE = "instance";

  private final ClassNode owner;
  private final List<ClassNode> created;
  private int count;

  LambdaLowering(ClassNode owner, List<ClassNode> created) {
    this.owner = owner;
    this.created = created;
  }

  /** What one call site asks for, decoded from the bootstrap arguments. */
  private record Request(String methodName, Type factoryType, Handle impl, Type instantiated,
      Set<String> interfaces, List<Type> methodTypes) {}

  InsnList lower(IndySite site) {
    Request request = decode(site);
    ClassNode lambda = build(site, request, owner.name + "$$Lambda$" + count++);
    created.add(lambda);
    relaxPrivateStaticTarget(request.impl());
    InsnList call = new InsnList();
    call.add(new MethodInsnNode(Opcodes.INVOKESTATIC, lambda.name, factoryName(request),
        site.insn().desc, false));
    return call;
  }

  private static Request decode(IndySite site) {
    Object[] args = site.insn().bsmArgs;
    Type factoryType = Type.getMethodType(site.insn().desc);
    if (args.length < 3 || !(args[0] instanceof Type sam) || !(args[1] instanceof Handle impl)
        || !(args[2] instanceof Type instantiated)) {
      throw site.unsupported("malformed bootstrap arguments");
    }
    if (impl.getTag() < Opcodes.H_INVOKEVIRTUAL) {
      throw site.unsupported("field handle " + impl);
    }
    Set<String> interfaces = new LinkedHashSet<>();
    interfaces.add(factoryType.getReturnType().getInternalName());
    // The interface method first, then any bridges; duplicates would be a ClassFormatError.
    Set<Type> methodTypes = new LinkedHashSet<>();
    methodTypes.add(sam);
    if (site.insn().bsm.getName().equals("altMetafactory")) {
      try {
        decodeAlt(args, interfaces, methodTypes);
      } catch (ClassCastException | ArrayIndexOutOfBoundsException e) {
        throw site.unsupported("malformed altMetafactory arguments");
      }
    }
    return new Request(site.insn().name, factoryType, impl, instantiated, interfaces,
        new ArrayList<>(methodTypes));
  }

  /** altMetafactory's extra arguments: flags, then counted markers and bridges if flagged. */
  private static void decodeAlt(Object[] args, Set<String> interfaces, Set<Type> methodTypes) {
    int flags = (Integer) args[3];
    int i = 4;
    if ((flags & FLAG_MARKERS) != 0) {
      int markers = (Integer) args[i++];
      for (int m = 0; m < markers; m++) {
        interfaces.add(((Type) args[i++]).getInternalName());
      }
    }
    if ((flags & FLAG_BRIDGES) != 0) {
      int bridges = (Integer) args[i++];
      for (int b = 0; b < bridges; b++) {
        methodTypes.add((Type) args[i++]);
      }
    }
    // Only the marker interface: there is no serialization, so no writeReplace/SerializedLambda.
    if ((flags & FLAG_SERIALIZABLE) != 0) {
      interfaces.add("java/io/Serializable");
    }
  }

  private ClassNode build(IndySite site, Request request, String name) {
    ClassNode lambda = new ClassNode();
    lambda.visit(owner.version, Opcodes.ACC_FINAL | Opcodes.ACC_SUPER | Opcodes.ACC_SYNTHETIC,
        name, null, OBJECT, request.interfaces().toArray(new String[0]));
    lambda.sourceFile = owner.sourceFile;
    joinOwnersNest(lambda);
    Type[] captured = request.factoryType().getArgumentTypes();
    for (int i = 0; i < captured.length; i++) {
      lambda.fields.add(new FieldNode(Opcodes.ACC_PRIVATE | Opcodes.ACC_FINAL, field(i),
          captured[i].getDescriptor(), null, null));
    }
    lambda.methods.add(constructor(name, captured));
    lambda.methods.add(factory(lambda, request));
    boolean bridge = false;
    for (Type methodType : request.methodTypes()) {
      lambda.methods.add(forwarder(site, name, request, methodType, bridge));
      bridge = true;
    }
    return lambda;
  }

  /**
   * Makes the lambda class a nestmate of the owner, as the JDK's hidden lambda classes are, so a
   * JVM lets it call the owner's private methods. When the owner is not its own nest host, the
   * host (another class) must also list the lambda class for a JVM to accept the membership.
   */
  private void joinOwnersNest(ClassNode lambda) {
    if (owner.nestHostClass != null) {
      lambda.nestHostClass = owner.nestHostClass;
      return;
    }
    lambda.nestHostClass = owner.name;
    if (owner.nestMembers == null) {
      owner.nestMembers = new ArrayList<>();
    }
    owner.nestMembers.add(lambda.name);
  }

  /**
   * A private static lambda body is called from the lambda class; making it non-private lets
   * that also pass a JVM's access check for pre-nestmate (Java 8) class files. Static methods
   * cannot be overridden, so this changes no dispatch.
   */
  private void relaxPrivateStaticTarget(Handle impl) {
    if (impl.getTag() != Opcodes.H_INVOKESTATIC || !impl.getOwner().equals(owner.name)) {
      return;
    }
    for (MethodNode m : owner.methods) {
      if (m.name.equals(impl.getName()) && m.desc.equals(impl.getDesc())
          && (m.access & Opcodes.ACC_PRIVATE) != 0) {
        m.access &= ~Opcodes.ACC_PRIVATE;
        if ((owner.access & Opcodes.ACC_INTERFACE) != 0) {
          m.access |= Opcodes.ACC_PUBLIC; // interface methods must be public or private
        }
      }
    }
  }

  private static String field(int i) {
    return "arg$" + (i + 1);
  }

  /** The factory's name: "create", unless the interface method has that name and descriptor. */
  private static String factoryName(Request request) {
    String factoryDesc = request.factoryType().getDescriptor();
    for (Type t : request.methodTypes()) {
      if (request.methodName().equals(FACTORY) && t.getDescriptor().equals(factoryDesc)) {
        return FACTORY + "$";
      }
    }
    return FACTORY;
  }

  private static MethodNode constructor(String name, Type[] captured) {
    MethodNode m = new MethodNode(Opcodes.ACC_PRIVATE, "<init>",
        Type.getMethodDescriptor(Type.VOID_TYPE, captured), null, null);
    InstructionAdapter code = new InstructionAdapter(m);
    code.load(0, Type.getObjectType(name));
    code.invokespecial(OBJECT, "<init>", "()V", false);
    int slot = 1;
    for (int i = 0; i < captured.length; i++) {
      code.load(0, Type.getObjectType(name));
      code.load(slot, captured[i]);
      code.putfield(name, field(i), captured[i].getDescriptor());
      slot += captured[i].getSize();
    }
    code.areturn(Type.VOID_TYPE);
    MethodMaxs.compute(name, m);
    return m;
  }

  /**
   * {@code static I create(captured...)}: a new instance per call when capturing; otherwise one
   * shared instance (as the JDK does), created on first use rather than in a static initializer
   * so that the lambda class has no initialisation side effects to order.
   */
  private static MethodNode factory(ClassNode lambda, Request request) {
    Type type = Type.getObjectType(lambda.name);
    Type[] captured = request.factoryType().getArgumentTypes();
    MethodNode m = new MethodNode(Opcodes.ACC_STATIC, factoryName(request),
        request.factoryType().getDescriptor(), null, null);
    InstructionAdapter code = new InstructionAdapter(m);
    Label done = new Label();
    if (captured.length == 0) {
      lambda.fields.add(new FieldNode(Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC, INSTANCE,
          type.getDescriptor(), null, null));
      code.getstatic(lambda.name, INSTANCE, type.getDescriptor());
      code.dup();
      code.ifnonnull(done);
      code.pop();
    }
    code.anew(type);
    code.dup();
    int slot = 0;
    for (Type t : captured) {
      code.load(slot, t);
      slot += t.getSize();
    }
    code.invokespecial(lambda.name, "<init>", Type.getMethodDescriptor(Type.VOID_TYPE, captured),
        false);
    if (captured.length == 0) {
      code.dup();
      code.putstatic(lambda.name, INSTANCE, type.getDescriptor());
      code.mark(done);
      code.visitFrame(Opcodes.F_SAME1, 0, null, 1, new Object[] {lambda.name});
    }
    code.areturn(type);
    MethodMaxs.compute(lambda.name, m);
    return m;
  }

  /**
   * The interface method (or a bridge) with this descriptor: pushes the captured values and
   * adapted parameters, invokes the implementation by its handle kind, adapts the result.
   */
  private static MethodNode forwarder(IndySite site, String name, Request request,
      Type methodType, boolean bridge) {
    Handle impl = request.impl();
    MethodNode m = new MethodNode(Opcodes.ACC_PUBLIC | (bridge ? Opcodes.ACC_BRIDGE : 0),
        request.methodName(), methodType.getDescriptor(), null, null);
    InstructionAdapter code = new InstructionAdapter(m);
    Type[] implParams = implParameterTypes(impl);
    Type[] captured = request.factoryType().getArgumentTypes();
    Type[] params = methodType.getArgumentTypes();
    Type[] instantiated = request.instantiated().getArgumentTypes();
    if (captured.length + params.length != implParams.length || instantiated.length != params.length) {
      throw site.unsupported("arity mismatch between " + methodType + " and " + impl);
    }
    if (impl.getTag() == Opcodes.H_NEWINVOKESPECIAL) {
      code.anew(Type.getObjectType(impl.getOwner()));
      code.dup();
    }
    // Captured values already have the implementation's types (the JDK passes them unconverted).
    for (int i = 0; i < captured.length; i++) {
      code.load(0, Type.getObjectType(name));
      code.getfield(name, field(i), captured[i].getDescriptor());
    }
    int slot = 1;
    for (int i = 0; i < params.length; i++) {
      code.load(slot, params[i]);
      slot += params[i].getSize();
      LambdaTypeAdapter.convert(code, params[i], implParams[captured.length + i], instantiated[i]);
    }
    invoke(code, impl);
    Type implReturn = impl.getTag() == Opcodes.H_NEWINVOKESPECIAL
        ? Type.getObjectType(impl.getOwner()) : Type.getReturnType(impl.getDesc());
    Type returnType = methodType.getReturnType();
    if (returnType.getSort() == Type.VOID) {
      LambdaTypeAdapter.pop(code, implReturn);
    } else {
      LambdaTypeAdapter.convert(code, implReturn, returnType, returnType);
    }
    code.areturn(returnType);
    MethodMaxs.compute(name, m);
    return m;
  }

  /** The implementation's parameters as LambdaMetafactory sees them: receiver first if any. */
  private static Type[] implParameterTypes(Handle impl) {
    Type[] params = Type.getArgumentTypes(impl.getDesc());
    int tag = impl.getTag();
    if (tag == Opcodes.H_INVOKESTATIC || tag == Opcodes.H_NEWINVOKESPECIAL) {
      return params;
    }
    Type[] withReceiver = new Type[params.length + 1];
    withReceiver[0] = Type.getObjectType(impl.getOwner());
    System.arraycopy(params, 0, withReceiver, 1, params.length);
    return withReceiver;
  }

  /**
   * Calls the implementation as its handle kind says. REF_invokeSpecial stays invokespecial: for
   * Cortado that is a direct call whatever the class, which is what a private target needs.
   */
  private static void invoke(InstructionAdapter code, Handle impl) {
    String owner = impl.getOwner();
    switch (impl.getTag()) {
      case Opcodes.H_INVOKESTATIC -> code.invokestatic(owner, impl.getName(), impl.getDesc(),
          impl.isInterface());
      case Opcodes.H_INVOKEVIRTUAL -> code.invokevirtual(owner, impl.getName(), impl.getDesc(),
          impl.isInterface());
      case Opcodes.H_INVOKEINTERFACE -> code.invokeinterface(owner, impl.getName(), impl.getDesc());
      case Opcodes.H_INVOKESPECIAL, Opcodes.H_NEWINVOKESPECIAL -> code.invokespecial(owner,
          impl.getName(), impl.getDesc(), impl.isInterface());
      default -> throw new IllegalStateException("handle kind " + impl.getTag());
    }
  }
}
