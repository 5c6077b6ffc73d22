package org.cortado;

import java.util.ArrayList;
import java.util.List;
import org.cortado.analysis.ClassHierarchy;
import org.cortado.analysis.Reachability;
import org.cortado.classfile.BadClassFileException;
import org.cortado.classfile.ClassPath;
import org.cortado.classfile.ClassRepository;
import org.cortado.glue.LoaderGenerator;
import org.cortado.lowering.ModuleBuilder;
import org.cortado.wasm.BinaryWriter;
import org.cortado.wasm.Module;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * The pipeline: read classes (classfile), find what is reachable from main while building each
 * method's IR (analysis), lower to a WasmGC module (lowering), write the binary (wasm) and the
 * loader (glue). Problems are collected and reported together; nothing is written on failure.
 */
public final class Compiler {
  /** What to compile. */
  /**
   * @param stubs members declared never called ({@code --stub}): compiled as throwing
   *     UnsupportedOperationException instead of failing the build (see {@link org.cortado.classfile.Stubs})
   */
  public record Options(String classpath, String mainClass, String name, boolean debugNames,
                        OptimizationLevel optimizationLevel, ExceptionEncoding exceptionEncoding,
                        List<String> stubs) {
    public Options(String classpath, String mainClass, String name, boolean debugNames) {
      this(classpath, mainClass, name, debugNames, OptimizationLevel.SIMPLE, ExceptionEncoding.LEGACY, List.of());
    }
  }

  /**
   * How hard the module is optimised. Only {@code SIMPLE} exists today: the emitter's own passes
   * (reachability, devirtualisation, branch simplification), no whole-module optimiser afterwards.
   */
  public enum OptimizationLevel { SIMPLE }

  /**
   * The Wasm exception-handling encoding. Only {@code LEGACY} ({@code try}/{@code catch}/{@code rethrow},
   * the encoding that reaches the Safari 18.2 floor) is implemented; see docs/ARCHITECTURE.md.
   */
  public enum ExceptionEncoding { LEGACY }

  /** The bundle, or the errors that prevented it. */
  public record Result(byte[] wasm, String loader, String typings, List<String> errors) {
    public Result(byte[] wasm, String loader, List<String> errors) {
      this(wasm, loader, null, errors);
    }

    public boolean ok() {
      return errors.isEmpty();
    }
  }

  private Compiler() {
  }

  public static Result compile(Options options) {
    List<String> errors = new ArrayList<>();
    String main = options.mainClass().replace('.', '/');
    try (ClassPath cp = ClassPath.parse(options.classpath())) {
      ClassRepository repo = new ClassRepository(cp, new org.cortado.classfile.Stubs(options.stubs()));
      ClassHierarchy hierarchy = new ClassHierarchy(repo);
      ClassNode mainNode;
      try {
        mainNode = hierarchy.find(main);
      } catch (BadClassFileException e) {
        return failed(e.getMessage());
      }
      if (mainNode == null) {
        return failed("main class not found: " + options.mainClass());
      }
      MethodNode mainMethod = ClassHierarchy.declared(mainNode, "main", "([Ljava/lang/String;)V");
      if (mainMethod == null || (mainMethod.access & Opcodes.ACC_STATIC) == 0) {
        return failed("class " + options.mainClass() + " has no method 'public static void main(String[])'");
      }
      Reachability reach = new Reachability(hierarchy, key -> org.cortado.lowering.Natives.supported(key),
          ModuleBuilder::runtimeCalls);
      reach.addRoot(main, "main", "([Ljava/lang/String;)V");
      List<org.cortado.interop.Jso.Export> exports = org.cortado.interop.Jso.exports(hierarchy, mainNode, errors);
      for (org.cortado.interop.Jso.Export e : exports) {
        reach.addRoot(e.owner().name, e.method().name, e.method().desc);
      }
      List<String> roots = new ArrayList<>(ModuleBuilder.RUNTIME_ROOTS);
      roots.addAll(ModuleBuilder.exportRoots(exports));
      if (!exports.isEmpty()) {
        roots.addAll(Reachability.JS_ROOTS);
      }
      for (String root : roots) {
        reach.addRoot(root);
      }
      reach.run();
      errors.addAll(reach.errors());
      if (!errors.isEmpty()) {
        return new Result(null, null, errors);
      }
      ModuleBuilder builder = new ModuleBuilder(hierarchy, reach, main);
      builder.jsExportRequests.addAll(exports);
      Module module = builder.build();
      byte[] wasm = BinaryWriter.write(module, options.debugNames());
      if (System.getProperty("cortado.dump") != null) {
        java.nio.file.Files.writeString(java.nio.file.Path.of(System.getProperty("cortado.dump")),
            org.cortado.wasm.TextDump.dump(module));
      }
      return new Result(wasm, LoaderGenerator.generate(options.name(), builder.jsoFunctions(), builder.boundary),
          LoaderGenerator.typings(options.name(), builder.boundary), List.of());
    } catch (IllegalArgumentException e) {
      return failed(e.getMessage());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Result failed(String message) {
    return new Result(null, null, List.of(message));
  }
}
