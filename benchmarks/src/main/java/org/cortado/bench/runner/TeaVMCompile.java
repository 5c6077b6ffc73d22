package org.cortado.bench.runner;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.teavm.backend.javascript.JSModuleType;
import org.teavm.diagnostics.Problem;
import org.teavm.tooling.TeaVMTargetType;
import org.teavm.tooling.TeaVMTool;
import org.teavm.tooling.TeaVMToolLog;
import org.teavm.vm.TeaVMOptimizationLevel;

/**
 * Compiles one program with TeaVM 0.16 (the comparison toolchain) in a fresh JVM, so its compile
 * time is measured like Cortado's CLI. Usage: {@code TeaVMCompile js|wasm-gc <mainClass> <outDir>};
 * the classes come from this JVM's class path. Writes {@code classes.mjs} (JS, ES module) or
 * {@code classes.wasm} plus TeaVM's own module runtime as {@code runtime.mjs} (Wasm GC).
 * Exit status 2 on compile errors. {@code -Dteavm.strict=true} turns on TeaVM's strict mode.
 */
public final class TeaVMCompile {
  private TeaVMCompile() {
  }

  public static void main(String[] args) throws Exception {
    String target = args[0];
    // -Dteavm.strict=true: TeaVM's strict mode (bounds, null and cast checks as in Java).
    boolean strict = Boolean.getBoolean("teavm.strict");
    String mainClass = args[1];
    File out = new File(args[2]);
    Files.createDirectories(out.toPath());
    TeaVMTool tool = new TeaVMTool();
    tool.setLog(new QuietLog());
    tool.setClassLoader(TeaVMCompile.class.getClassLoader());
    tool.setMainClass(mainClass);
    tool.setTargetDirectory(out);
    tool.setIncremental(false);
    // The level TeaVM recommends for production builds.
    tool.setOptimizationLevel(TeaVMOptimizationLevel.FULL);
    tool.setDebugInformationGenerated(false);
    tool.setSourceMapsFileGenerated(false);
    tool.setStrict(strict);
    if (target.equals("js")) {
      tool.setTargetType(TeaVMTargetType.JAVASCRIPT);
      tool.setJsModuleType(JSModuleType.ES2015);
      tool.setObfuscated(true);
      tool.setTargetFileName("classes.mjs");
    } else if (target.equals("wasm-gc")) {
      tool.setTargetType(TeaVMTargetType.WEBASSEMBLY_GC);
      tool.setObfuscated(true);
      tool.setTargetFileName("classes.wasm");
    } else {
      throw new IllegalArgumentException("target must be js or wasm-gc: " + target);
    }
    tool.generate();
    boolean failed = false;
    for (Problem problem : tool.getProblemProvider().getSevereProblems()) {
      System.err.println("teavm: " + problem.getText() + " " + java.util.Arrays.toString(problem.getParams())
          + (problem.getLocation() != null ? " at " + problem.getLocation().getMethod() : ""));
      failed = true;
    }
    if (failed) {
      System.exit(2);
    }
    if (target.equals("wasm-gc")) {
      copyResource("org/teavm/backend/wasm/wasm-gc-module-runtime.min.js", out.toPath().resolve("runtime.mjs"));
    }
  }

  private static void copyResource(String name, Path dest) throws IOException {
    try (InputStream in = TeaVMCompile.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("missing resource " + name);
      }
      Files.copy(in, dest, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Errors and warnings only; TeaVM's progress messages would drown the runner's output. */
  private static final class QuietLog implements TeaVMToolLog {
    public void info(String text) {
    }

    public void debug(String text) {
    }

    public void warning(String text) {
      System.err.println("teavm warning: " + text);
    }

    public void error(String text) {
      System.err.println("teavm error: " + text);
    }

    public void info(String text, Throwable e) {
    }

    public void debug(String text, Throwable e) {
    }

    public void warning(String text, Throwable e) {
      System.err.println("teavm warning: " + text + ": " + e);
    }

    public void error(String text, Throwable e) {
      System.err.println("teavm error: " + text + ": " + e);
    }
  }
}
