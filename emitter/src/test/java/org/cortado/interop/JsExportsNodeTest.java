package org.cortado.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.cortado.cli.Main;
import org.cortado.testing.JavaSources;
import org.cortado.testing.NodeTools;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** @JSExport methods called from JavaScript through {@code load().exports}, and their .d.ts. */
class JsExportsNodeTest {
  private static final String LIB = """
      import org.teavm.jso.JSBody;
      import org.teavm.jso.JSExport;
      import org.teavm.jso.JSExportClasses;
      import org.teavm.jso.JSObject;

      @JSExportClasses(Extra.class)
      public class Lib {
        static final StringBuilder LOG = new StringBuilder("init");
        static int calls;

        @JSBody(params = "o", script = "return o.name + '!';")
        static native String nameOf(JSObject o);

        @JSExport public static int add(int a, int b) { calls++; return a + b; }
        @JSExport public static long mul(long a, long b) { return a * b; }
        @JSExport public static boolean even(int x) { return x % 2 == 0; }
        @JSExport public static String greet(String who) { return who == null ? "nobody" : "hello " + who + " (" + LOG + ")"; }
        @JSExport public static double[] scale(double[] a, double k) {
          double[] r = new double[a.length];
          for (int i = 0; i < a.length; i++) r[i] = a[i] * k;
          return r;
        }
        @JSExport public static int sum(byte[] b, short[] s, char[] c, int[] i, float[] f) {
          int t = 0;
          for (byte x : b) t += x;
          for (short x : s) t += x;
          for (char x : c) t += x;
          for (int x : i) t += x;
          for (float x : f) t += (int) x;
          return t;
        }
        @JSExport public static int[] range(int n) { int[] r = new int[n]; for (int k = 0; k < n; k++) r[k] = k * k; return r; }
        @JSExport public static String describe(JSObject o) { return nameOf(o); }
        @JSExport public static void fail(String message) { throw new IllegalStateException(message); }
        @JSExport public static int callCount() { return calls; }

        public static void main(String[] args) { System.out.println("main " + add(1, 2)); }
      }

      class Extra {
        @JSExport static float half(float x) { return x / 2; }
      }
      """;

  private static final String DRIVER = """
      import { load, JavaError } from './Lib.mjs';
      const { exports: x, main } = await load();
      const show = (v) => ArrayBuffer.isView(v) ? `${v.constructor.name}[${Array.from(v).join(',')}]` : `${typeof v} ${v}`;
      console.log(Object.keys(x).sort().join(' '));
      console.log(show(x.add(2, 40)), show(x.add(2.9, -1)), show(x.mul(3n, 1n << 40n)), show(x.mul(5, 7)));
      console.log(show(x.even(4)), show(x.even(7)), show(x.greet('w\\u00f6rld')), show(x.greet(undefined)));
      console.log(show(x.scale(new Float64Array([1, -2.5]), 2)), show(x.scale([3], 0.5)), show(x.range(4)));
      console.log(show(x.sum(new Int8Array([-1, 2]), new Int16Array([300]), new Uint16Array([65535]), new Int32Array([7]), new Float32Array([1.5]))));
      console.log(show(x.sum(new Uint8Array([255]), [1], [2], [3], [4.9])));
      console.log(show(x.describe({ name: 'obj' })), show(x.half(5)));
      try {
        x.fail('bad input');
      } catch (e) {
        console.log(e instanceof JavaError, e instanceof Error, e.name, e.message, String(e));
      }
      console.log(show(main([])), show(x.callCount()));
      """;

  @Test
  void testExports_callableFromJsWithConversions(@TempDir Path dir) throws Exception {
    Path classes = JavaSources.compile(dir.resolve("classes"), Map.of("Lib", LIB));
    Path out = dir.resolve("out");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Main.run(new String[] {"-cp", classes.toString(), "-m", "Lib", "-o", out.toString()},
        new PrintStream(new ByteArrayOutputStream()), new PrintStream(err));
    Files.writeString(out.resolve("driver.mjs"), DRIVER);
    NodeTools.Result run = NodeTools.run(out.resolve("driver.mjs"));

    assertEquals(0, status, err.toString());
    assertEquals(String.join("\n",
        "add callCount describe even fail greet half mul range scale sum",
        "number 42 number 1 bigint 3298534883328 bigint 35",
        "boolean true boolean false string hello w\u00f6rld (init) string nobody",
        "Float64Array[2,-5] Float64Array[1.5] Int32Array[0,1,4,9]",
        "number 65844",
        "number 9",
        "string obj! number 2.5",
        "true true java.lang.IllegalStateException bad input java.lang.IllegalStateException: bad input",
        "main 3",
        "number 0 number 3",
        ""), run.stdout(), run.toString());
    String dts = Files.readString(out.resolve("Lib.d.ts"));
    for (String decl : new String[] {"add(p0: number, p1: number): number;", "mul(p0: bigint | number, p1: bigint | number): bigint;",
        "even(p0: number): boolean;", "greet(p0: string | null): string | null;",
        "scale(p0: Float64Array | ArrayLike<number> | null, p1: number): Float64Array | null;",
        "range(p0: number): Int32Array | null;", "describe(p0: any): string | null;", "fail(p0: string | null): void;",
        "half(p0: number): number;", "export declare function load(options?: LoadOptions): Promise<Program>;"}) {
      assertTrue(dts.contains(decl), decl + " in:\n" + dts);
    }
  }

  @Test
  void testExportOfInstanceMethod_isACompileError(@TempDir Path dir) {
    Path classes = JavaSources.compile(dir.resolve("classes"), Map.of("Bad", """
        public class Bad {
          @org.teavm.jso.JSExport public int notStatic() { return 1; }
          @org.teavm.jso.JSExport public static Object notBoundary() { return null; }
          public static void main(String[] args) { }
        }
        """));
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Main.run(new String[] {"-cp", classes.toString(), "-m", "Bad", "-o", dir.resolve("out").toString()},
        new PrintStream(new ByteArrayOutputStream()), new PrintStream(err));

    assertEquals(2, status, err.toString());
    assertTrue(err.toString().contains("@JSExport Bad.notStatic: only static methods can be exported"), err.toString());
    assertTrue(err.toString().contains("@JSExport Bad.notBoundary: a result of type java.lang.Object cannot cross the JS boundary"),
        err.toString());
  }
}
