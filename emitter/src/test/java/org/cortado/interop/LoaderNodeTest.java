package org.cortado.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cortado.cli.Main;
import org.cortado.testing.JavaSources;
import org.cortado.testing.NodeTools;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The loader in Node 24: fetching the module over HTTP (streaming with application/wasm, the
 * fallback for a wrong MIME type, a failed response) and the message for an engine without a
 * required feature. Each case is a small driver script importing the generated loader.
 */
class LoaderNodeTest {
  private static final String PROGRAM = """
      public class Hi {
        public static void main(String[] args) {
          System.out.println("hi " + args.length);
        }
      }
      """;

  /**
   * Serves the bundle on 127.0.0.1 (Content-Type from argv[2], 'missing' for a 404), counts
   * instantiateStreaming calls and console.warn messages, loads and runs the program.
   */
  private static final String HTTP_DRIVER = """
      import http from 'node:http';
      import { readFileSync } from 'node:fs';
      const type = process.argv[2];
      const wasm = readFileSync(new URL('./Hi.wasm', import.meta.url));
      const server = http.createServer((req, res) => {
        if (type === 'missing' || req.url !== '/Hi.wasm') {
          res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
          return;
        }
        res.writeHead(200, { 'Content-Type': type, 'Content-Length': wasm.length }).end(wasm);
      });
      await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
      const url = `http://127.0.0.1:${server.address().port}/Hi.wasm`;
      let streaming = 0;
      const instantiateStreaming = WebAssembly.instantiateStreaming;
      WebAssembly.instantiateStreaming = (...a) => { streaming++; return instantiateStreaming(...a); };
      const warnings = [];
      console.warn = (...a) => warnings.push(a.join(' '));
      const { load } = await import('./Hi.mjs');
      try {
        const program = await load({ source: url });
        const status = program.main(['x']);
        console.log(`status ${status} streaming ${streaming} warnings ${warnings.length}`);
        for (const w of warnings) console.log(`warning: ${w.replace(url, 'URL')}`);
      } catch (e) {
        console.log(`error: ${String(e.message).replace(url, 'URL')}`);
      } finally {
        server.close();
      }
      """;

  /** Makes WebAssembly.validate reject the probe module of one feature, then loads. */
  private static final String OLD_ENGINE_DRIVER = """
      const feature = process.argv[2];
      const validate = WebAssembly.validate;
      // The GC probe declares a struct type (0x5f); the exception-handling probe has a try block (0x06 0x40).
      WebAssembly.validate = (bytes) => {
        const b = Array.from(bytes);
        const isGc = b.includes(0x5f) && b.length < 16;
        const isEh = b.length > 16 && b.join(',').includes('6,64');
        if ((feature === 'gc' && isGc) || (feature === 'eh' && isEh)) return false;
        return validate(bytes);
      };
      const { load } = await import('./Hi.mjs');
      try {
        await load();
        console.log('loaded');
      } catch (e) {
        console.log(e.message);
      }
      """;

  @TempDir static Path dir;
  private static Path out;

  @BeforeAll
  static void compile() throws IOException {
    Path classes = JavaSources.compile(dir.resolve("classes"), "Hi", PROGRAM);
    out = dir.resolve("out");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Main.run(new String[] {"-cp", classes.toString(), "-m", "Hi", "-o", out.toString()},
        new PrintStream(new ByteArrayOutputStream()), new PrintStream(err));
    assertEquals(0, status, err.toString());
    Files.writeString(out.resolve("http.mjs"), HTTP_DRIVER);
    Files.writeString(out.resolve("old.mjs"), OLD_ENGINE_DRIVER);
  }

  @Test
  void testApplicationWasm_instantiatesStreamingWithoutWarning() {
    NodeTools.Result run = NodeTools.run(out.resolve("http.mjs"), "application/wasm");

    assertEquals("hi 1\nstatus 0 streaming 1 warnings 0\n", run.stdout(), run.toString());
    assertEquals(0, run.exitCode(), run.toString());
  }

  @Test
  void testWrongMimeType_warnsOnceAndStillRuns() {
    NodeTools.Result run = NodeTools.run(out.resolve("http.mjs"), "application/octet-stream");

    assertEquals("hi 1\nstatus 0 streaming 0 warnings 1\nwarning: URL is served as 'application/octet-stream', "
        + "not 'application/wasm'; falling back to a slower instantiation.\n", run.stdout(), run.toString());
    assertEquals(0, run.exitCode(), run.toString());
  }

  @Test
  void testNotFound_errorNamesUrlAndStatus() {
    NodeTools.Result run = NodeTools.run(out.resolve("http.mjs"), "missing");

    assertEquals("error: failed to fetch URL: HTTP 404\n", run.stdout(), run.toString());
  }

  @Test
  void testEngineWithoutGc_readableMessageWithMinimumVersions() {
    NodeTools.Result run = NodeTools.run(out.resolve("old.mjs"), "gc");

    assertEquals("This program needs WebAssembly GC, which this JavaScript engine does not support (needs Chrome 119, "
        + "Firefox 120, Safari 18.2 or Node.js 22 or later).\n", run.stdout(), run.toString());
  }

  @Test
  void testEngineWithoutExceptionHandling_namesThatFeature() {
    NodeTools.Result run = NodeTools.run(out.resolve("old.mjs"), "eh");

    assertTrue(run.stdout().startsWith("This program needs WebAssembly exception handling, "), run.toString());
    assertTrue(run.stdout().contains("Chrome 119, Firefox 120, Safari 18.2"), run.toString());
  }

  @Test
  void testBothProbesPass_loads() {
    NodeTools.Result run = NodeTools.run(out.resolve("old.mjs"), "none");

    assertEquals("loaded\n", run.stdout(), run.toString());
  }
}
