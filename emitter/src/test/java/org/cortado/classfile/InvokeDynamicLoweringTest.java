package org.cortado.classfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.cortado.classfile.IndyTestSupport.Lowered;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Runs each test program on the JVM as javac compiled it and again after lowering, and requires
 * identical output.
 */
class InvokeDynamicLoweringTest {
  private static final Path JDK25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");

  @Test
  void lambdasAndMethodReferences() throws Exception {
    Lowered lowered = sameOutput("Lambdas", "17");
    ClassNode lambda = lowered.nodes().get("indy/Lambdas$$Lambda$0");
    assertEquals(Opcodes.ACC_FINAL, lambda.access & Opcodes.ACC_FINAL);
    assertEquals("java/lang/Object", lambda.superName);
    assertEquals("indy/Lambdas", lambda.nestHostClass);
    assertTrue(lowered.nodes().get("indy/Lambdas").nestMembers.contains(lambda.name));
  }

  /** javac --release 11 uses REF_invokeSpecial for private instance targets. */
  @Test
  void lambdasCompiledForJava11UseInvokeSpecial() throws Exception {
    Lowered lowered = sameOutput("Lambdas", "11");
    assertTrue(lowered.shimmedInvokeSpecials() > 0, "no REF_invokeSpecial site was exercised");
  }

  @Test
  void stringConcatenation() throws Exception {
    sameOutput("Concat", "17");
  }

  @Test
  void records() throws Exception {
    sameOutput("Records", "17");
  }

  @Test
  void patternSwitchesOnJava21() throws Exception {
    assumeTrue(Files.isExecutable(JDK25.resolve("bin/java")), "needs a JDK 21+ at " + JDK25);
    Map<String, byte[]> classes = IndyTestSupport.compileWith(JDK25, "21", "Switches.java",
        IndyTestSupport.resource("Switches.java"));
    String expected = IndyTestSupport.runWith(JDK25, classes, "indy/Switches");
    Lowered lowered = IndyTestSupport.lower(classes);
    assertEquals(expected, IndyTestSupport.runWith(JDK25, lowered.bytes(), "indy/Switches"));
    assertTrue(expected.contains("qualified red"), expected);
  }

  /** javac no longer emits enumSwitch, so build a site by hand and check the JDK's rules. */
  @Test
  void enumSwitch() throws Exception {
    String state = "java/lang/Thread$State";
    ClassNode cn = classWithMethod("indy/EnumSwitch", "index", "(L" + state + ";I)I", m -> {
      m.instructions.add(new VarInsnNode(Opcodes.ALOAD, 0));
      m.instructions.add(new VarInsnNode(Opcodes.ILOAD, 1));
      m.instructions.add(new InvokeDynamicInsnNode("enumSwitch", "(L" + state + ";I)I",
          bootstrap("java/lang/runtime/SwitchBootstraps", "enumSwitch"),
          "RUNNABLE", "NEW", Type.getObjectType(state)));
      m.instructions.add(new InsnNode(Opcodes.IRETURN));
    });
    assertTrue(InvokeDynamicLowering.lower(cn).isEmpty());
    IndyTestSupport.assertNoInvokeDynamic(cn);
    IndyTestSupport.verify(cn);
    Class<?> c = load(cn);
    var index = c.getMethod("index", Thread.State.class, int.class);
    assertEquals(-1, index.invoke(null, null, 0));
    assertEquals(0, index.invoke(null, Thread.State.RUNNABLE, 0));
    assertEquals(1, index.invoke(null, Thread.State.NEW, 0));
    assertEquals(2, index.invoke(null, Thread.State.RUNNABLE, 1));
    assertEquals(2, index.invoke(null, Thread.State.BLOCKED, 0));
    assertEquals(3, index.invoke(null, Thread.State.NEW, 3));
  }

