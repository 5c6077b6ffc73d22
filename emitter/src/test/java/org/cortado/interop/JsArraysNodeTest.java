package org.cortado.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import org.cortado.cli.Main;
import org.cortado.testing.JavaSources;
import org.cortado.testing.NodeTools;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bulk byte transfer (org.cortado.runtime.JSArrays) between byte[] and JS typed arrays, in Node. */
class JsArraysNodeTest {
  private static final String PROGRAM =
        "import org.cortado.runtime.JSArrays;\n" +
        "import org.teavm.jso.JSBody;\n" +
        "import org.teavm.jso.JSObject;\n" +
        "\n" +
        "public class A {\n" +
        "  @JSBody(params = {\"n\", \"clamped\"}, script = \"const a = clamped ? new Uint8ClampedArray(n) : new Uint8Array(n);"
            + " for (let i = 0; i < n; i++) a[i] = (i * 31 + (i >> 9)) & 255; return a;\")\n" +
        "  static native JSObject make(int n, boolean clamped);\n" +
        "  @JSBody(params = {\"n\"}, script = \"return new Uint8ClampedArray(n);\")\n" +
        "  static native JSObject zeros(int n);\n" +
        "  @JSBody(params = {\"a\"}, script = \"let s = 0; for (let i = 0; i < a.length; i++) s = (s * 31 + a[i]) | 0;"
            + " return a.constructor.name + ':' + a.length + ':' + s;\")\n" +
        "  static native String describe(JSObject a);\n" +
        "\n" +
        "  static int sum(byte[] b) {\n" +
        "    int s = 0;\n" +
        "    for (byte x : b) s = s * 31 + (x & 255);\n" +
        "    return s;\n" +
        "  }\n" +
        "\n" +
        "  public static void main(String[] args) {\n" +
        "    for (int n : new int[] {0, 1, 3, 4, 7, 1000, 70001}) {\n" +
        "      JSObject js = make(n, n % 2 == 1);\n" +
        "      byte[] b = JSArrays.toByteArray(js);\n" +
        "      JSObject back = zeros(n);\n" +
        "      JSArrays.copyToJs(b, back);\n" +
        "      String d = describe(js);\n" +
        "      System.out.println(n + \" \" + (d.endsWith(\":\" + sum(b))) + \" \" + describe(back).equals(\"Uint8ClampedArray\" + d.substring(d.indexOf(':')))\n" +
        "          + \" \" + describe(JSArrays.toUint8Array(b)).equals(\"Uint8Array\" + d.substring(d.indexOf(':'))));\n" +
        "    }\n" +
        "    byte[] b = {(byte) 200, -1, 0, 127, 5};\n" +
        "    JSObject part = zeros(6);\n" +
        "    JSArrays.copyToJs(b, 1, part, 2, 3);\n" +
        "    System.out.println(describe(part) + \" \" + describe(JSArrays.toUint8ClampedArray(b)));\n" +
        "    byte[] dest = new byte[7];\n" +
        "    System.out.println(JSArrays.copyFromJs(JSArrays.toUint8Array(b), dest) + \" \" + dest[0] + \" \" + dest[4] + \" \" + dest[5]);\n" +
        "    System.out.println(JSArrays.toByteArray(null) == null);\n" +
        "    try {\n" +
        "      JSArrays.copyFromJs(make(8, false), new byte[4]);\n" +
        "    } catch (IndexOutOfBoundsException e) {\n" +
        "      System.out.println(\"IOOBE\");\n" +
        "    }\n" +
        "  }\n" +
        "}\n";

  @Test
  void testByteArraysRoundTrip_runInNode(@TempDir Path dir) throws Exception {
    Path classes = JavaSources.compile(dir.resolve("classes"), "A", PROGRAM);
    Path out = dir.resolve("out");
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int status = Main.run(new String[] {"-cp", classes.toString(), "-m", "A", "-o", out.toString()},
        new PrintStream(new ByteArrayOutputStream()), new PrintStream(err));
    NodeTools.Result run = NodeTools.run(out.resolve("A.mjs"));

    assertEquals(0, status, err.toString());
    assertEquals(String.join("\n", "0 true true true", "1 true true true", "3 true true true", "4 true true true",
        "7 true true true", "1000 true true true", "70001 true true true",
        "Uint8ClampedArray:6:" + checksum(0, 0, 255, 0, 127, 0) + " Uint8ClampedArray:5:" + checksum(200, 255, 0, 127, 5),
        "5 -56 5 0", "true", "IOOBE", ""), run.stdout(), run.toString());
    assertEquals(0, run.exitCode(), run.toString());
  }

  private static int checksum(int... values) {
    int s = 0;
    for (int v : values) {
      s = s * 31 + v;
    }
    return s;
  }
}
