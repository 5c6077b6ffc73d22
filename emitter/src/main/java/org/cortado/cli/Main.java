package org.cortado.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.cortado.Compiler;

/**
 * {@code java -jar cortado.jar -cp <classpath> -m <mainClass> -o <dir> [--name <name>] [--debug-names] [--stub <member>]...}
 * writes {@code <dir>/<name>.wasm}, {@code <dir>/<name>.mjs} and its TypeScript declarations
 * {@code <dir>/<name>.d.ts}. Exit status 0 on success, 2 on any
 * error (with the messages on stderr and no output written).
 */
public final class Main {
  private static final String USAGE = "usage: cortado -cp <classpath> -m <mainClass> -o <outputDir> [--name <name>] [--debug-names] [--stub <class or class.method>]...";

  private Main() {
  }

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  public static int run(String[] args, PrintStream out, PrintStream err) {
    String classpath = null;
    String mainClass = null;
    String outDir = null;
    String name = null;
    boolean debugNames = false;
    java.util.List<String> stubs = new java.util.ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "-cp", "-classpath", "--classpath", "-m", "--main", "-o", "--output", "--name", "--stub" -> {
          if (i + 1 >= args.length) {
            return usage(err, "missing value for " + a);
          }
          String v = args[++i];
          switch (a) {
            case "-cp", "-classpath", "--classpath" -> classpath = v;
            case "-m", "--main" -> mainClass = v;
            case "-o", "--output" -> outDir = v;
            case "--stub" -> stubs.add(v);
            default -> name = v;
          }
        }
        case "--debug-names" -> debugNames = true;
        case "-h", "--help" -> {
          out.println(USAGE);
          return 0;
        }
        default -> {
          return usage(err, "unknown argument: " + a);
        }
      }
    }
    if (classpath == null || mainClass == null || outDir == null) {
      return usage(err, "-cp, -m and -o are required");
    }
    if (name == null) {
      name = mainClass.substring(mainClass.lastIndexOf('.') + 1);
    }
    Compiler.Result result;
    try {
      result = Compiler.compile(new Compiler.Options(classpath, mainClass, name, debugNames,
          Compiler.OptimizationLevel.SIMPLE, Compiler.ExceptionEncoding.LEGACY, stubs));
    } catch (RuntimeException e) {
      err.println("cortado: internal compiler error: " + e);
      StackTraceElement[] trace = e.getStackTrace();
      for (int i = 0; i < Math.min(trace.length, 12); i++) {
        err.println("\tat " + trace[i]);
      }
      return 2;
    }
    if (!result.ok()) {
      for (String e : result.errors()) {
        err.println("cortado: error: " + e);
      }
      err.println("cortado: " + result.errors().size() + " error" + (result.errors().size() == 1 ? "" : "s")
          + ", nothing written");
      return 2;
    }
    try {
      Path dir = Path.of(outDir);
      Files.createDirectories(dir);
      writeAtomically(dir.resolve(name + ".wasm"), result.wasm());
      writeAtomically(dir.resolve(name + ".mjs"), result.loader().getBytes(StandardCharsets.UTF_8));
      writeAtomically(dir.resolve(name + ".d.ts"), result.typings().getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      err.println("cortado: error: cannot write output: " + e.getMessage());
      return 2;
    }
    return 0;
  }

  private static void writeAtomically(Path target, byte[] bytes) throws IOException {
    Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
    Files.write(tmp, bytes);
    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private static int usage(PrintStream err, String problem) {
    err.println("cortado: error: " + problem);
    err.println(USAGE);
    return 2;
  }
}