  @Test
  void concatCodeIsCompact() {
    Map<String, byte[]> classes = IndyTestSupport.compile("17", Map.of("indy/Small.java",
        "package indy; class Small { static String f(int x, long y) {"
            + " return \"a\" + \"\\u0001\" + x + \"b\\u0002c\" + y + \"\"; } }"));
    Lowered lowered = IndyTestSupport.lower(classes);
    MethodNode f = method(lowered.nodes().get("indy/Small"), "f");
    List<String> appends = new ArrayList<>();
    for (AbstractInsnNode insn : f.instructions) {
      if (insn instanceof MethodInsnNode call && call.name.equals("append")) {
        appends.add(call.desc.substring(0, call.desc.indexOf(')') + 1));
      } else if (insn instanceof LdcInsnNode ldc) {
        appends.add("ldc " + ldc.cst);
      }
    }
    assertEquals(List.of("ldc a\u0001", "(Ljava/lang/String;)", "(I)", "ldc b\u0002c",
        "(Ljava/lang/String;)", "(J)"), appends);
  }

  @Test
  void unsupportedBootstrapNamesBootstrapAndSite() {
    ClassNode cn = classWithMethod("indy/Broken", "run", "()V", m -> {
      m.instructions.add(new InvokeDynamicInsnNode("go", "()V",
          bootstrap("indy/Boot", "bootstrap")));
      m.instructions.add(new InsnNode(Opcodes.RETURN));
    });
    UnsupportedInvokeDynamicException e = assertThrows(UnsupportedInvokeDynamicException.class,
        () -> InvokeDynamicLowering.lower(cn));
    assertTrue(e.getMessage().contains("indy.Boot.bootstrap"), e.getMessage());
    assertTrue(e.getMessage().contains("indy.Broken.run"), e.getMessage());
  }

  @Test
  void classWithoutInvokeDynamicIsUntouched() {
    ClassNode cn = classWithMethod("indy/Plain", "run", "()V",
        m -> m.instructions.add(new InsnNode(Opcodes.RETURN)));
    assertTrue(InvokeDynamicLowering.lower(cn).isEmpty());
    assertEquals(1, cn.methods.size());
    assertFalse(cn.nestMembers != null && !cn.nestMembers.isEmpty());
  }

  private static Lowered sameOutput(String program, String release) throws Exception {
    Map<String, byte[]> classes = IndyTestSupport.compile(release,
        Map.of("indy/" + program + ".java", IndyTestSupport.resource(program + ".java")));
    String expected = IndyTestSupport.run(classes, "indy/" + program);
    Lowered lowered = IndyTestSupport.lower(classes);
    assertEquals(expected, IndyTestSupport.run(lowered.bytes(), "indy/" + program));
    assertTrue(expected.lines().count() > 10, expected);
    return lowered;
  }

  private static Handle bootstrap(String owner, String name) {
    return new Handle(Opcodes.H_INVOKESTATIC, owner, name,
        "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;"
            + "[Ljava/lang/Object;)Ljava/lang/invoke/CallSite;", false);
  }

  private static ClassNode classWithMethod(String name, String method, String desc,
      Consumer<MethodNode> body) {
    ClassNode cn = new ClassNode();
    cn.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, name, null, "java/lang/Object", null);
    MethodNode m = new MethodNode(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, method, desc, null, null);
    body.accept(m);
    m.maxStack = 2;
    m.maxLocals = Type.getArgumentsAndReturnSizes(desc) >> 2;
    cn.methods.add(m);
    return cn;
  }

  private static MethodNode method(ClassNode cn, String name) {
    return cn.methods.stream().filter(m -> m.name.equals(name)).findFirst().orElseThrow();
  }

  private static Class<?> load(ClassNode cn) throws Exception {
    ClassWriter writer = new ClassWriter(0);
    cn.accept(writer);
    byte[] bytes = writer.toByteArray();
    return new ClassLoader(ClassLoader.getPlatformClassLoader()) {
      Class<?> define() {
        return defineClass(cn.name.replace('/', '.'), bytes, 0, bytes.length);
      }
    }.define();
  }
}
