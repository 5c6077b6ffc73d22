package org.cortado.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cortado.cli.Main;
import org.cortado.testing.JavaSources;
import org.cortado.testing.NodeTools;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JS boundary in Node (program {@code interop/Boundary.java}): conversions, @JSFunctor
 * callbacks and event listeners, exceptions in both directions, the event loop after main, and
 * bulk typed-array transfers whose checksums this test computes on the JVM.
 */
class JsBoundaryNodeTest {
  @TempDir static Path dir;
  private static Path mjs;

  @BeforeAll
  static void compile() throws IOException {
    String source;
    try (InputStream in = JsBoundaryNodeTest.class.getResourceAsStream("/interop/Boundary.java")) {
      source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Path classes = JavaSources.compile(dir.resolve("classes"), "Boundary", source);
    Path out = dir.resolve("out");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Main.run(new String[] {"-cp", classes.toString(), "-m", "Boundary", "-o", out.toString()},
        new PrintStream(new ByteArrayOutputStream()), new PrintStream(err));
    assertEquals(0, status, err.toString());
    mjs = out.resolve("Boundary.mjs");
  }

  @Test
  void testConversionsCallbacksExceptionsArrays_matchTheJvmsValues() {
    NodeTools.Result run = NodeTools.run(mjs);

    List<String> expected = new ArrayList<>(List.of(
        "number 7 number 2.5 boolean true bigint 9007199254740993 string s",
        "4:a\uD83D\uDE00b null null 3",
        "false true 3298534883328 41 -1",
        "111",
        "true false",
        "boolean:true boolean:false",
        "1099511627776:0.5:true:x\u00e9",
        "40",
        "event ping 1",
        "listener calls 1",
        "caught TypeError: bad true",
        "caught org.cortado.runtime.JSException: 42",
        "caught true",
        "finally",
        "true java.lang.IllegalArgumentException | from java | java.lang.IllegalArgumentException: from java",
        "true java.lang.RuntimeException |  | java.lang.RuntimeException",
        "back in java: through js true"));
    expected.addAll(arrayLines(300001));
    expected.addAll(List.of("-6 0", "Float64Array 5 6 3.5", "main returns", "timer 1", "timer 1 done", "timer 2", ""));
    assertEquals(String.join("\n", expected), run.stdout(), run.toString());
    assertEquals("", run.stderr(), run.toString());
    assertEquals(0, run.exitCode(), run.toString());
  }

  @Test
  void testSystemExitInCallback_endsTheEventLoopWithItsStatus() {
    NodeTools.Result run = NodeTools.run(mjs, "exit", "5");

    assertTrue(run.stdout().endsWith("main returns\ntimer 1\ntimer 1 done\ntimer 2\n"), run.toString());
    assertEquals(5, run.exitCode(), run.toString());
  }

  @Test
  void testUncaughtJavaExceptionInCallback_reportedLikeTheJvmWithStatus1() {
    NodeTools.Result run = NodeTools.run(mjs, "throw");

    assertTrue(run.stdout().endsWith("timer 2\n"), run.toString());
    assertEquals("Exception in thread \"main\" java.lang.IllegalStateException: boom in timer",
        run.stderr().lines().findFirst().orElse(""), run.toString());
    assertEquals(1, run.exitCode(), run.toString());
  }

  @Test
  void testUncaughtJsExceptionInMain_reportedLikeTheJvmWithStatus1() {
    NodeTools.Result run = NodeTools.run(mjs, "uncaught-js");

    assertTrue(!run.stdout().contains("main returns"), run.toString());
    assertEquals("Exception in thread \"main\" org.cortado.runtime.JSException: TypeError: nobody catches this",
        run.stderr().lines().findFirst().orElse(""), run.toString());
    assertEquals(1, run.exitCode(), run.toString());
  }

  /**
   * What the program prints for its arrays, computed here: element k of every kind is the JS
   * double ((k * 2654435761) % 65521) - 30000 + k / 8 stored into the typed array of that kind.
   */
  private static List<String> arrayLines(int n) {
    long h = 0;
    double[] sums = new double[6];
    for (int k = 0; k < n; k++) {
      double v = ((k * 2654435761L) % 65521) - 30000 + k / 8.0;
      byte b = (byte) (long) v;
      short s = (short) (long) v;
      char c = (char) (long) v;
      int i = (int) (long) v;
      float f = (float) v;
      h = h * 31 + b;
      h = h * 31 + s;
      h = h * 31 + c;
      h = h * 31 + i;
      h = h * 31 + Float.floatToIntBits(f);
      h = h * 31 + Double.doubleToLongBits(v);
      sums[0] += b;
      sums[1] += s;
      sums[2] += c;
      sums[3] += i;
      sums[4] += f;
      sums[5] += v;
    }
    List<String> lines = new ArrayList<>();
    lines.add("checksum " + h);
    String[] names = {"Int8Array", "Int16Array", "Uint16Array", "Int32Array", "Float32Array", "Float64Array"};
    for (int k = 0; k < 6; k++) {
      assertEquals(Math.rint(sums[k]), sums[k], "the sums are whole numbers, printed alike by JS and Java");
      lines.add(names[k] + " " + n + " " + (long) sums[k]);
    }
    return lines;
  }
}
