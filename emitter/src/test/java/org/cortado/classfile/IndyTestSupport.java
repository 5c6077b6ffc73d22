package org.cortado.classfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.BasicVerifier;

/**
 * Compiles the test programs under resources/indy, lowers their invokedynamics, and runs
 * original and lowered classes on a JVM so their output can be compared.
 */
final class IndyTestSupport {
  private IndyTestSupport() {}

  /** Lowered program: class bytes to load, the nodes they came from, and what the JVM shim did. */
  record Lowered(Map<String, byte[]> bytes, Map<String, ClassNode> nodes, List<ClassNode> synthetic,
      int shimmedInvokeSpecials) {}

  static String resource(String name) {
    try (InputStream in = IndyTestSupport.class.getResourceAsStream("/indy/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource indy/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Compiles sources (file name to text) with this JVM's javac; returns internal name to bytes. */
  static Map<String, byte[]> compile(String release, Map<String, String> sources) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    Map<String, byte[]> out = new LinkedHashMap<>();
    List<JavaFileObject> units = new ArrayList<>();
    sources.forEach((file, text) -> units.add(
        new SimpleJavaFileObject(URI.create("string:///" + file), JavaFileObject.Kind.SOURCE) {
          @Override
          public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text;
          }
        }));
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    JavaFileManager files = new ForwardingJavaFileManager<>(
        javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
      @Override
      public JavaFileObject getJavaFileForOutput(Location location, String className,
          JavaFileObject.Kind kind, FileObject sibling) {
        return new SimpleJavaFileObject(URI.create("mem:///" + className + ".class"), kind) {
          @Override
          public OutputStream openOutputStream() {
            return new ByteArrayOutputStream() {
              @Override
              public void close() {
                out.put(className.replace('.', '/'), toByteArray());
              }
            };
          }
        };
      }
    };
    boolean ok = javac.getTask(null, files, diagnostics,
        List.of("--release", release, "-Xlint:none", "-nowarn"), null, units).call();
    assertTrue(ok, () -> "javac failed: " + diagnostics.getDiagnostics());
    return out;
  }

  /** Compiles one source file with an external JDK's javac (for class files newer than ours). */
  static Map<String, byte[]> compileWith(Path jdk, String release, String file, String text)
      throws IOException, InterruptedException {
    Path dir = Files.createTempDirectory("indy-src");
    Path src = dir.resolve(file);
    Files.writeString(src, text);
    Path classes = dir.resolve("classes");
    exec(List.of(jdk.resolve("bin/javac").toString(), "--release", release, "-nowarn", "-d",
        classes.toString(), src.toString()));
    Map<String, byte[]> out = new LinkedHashMap<>();
    try (Stream<Path> walk = Files.walk(classes)) {
      for (Path p : (Iterable<Path>) walk.filter(p -> p.toString().endsWith(".class"))::iterator) {
        String name = classes.relativize(p).toString().replace('\\', '/');
        out.put(name.substring(0, name.length() - ".class".length()), Files.readAllBytes(p));
      }
    }
    return out;
  }

  /**
   * Lowers every class, checks that no invokedynamic is left and that each method passes ASM's
   * BasicVerifier (so maxStack/maxLocals are right), then applies the JVM-only shim.
   */
  static Lowered lower(Map<String, byte[]> classes) {
    Map<String, ClassNode> nodes = new LinkedHashMap<>();
    List<ClassNode> synthetic = new ArrayList<>();
    for (byte[] bytes : classes.values()) {
      ClassNode cn = new ClassNode();
      new ClassReader(bytes).accept(cn, 0);
      nodes.put(cn.name, cn);
    }
    for (ClassNode cn : new ArrayList<>(nodes.values())) {
      for (ClassNode extra : InvokeDynamicLowering.lower(cn)) {
        synthetic.add(extra);
        nodes.put(extra.name, extra);
      }
    }
    for (ClassNode cn : nodes.values()) {
      assertNoInvokeDynamic(cn);
      verify(cn);
    }
    int shimmed = shimForJvm(nodes, synthetic);
    Map<String, byte[]> bytes = new LinkedHashMap<>();
    for (ClassNode cn : nodes.values()) {
      // No COMPUTE_* flag: the JVM then checks our own maxs and stack map frames.
      ClassWriter writer = new ClassWriter(0);
      cn.accept(writer);
      bytes.put(cn.name, writer.toByteArray());
    }
    return new Lowered(bytes, nodes, synthetic, shimmed);
  }

  static void assertNoInvokeDynamic(ClassNode cn) {
    for (MethodNode m : cn.methods) {
      for (AbstractInsnNode insn : m.instructions) {
        assertTrue(insn.getOpcode() != Opcodes.INVOKEDYNAMIC,
            () -> "invokedynamic left in " + cn.name + "." + m.name);
      }
    }
  }

  static void verify(ClassNode cn) {
    for (MethodNode m : cn.methods) {
      try {
        new Analyzer<>(new BasicVerifier()).analyze(cn.name, m);
      } catch (AnalyzerException e) {
        throw new AssertionError("bad bytecode in " + cn.name + "." + m.name + m.desc, e);
      }
    }
  }

  /**
   * Two things HotSpot needs that Cortado doesn't. (1) A lambda class claims its owner's nest
   * host; when the owner is a nested class the lowering cannot add it to the host's NestMembers,
   * so do it here. (2) REF_invokeSpecial lowers to invokespecial of the owner's private method,
   * a direct call for Cortado that HotSpot's verifier rejects outside the owner; for a private
   * method invokevirtual/invokeinterface selects the very same method. Returns how many
   * instructions (2) rewrote.
   */
  private static int shimForJvm(Map<String, ClassNode> nodes, List<ClassNode> synthetic) {
    int shimmed = 0;
    for (ClassNode lambda : synthetic) {
      ClassNode host = nodes.get(lambda.nestHostClass);
      if (host != null && (host.nestMembers == null || !host.nestMembers.contains(lambda.name))) {
        if (host.nestMembers == null) {
          host.nestMembers = new ArrayList<>();
        }
        host.nestMembers.add(lambda.name);
      }
      for (MethodNode m : lambda.methods) {
        for (AbstractInsnNode insn : m.instructions) {
          if (insn instanceof MethodInsnNode call && call.getOpcode() == Opcodes.INVOKESPECIAL
              && !call.owner.equals(lambda.name) && !call.name.equals("<init>")) {
            call.setOpcode(call.itf ? Opcodes.INVOKEINTERFACE : Opcodes.INVOKEVIRTUAL);
            shimmed++;
          }
        }
      }
    }
    return shimmed;
  }

  /** Runs mainClass's main in a fresh class loader on this JVM; returns what it printed. */
  static synchronized String run(Map<String, byte[]> classes, String mainClass) throws Exception {
    ClassLoader loader = new ClassLoader(ClassLoader.getPlatformClassLoader()) {
      @Override
      protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytes = classes.get(name.replace('.', '/'));
        if (bytes == null) {
          throw new ClassNotFoundException(name);
        }
        return defineClass(name, bytes, 0, bytes.length);
      }
    };
    Method main = loader.loadClass(mainClass.replace('/', '.')).getMethod("main", String[].class);
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    PrintStream saved = System.out;
    try (PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
      System.setOut(out);
      try {
        main.invoke(null, (Object) new String[0]);
      } catch (InvocationTargetException e) {
        out.println("uncaught " + e.getCause());
      }
    } finally {
      System.setOut(saved);
    }
    return buffer.toString(StandardCharsets.UTF_8);
  }

  /** Runs mainClass with another JDK's java in a new process; returns its stdout. */
  static String runWith(Path jdk, Map<String, byte[]> classes, String mainClass)
      throws IOException, InterruptedException {
    Path dir = Files.createTempDirectory("indy-run");
    for (Map.Entry<String, byte[]> e : classes.entrySet()) {
      Path file = dir.resolve(e.getKey() + ".class");
      Files.createDirectories(file.getParent());
      Files.write(file, e.getValue());
    }
    return exec(List.of(jdk.resolve("bin/java").toString(), "-cp", dir.toString(),
        mainClass.replace('/', '.')));
  }

  private static String exec(List<String> command) throws IOException, InterruptedException {
    Path output = Files.createTempFile("indy-exec", ".txt");
    Process p = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(output.toFile()).start();
    if (!p.waitFor(2, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("timed out: " + String.join(" ", command));
    }
    String text = Files.readString(output);
    assertEquals(0, p.exitValue(), () -> String.join(" ", command) + " failed:\n" + text);
    return text;
  }
}
