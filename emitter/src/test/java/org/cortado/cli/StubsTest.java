package org.cortado.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cortado.testing.JavaSources;
import org.cortado.testing.NodeTools;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --stub}: a reachable member the classlib cannot compile fails the build with a hint
 * naming the stub; with the stub the program compiles, runs as on the JVM while the member is not
 * called, and throws UnsupportedOperationException naming it when it is.
 */
class StubsTest {
  private static final String APP = """
      import java.io.File;
      public class App {
        static void rarelyUsed(String what) throws Exception {
          if (what.equals("thread")) new Thread(() -> System.out.println("in thread")).start();
          if (what.equals("file")) System.out.println(new File("x").exists());
          if (what.equals("forName")) System.out.println(Class.forName("App").getName());
        }
        public static void main(String[] args) throws Exception {
          System.out.println("start " + args.length);
          for (String a : args) {
            try {
              rarelyUsed(a);
            } catch (UnsupportedOperationException e) {
              System.out.println("unsupported: " + e.getMessage());
            }
          }
          System.out.println("end");
        }
      }
      """;
  private static final List<String> STUBS = List.of("java.lang.Thread.start", "java.io.File", "java.lang.Class.forName");

  @TempDir static Path fixtures;
  private static Path classes;
  @TempDir Path work;

  @BeforeAll
  static void compileFixture() {
    classes = JavaSources.compile(fixtures.resolve("app"), "App", APP);
  }

  @Test
  void withoutStubs_everyProblemNamesItsStub() {
    Run r = run(List.of());

    assertEquals(2, r.exit, r.err);
    for (String stub : List.of("java.lang.Thread.start", "java.io.File", "java.io.File.exists",
        "java.io.File.<init>", "java.lang.Class.forName")) {
      assertTrue(r.err.contains("\n  to compile anyway, with UnsupportedOperationException if it is ever called: --stub "
          + stub + "\n"), "no hint for " + stub + " in:\n" + r.err);
    }
    assertFalse(Files.exists(work.resolve("out")));
  }

  @Test
  void withStubs_compilesAndThrowsOnlyWhenCalled() {
    Run r = run(STUBS);
    assertEquals(0, r.exit, r.err);
    Path mjs = work.resolve("out/App.mjs");

    NodeTools.Result quiet = NodeTools.run(mjs);
    NodeTools.Result called = NodeTools.run(mjs, "thread", "file", "forName", "none");

    assertEquals(0, quiet.exitCode(), quiet.toString());
    assertEquals("start 0\nend\n", quiet.stdout());
    assertEquals(0, called.exitCode(), called.toString());
    assertEquals("""
        start 4
        unsupported: java.lang.Thread.start is not available (stubbed at compile time)
        unsupported: java.io.File.<init> is not available (stubbed at compile time)
        unsupported: java.lang.Class.forName is not available (stubbed at compile time)
        end
        """, called.stdout());
  }

  @Test
  void stubbedClassMissingFromTheClassPath_linksAndThrows() {
    Path dir = JavaSources.compile(work.resolve("src"), java.util.Map.of(
        "lib.Gone", "package lib; public class Gone { public static int answer() { return 42; } public int size() { return 1; } }",
        "UsesGone", """
            public class UsesGone {
              public static void main(String[] args) {
                System.out.println("before");
                if (args.length > 0) System.out.println(lib.Gone.answer());
                if (args.length > 1) System.out.println(new lib.Gone().size());
              }
            }
            """));
    Path cp = work.resolve("cp");
    try {
      Files.createDirectories(cp);
      Files.copy(dir.resolve("UsesGone.class"), cp.resolve("UsesGone.class"));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    Run missing = runMain(cp, "UsesGone", List.of());
    assertEquals(2, missing.exit, missing.err);
    assertTrue(missing.err.contains("--stub lib.Gone\n"), missing.err);

    Run stubbed = runMain(cp, "UsesGone", List.of("lib.Gone"));
    assertEquals(0, stubbed.exit, stubbed.err);
    NodeTools.Result none = NodeTools.run(work.resolve("out/UsesGone.mjs"));
    NodeTools.Result one = NodeTools.run(work.resolve("out/UsesGone.mjs"), "x");
    assertEquals("before\n", none.stdout(), none.toString());
    assertEquals(1, one.exitCode(), one.toString());
    assertEquals("Exception in thread \"main\" java.lang.UnsupportedOperationException: "
        + "lib.Gone.answer is not available (stubbed at compile time)", one.stderr().lines().findFirst().orElse(""));
  }

  private record Run(int exit, String out, String err) { }

  private Run run(List<String> stubs) {
    return runMain(classes, "App", stubs);
  }

  private Run runMain(Path cp, String main, List<String> stubs) {
    List<String> args = new ArrayList<>(List.of("-cp", cp.toString(), "-m", main, "-o", work.resolve("out").toString()));
    for (String s : stubs) {
      args.add("--stub");
      args.add(s);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      exit = Main.run(args.toArray(String[]::new), o, e);
    }
    return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
