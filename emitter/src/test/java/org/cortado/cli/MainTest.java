package org.cortado.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.cortado.testing.JavaSources;
import org.cortado.testing.NodeTools;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The CLI contract: on any error, exit status 2, the problems on stderr (each unsupported or
 * missing member with its call chain from main, all of them in one run) and no output written;
 * on success, {@code <dir>/<name>.wasm} and {@code <dir>/<name>.mjs}, and the loader runs the
 * program in Node with its arguments and exit status.
 */
class MainTest {
  private static final String HELLO = """
      public class Hello {
        public static void main(String[] args) {
          System.out.println("hello " + args.length);
          for (String a : args) {
            System.out.println("[" + a + "]");
          }
          if (args.length == 2 && args[0].equals("exit")) {
            System.exit(Integer.parseInt(args[1]));
          }
        }
      }
      """;

  @TempDir static Path fixtures;
  private static Path good;
  private static Path broken;
  private static Path missing;
  private static Path unsupported;

  @TempDir Path work;

  @BeforeAll
  static void compileFixtures() throws IOException {
    good = JavaSources.compile(fixtures.resolve("good"), Map.of(
        "Hello", HELLO,
        "p.App", "package p; public class App { public static void main(String[] a) { System.out.println(\"app\"); } }",
        "NoMain", "public class NoMain { public static void run(String[] a) { } }",
        "InstanceMain", "public class InstanceMain { public void main(String[] a) { } }",
        "NoArgsMain", "public class NoArgsMain { public static void main() { } }",
        "IntMain", "public class IntMain { public static int main(String[] a) { return 0; } }"));

    broken = fixtures.resolve("broken");
    Files.createDirectories(broken);
    byte[] hello = Files.readAllBytes(good.resolve("Hello.class"));
    Files.write(broken.resolve("Hello.class"), Arrays.copyOf(hello, hello.length / 2));
    byte[] noise = new byte[300];
    new Random(42).nextBytes(noise);
    Files.write(broken.resolve("Noise.class"), noise);
    byte[] cafeNoise = noise.clone();
    System.arraycopy(new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0, 0, 61}, 0, cafeNoise, 0, 8);
    Files.write(broken.resolve("CafeNoise.class"), cafeNoise);
    Files.write(broken.resolve("Renamed.class"), hello);
    JavaSources.compile(broken, Map.of("UsesTruncated", """
        class Dep { static int f() { return 1; } }
        public class UsesTruncated { public static void main(String[] a) { System.out.println(Dep.f()); } }
        """));
    byte[] dep = Files.readAllBytes(broken.resolve("Dep.class"));
    Files.write(broken.resolve("Dep.class"), Arrays.copyOf(dep, dep.length - 10));

    missing = JavaSources.compile(fixtures.resolve("missing"), Map.of(
        "UsesHelper", """
            class Helper { static int f() { return 1; } }
            public class UsesHelper { public static void main(String[] a) { System.out.println(Helper.f()); } }
            """,
        "UsesTwo", """
            class Made { int x; }
            class Called { static int f() { return 1; } }
            public class UsesTwo {
              public static void main(String[] a) {
                System.out.println(new Made().x);
                System.out.println(Called.f());
              }
            }
            """,
        "Sub", """
            class Base { static int x = 1; }
            public class Sub extends Base { public static void main(String[] a) { System.out.println(x); } }
            """));
    for (String gone : List.of("Helper", "Made", "Called", "Base")) {
      Files.delete(missing.resolve(gone + ".class"));
    }

