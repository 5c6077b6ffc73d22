package org.cortado.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cortado.cli.Main;
import org.cortado.testing.JavaSources;
import org.cortado.testing.NodeTools;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JSO interop compiled by Cortado and run in Node: @JSBody, JSObject members, JS strings. */
class JsoNodeTest {
  private static final String PROGRAM =
        "import org.teavm.jso.JSBody;\n" +
        "import org.teavm.jso.JSObject;\n" +
        "import org.teavm.jso.JSProperty;\n" +
        "import org.teavm.jso.core.JSString;\n" +
        "\n" +
        "public class J {\n" +
        "  interface Point extends JSObject {\n" +
        "    @JSProperty int getX();\n" +
        "    @JSProperty void setX(int x);\n" +
        "    @JSProperty String getName();\n" +
        "    int sum(int other);\n" +
        "  }\n" +
        "  @JSBody(params = {\"a\", \"b\"}, script = \"return a + b;\")\n" +
        "  static native int add(int a, int b);\n" +
        "  @JSBody(params = {\"s\"}, script = \"return s.toUpperCase() + '!';\")\n" +
        "  static native String shout(String s);\n" +
        "  @JSBody(params = {\"x\", \"flag\"}, script = \"return { x: x, name: 'p' + x + (flag === true ? 'T' : 'F'), sum: function(o) { return this.x + o; } };\")\n" +
        "  static native Point makePoint(int x, boolean flag);\n" +
        "  @JSBody(params = {\"d\"}, script = \"return Math.sqrt(d);\")\n" +
        "  static native double jsSqrt(double d);\n" +
        "  @JSBody(script = \"return null;\")\n" +
        "  static native JSObject nothing();\n" +
        "\n" +
        "  public static void main(String[] args) {\n" +
        "    System.out.println(add(2, 40));\n" +
        "    System.out.println(shout(\"héllo wörld\"));\n" +
        "    Point p = makePoint(7, true);\n" +
        "    System.out.println(p.getX() + \" \" + p.getName() + \" \" + p.sum(5));\n" +
        "    p.setX(10);\n" +
        "    System.out.println(p.getX() + \" \" + p.sum(1));\n" +
        "    System.out.println(jsSqrt(2.0));\n" +
        "    System.out.println(nothing() == null);\n" +
        "    JSString js = JSString.valueOf(\"abc\");\n" +
        "    System.out.println(js.getLength() + \" \" + js.stringValue());\n" +
        "  }\n" +
        "}\n";

  @Test
  void testJsBodyAndMembers_runInNode(@TempDir Path dir) throws Exception {
    Path classes = JavaSources.compile(dir.resolve("classes"), "J", PROGRAM);
    Path out = dir.resolve("out");
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int status = Main.run(new String[] {"-cp", classes.toString(), "-m", "J", "-o", out.toString()},
        new PrintStream(new ByteArrayOutputStream()), new PrintStream(err));
    NodeTools.Result run = NodeTools.run(out.resolve("J.mjs"));

    assertEquals(0, status, err.toString());
    assertEquals(String.join("\n", "42", "H\u00c9LLO W\u00d6RLD!", "7 p7T 12", "10 11", "1.4142135623730951",
        "true", "3 abc", ""), run.stdout(), run.toString());
    assertEquals(0, run.exitCode(), run.toString());
    String loader = Files.readString(out.resolve("J.mjs"));
    assertEquals(-1, loader.indexOf("eval("), "the loader must not use eval");
    assertEquals(-1, loader.indexOf("new Function"), "the loader must not use new Function");
  }
}