    unsupported = JavaSources.compile(fixtures.resolve("unsupported"), Map.of(
        "Nat", """
            public class Nat {
              static native int compute(int x);
              static int helper() { return compute(3); }
              public static void main(String[] a) { System.out.println(helper()); }
            }
            """,
        "Threads", """
            public class Threads {
              public static void main(String[] a) { new Thread(() -> System.out.println("t")).start(); }
            }
            """,
        "Files", """
            public class Files {
              public static void main(String[] a) { System.out.println(new java.io.File("x").exists()); }
            }
            """,
        "ThreadsAndFiles", """
            import java.io.FileInputStream;
            import java.io.IOException;
            public class ThreadsAndFiles {
              static void spawn(Runnable r) { new Thread(r).start(); }
              static void background() { spawn(() -> System.out.println("bg")); }
              static int readConfig(String path) throws IOException {
                try (FileInputStream in = new FileInputStream(path)) { return in.read(); }
              }
              static boolean exists(String p) { return new java.io.File(p).exists(); }
              static void other() { new Thread(() -> { }).start(); }
              public static void main(String[] a) throws IOException {
                background();
                System.out.println(readConfig("x") + " " + exists("y"));
                other();
              }
            }
            """));
  }

  // ---------------------------------------------------------------- usage errors

  @Test
  void testRun_noArguments_usage() {
    Run r = run();

    assertFailed(r);
    assertEquals(List.of("cortado: error: -cp, -m and -o are required",
        "usage: cortado -cp <classpath> -m <mainClass> -o <outputDir> [--name <name>] [--debug-names] [--stub <class or class.method>]..."), r.errLines());
  }

  @ParameterizedTest(name = "without {0}")
  @ValueSource(strings = {"-cp", "-m", "-o"})
  void testRun_requiredOptionMissing_exit2AndNothingWritten(String left) {
    List<String> args = new ArrayList<>();
    for (String[] opt : List.of(new String[] {"-cp", good.toString()}, new String[] {"-m", "Hello"},
        new String[] {"-o", out().toString()})) {
      if (!opt[0].equals(left)) {
        args.addAll(List.of(opt));
      }
    }

    Run r = run(args.toArray(new String[0]));

    assertFailed(r);
    assertEquals("cortado: error: -cp, -m and -o are required", r.errLines().get(0));
  }

  @Test
  void testRun_optionWithoutValue_named() {
    Run r = run("-cp", good.toString(), "-m", "Hello", "-o");

    assertFailed(r);
    assertEquals("cortado: error: missing value for -o", r.errLines().get(0));
  }

  @Test
  void testRun_unknownOption_named() {
    Run r = run("-cp", good.toString(), "-m", "Hello", "-o", out().toString(), "--frobnicate");

    assertFailed(r);
    assertEquals("cortado: error: unknown argument: --frobnicate", r.errLines().get(0));
  }

  @Test
  void testRun_help_usageOnStdoutExit0() {
    Run r = run("--help");

    assertEquals(0, r.exit());
    assertTrue(r.out().startsWith("usage: cortado -cp"), r.out());
    assertEquals("", r.err());
  }

  @Test
  void testRun_classpathEntryMissing_named() {
    Path nowhere = work.resolve("nowhere");

    Run r = run("-cp", nowhere.toString(), "-m", "Hello", "-o", out().toString());

    assertFailed(r);
    assertEquals("cortado: error: classpath entry not found: " + nowhere, r.errLines().get(0));
  }

  // ---------------------------------------------------------------- main class errors

  @Test
  void testRun_mainClassNotFound_named() {
    Run r = compile(good, "com.example.Nope");

    assertFailed(r);
    assertEquals(List.of("cortado: error: main class not found: com.example.Nope", "cortado: 1 error, nothing written"),
        r.errLines());
  }

  @ParameterizedTest
  @ValueSource(strings = {"NoMain", "InstanceMain", "NoArgsMain", "IntMain"})
  void testRun_noStaticVoidMainOfStrings_rejected(String cls) {
    Run r = compile(good, cls);

    assertFailed(r);
    assertEquals("cortado: error: class " + cls + " has no method 'public static void main(String[])'",
        r.errLines().get(0));
  }

  // ---------------------------------------------------------------- unreadable class files

  @Test
  void testRun_truncatedMainClass_corruptFileReported() {
    Run r = compile(broken, "Hello");

    assertFailed(r);
    assertTrue(r.errLines().get(0).startsWith("cortado: error: cannot read class Hello: corrupt or truncated class file ("),
        r.err());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Noise", "CafeNoise"})
  void testRun_randomBytesWithClassName_corruptFileReported(String cls) {
    Run r = compile(broken, cls);

    assertFailed(r);
    assertTrue(r.errLines().get(0).startsWith("cortado: error: cannot read class " + cls + ": "), r.err());
  }

  @Test
  void testRun_classFileNameDoesNotMatchItsClass_reported() {
    Run r = compile(broken, "Renamed");

    assertFailed(r);
    assertEquals("cortado: error: cannot read class Renamed: file declares class Hello", r.errLines().get(0));
  }

  @Test
  void testRun_truncatedDependency_reportedWithCallChain() {
    Run r = compile(broken, "UsesTruncated");

    assertFailed(r);
    List<String> block = errorBlock(r, "cannot read class Dep: corrupt or truncated class file");
    assertEquals(List.of("  reached from:", "    UsesTruncated.main(java.lang.String[])"), block.subList(1, block.size()));
  }

  // ---------------------------------------------------------------- missing classes

  @Test
  void testRun_missingReferencedClass_reportedOnceWithCallChain() {
    Run r = compile(missing, "UsesHelper");

    assertFailed(r);
    assertEquals(List.of(
        "cortado: error: class not found: Helper",
        "  reached from:",
        "    UsesHelper.main(java.lang.String[])",
        "  to compile anyway, with UnsupportedOperationException if it is ever called: --stub Helper",
        "cortado: 1 error, nothing written"), r.errLines());
  }

  @Test
  void testRun_twoMissingClasses_bothReportedInOneRun() {
    Run r = compile(missing, "UsesTwo");

    assertFailed(r);
    assertEquals(List.of(
        "cortado: error: class not found: Made",
        "  reached from:",
        "    UsesTwo.main(java.lang.String[])",
        "  to compile anyway, with UnsupportedOperationException if it is ever called: --stub Made",
        "cortado: error: class not found: Called",
        "  reached from:",
        "    UsesTwo.main(java.lang.String[])",
        "  to compile anyway, with UnsupportedOperationException if it is ever called: --stub Called",
        "cortado: 2 errors, nothing written"), r.errLines());
  }

  @Test
  void testRun_missingSuperclassOfMain_reportedNotInternalError() {
    Run r = compile(missing, "Sub");

    assertFailed(r);
    assertEquals("cortado: error: class not found: Base", r.errLines().get(0), r.err());
    assertFalse(r.err().contains("internal compiler error"), r.err());
  }

  // ---------------------------------------------------------------- unsupported constructs

  @Test
  void testRun_unsupportedNativeOfOwnClass_namedWithCallChain() {
    Run r = compile(unsupported, "Nat");

    assertFailed(r);
    assertEquals(List.of(
        "cortado: error: native method Nat.compute(int) is not supported",
        "  reached from:",
        "    Nat.helper()",
        "    Nat.main(java.lang.String[])"), errorBlock(r, "native method Nat.compute(int) is not supported"));
  }

  @Test
  void testRun_threadStart_reportedWithCallChainFromMain() {
    Run r = compile(unsupported, "Threads");

    assertFailed(r);
    assertUnsupportedCall(r, "java.lang.Thread.start()", List.of("    Threads.main(java.lang.String[])"),
        "java.lang.Thread.start");
    assertEquals("cortado: 1 error, nothing written", r.errLines().get(r.errLines().size() - 1));
  }

  @Test
  void testRun_javaIoFile_reportedWithCallChainFromMain() {
    Run r = compile(unsupported, "Files");

    assertFailed(r);
    assertUnsupportedCall(r, "java.io.File.exists()", List.of("    Files.main(java.lang.String[])"), "java.io.File.exists");
  }

  @Test
  void testRun_javaIoFile_everyErrorHasCallChainFromMain() {
    Run r = compile(unsupported, "Files");

    assertFailed(r);
    List<String> lines = r.errLines();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith("cortado: error: ")) {
        List<String> block = errorBlock(r, lines.get(i).substring("cortado: error: ".length()));
        assertEquals("    Files.main(java.lang.String[])", block.get(block.size() - 2), r.err());
        assertTrue(block.get(block.size() - 1).startsWith(STUB_HINT), r.err());
      }
    }
  }

  @Test
  void testRun_threadsAndFilesFromSeveralPlaces_everyCallChainListed() {
    Run r = compile(unsupported, "ThreadsAndFiles");

    assertFailed(r);
    // Thread.start() is called from two methods: both chains are listed, each in its own error.
    List<List<String>> starts = errorBlocks(r, "java.lang.Thread.start() is not supported: ");
    assertEquals(List.of(
        List.of("  called from:", "    ThreadsAndFiles.other()", "    ThreadsAndFiles.main(java.lang.String[])"),
        List.of("  called from:", "    ThreadsAndFiles.spawn(java.lang.Runnable)", "    ThreadsAndFiles.background()",
            "    ThreadsAndFiles.main(java.lang.String[])")),
        starts.stream().map(b -> b.subList(1, b.size() - 1)).sorted(java.util.Comparator.comparing(b -> b.get(1))).toList(),
        r.err());
    starts.forEach(b -> assertEquals(STUB_HINT + "java.lang.Thread.start", b.get(b.size() - 1), r.err()));
    assertUnsupportedCall(r, "java.io.FileInputStream.<init>(java.lang.String)",
        List.of("    ThreadsAndFiles.readConfig(java.lang.String)", "    ThreadsAndFiles.main(java.lang.String[])"),
        "java.io.FileInputStream.<init>");
    assertUnsupportedCall(r, "java.io.FileInputStream.read()",
        List.of("    ThreadsAndFiles.readConfig(java.lang.String)", "    ThreadsAndFiles.main(java.lang.String[])"),
        "java.io.FileInputStream.read");
    assertUnsupportedCall(r, "java.io.File.<init>(java.lang.String)",
        List.of("    ThreadsAndFiles.exists(java.lang.String)", "    ThreadsAndFiles.main(java.lang.String[])"),
        "java.io.File.<init>");
    assertUnsupportedCall(r, "java.io.File.exists()",
        List.of("    ThreadsAndFiles.exists(java.lang.String)", "    ThreadsAndFiles.main(java.lang.String[])"),
        "java.io.File.exists");
    // Every error ends its chain at main, and the count on the last line matches the errors listed.
    List<String> lines = r.errLines();
    long errors = lines.stream().filter(l -> l.startsWith("cortado: error: ")).count();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith("cortado: error: ")) {
        int end = i + 1;
        while (end < lines.size() && !lines.get(end).startsWith("cortado:")) {
          end++;
        }
        assertEquals("    ThreadsAndFiles.main(java.lang.String[])", lines.get(end - 2), r.err());
        assertTrue(lines.get(end - 1).startsWith(STUB_HINT), r.err());
      }
    }
    assertEquals("cortado: " + errors + " errors, nothing written", lines.get(lines.size() - 1));
  }

  @Test
  void testRun_failure_existingOutputsLeftUntouched() throws IOException {
    Path dir = out();
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("Nat.wasm"), "old");

    Run r = run("-cp", unsupported.toString(), "-m", "Nat", "-o", dir.toString());

    assertEquals(2, r.exit());
    assertEquals(List.of("Nat.wasm"), list(dir));
    assertEquals("old", Files.readString(dir.resolve("Nat.wasm")));
  }

  // ---------------------------------------------------------------- success

  @Test
  void testRun_success_writesWasmAndLoaderNamedAfterMainClass() {
    Run r = compile(good, "Hello");

    assertEquals(0, r.exit(), r.err());
    assertEquals("", r.err());
    assertEquals(List.of("Hello.d.ts", "Hello.mjs", "Hello.wasm"), list(out()));
  }

  @Test
  void testRun_classpathJar_compiles() throws IOException {
    Path jar = work.resolve("app.jar");
    try (java.util.jar.JarOutputStream j = new java.util.jar.JarOutputStream(Files.newOutputStream(jar))) {
      j.putNextEntry(new java.util.jar.JarEntry("p/App.class"));
      j.write(Files.readAllBytes(good.resolve("p/App.class")));
      j.closeEntry();
    }

    Run r = run("-cp", jar.toString(), "-m", "p.App", "-o", out().toString());

    assertEquals(0, r.exit(), r.err());
    assertEquals(List.of("App.d.ts", "App.mjs", "App.wasm"), list(out()));
  }

  @Test
  void testRun_corruptJarOnClasspath_reported() throws IOException {
    Path jar = work.resolve("bad.jar");
    Files.writeString(jar, "not a zip");

    Run r = run("-cp", good + java.io.File.pathSeparator + jar, "-m", "Hello", "-o", out().toString());

    assertFailed(r);
    assertTrue(r.errLines().get(0).startsWith("cortado: error: cannot read classpath jar " + jar + ": "), r.err());
  }

  @Test
  void testRun_nameOption_changesFileNames() {
    Run r = run("-cp", good.toString(), "-m", "p.App", "-o", out().toString(), "--name", "bundle");

    assertEquals(0, r.exit(), r.err());
    assertEquals(List.of("bundle.d.ts", "bundle.mjs", "bundle.wasm"), list(out()));
  }

  @Test
  void testRun_packagedMainClass_defaultNameIsSimpleName() {
    Path nested = work.resolve("a/b/c");

    Run r = run("-cp", good.toString(), "-m", "p.App", "-o", nested.toString());

    assertEquals(0, r.exit(), r.err());
    assertEquals(List.of("App.d.ts", "App.mjs", "App.wasm"), list(nested));
  }

  @Test
  void testRun_outputDirIsAFile_cannotWrite() throws IOException {
    Path file = work.resolve("file");
    Files.writeString(file, "x");

    Run r = run("-cp", good.toString(), "-m", "p.App", "-o", file.toString());

    assertEquals(2, r.exit());
    assertTrue(r.errLines().get(0).startsWith("cortado: error: cannot write output: "), r.err());
    assertEquals("x", Files.readString(file));
  }

  @Test
  void testRun_producedLoader_runsProgramWithArgumentsAndExitStatus() {
    Run r = compile(good, "Hello");
    assertEquals(0, r.exit(), r.err());
    Path mjs = out().resolve("Hello.mjs");

    NodeTools.Result plain = NodeTools.run(mjs, "a", "b c", "ü€");
    NodeTools.Result exits = NodeTools.run(mjs, "exit", "3");

    assertEquals(0, plain.exitCode(), plain.toString());
    assertEquals("hello 3\n[a]\n[b c]\n[ü€]\n", plain.stdout());
    assertEquals("", plain.stderr());
    assertEquals(3, exits.exitCode(), exits.toString());
    assertEquals("hello 2\n[exit]\n[3]\n", exits.stdout());
  }

  // ---------------------------------------------------------------- helpers

  /** What one in-process run of the CLI did. */
  private record Run(int exit, String out, String err) {
    List<String> errLines() {
      return err.isEmpty() ? List.of() : List.of(err.split("\n"));
    }
  }

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      exit = Main.run(args, o, e);
    }
    return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private Run compile(Path classpath, String mainClass) {
    return run("-cp", classpath.toString(), "-m", mainClass, "-o", out().toString());
  }

  private Path out() {
    return work.resolve("out");
  }

  /** Exit 2, a message on stderr, nothing on stdout and no output directory. */
  private void assertFailed(Run r) {
    assertEquals(2, r.exit(), r.err());
    assertFalse(r.err().isBlank(), "no message on stderr");
    assertEquals("", r.out());
    assertFalse(Files.exists(out()), "output directory was created: " + list(out()));
  }

  /** The lines of the error that starts with {@code message}, up to the next "cortado:" line. */
  private static List<String> errorBlock(Run r, String message) {
    List<String> lines = r.errLines();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith("cortado: error: " + message)) {
        int end = i + 1;
        while (end < lines.size() && !lines.get(end).startsWith("cortado:")) {
          end++;
        }
        return lines.subList(i, end);
      }
    }
    throw new AssertionError("no error starting with '" + message + "' in:\n" + r.err());
  }

  /** Every error block that starts with {@code message}. */
  private static List<List<String>> errorBlocks(Run r, String message) {
    List<String> lines = r.errLines();
    List<List<String>> blocks = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith("cortado: error: " + message)) {
        int end = i + 1;
        while (end < lines.size() && !lines.get(end).startsWith("cortado:")) {
          end++;
        }
        blocks.add(lines.subList(i, end));
      }
    }
    return blocks;
  }

  /**
   * A problem inside the JDK is reported at the JDK method the program calls:
   * "cortado: error: <member> is not supported: <causes>", then "  called from:" and the chain.
   */
  private static void assertUnsupportedCall(Run r, String member, List<String> chain, String stub) {
    List<String> block = errorBlock(r, member + " is not supported: ");
    assertEquals("  called from:", block.get(1), r.err());
    assertEquals(chain, block.subList(2, block.size() - 1), r.err());
    assertEquals(STUB_HINT + stub, block.get(block.size() - 1), r.err());
  }

  private static final String STUB_HINT = "  to compile anyway, with UnsupportedOperationException if it is ever called: --stub ";

  private static List<String> list(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
