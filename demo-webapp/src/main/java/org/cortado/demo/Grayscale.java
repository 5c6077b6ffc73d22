package org.cortado.demo;

import org.cortado.runtime.JSArrays;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;

/**
 * The demo page's logic, run by the page's {@code app.js} as the Java main method: draws the
 * sample image, turns it to grayscale in Java/Wasm and in plain JS (the page's {@code app.js}
 * supplies the JS kernel and the sample drawing through {@code globalThis.cortadoDemo}), times
 * both and shows the results. Arguments: image width, height, number of timed runs, and which
 * kernels to run ({@code both}, {@code java} or {@code js}); the page's buttons call main again.
 */
public final class Grayscale {
  private Grayscale() {
  }

  /** The integer luminance the JS kernel uses too: (77 R + 150 G + 29 B) >> 8, alpha kept. */
  public static void grayscale(byte[] src, byte[] dst) {
    for (int i = 0; i + 3 < src.length; i += 4) {
      int y = (77 * (src[i] & 0xFF) + 150 * (src[i + 1] & 0xFF) + 29 * (src[i + 2] & 0xFF)) >> 8;
      byte g = (byte) y;
      dst[i] = g;
      dst[i + 1] = g;
      dst[i + 2] = g;
      dst[i + 3] = src[i + 3];
    }
  }

  interface Canvas extends JSObject {
    @JSProperty int getWidth();

    @JSProperty int getHeight();

    @JSProperty void setWidth(int width);

    @JSProperty void setHeight(int height);

    JSObject getContext(String kind);
  }

  interface Context2D extends JSObject {
    ImageData getImageData(int x, int y, int width, int height);

    ImageData createImageData(int width, int height);

    void putImageData(ImageData data, int x, int y);
  }

  interface ImageData extends JSObject {
    @JSProperty JSObject getData();
  }

  @JSBody(params = "id", script = "return document.getElementById(id);")
  static native Canvas canvas(String id);

  @JSBody(params = {"id", "text"}, script = "document.getElementById(id).textContent = text;")
  static native void show(String id, String text);

  @JSBody(script = "return performance.now();")
  static native double now();

  @JSBody(params = {"ctx", "width", "height"}, script = "globalThis.cortadoDemo.drawSample(ctx, width, height);")
  static native void drawSample(JSObject ctx, int width, int height);

  @JSBody(params = {"src", "dst"}, script = "globalThis.cortadoDemo.grayscaleJs(src, dst);")
  static native void grayscaleJs(JSObject src, JSObject dst);

  @JSBody(params = {"a", "b"}, script = "if (a.length !== b.length) return false;"
      + " for (let i = 0; i < a.length; i++) { if (a[i] !== b[i]) return false; } return true;")
  static native boolean sameBytes(JSObject a, JSObject b);

  @JSBody(script = "return globalThis.cortadoDemo.wasmFeatures();")
  static native String wasmFeatures();

  public static void main(String[] args) {
    int width = args.length > 0 ? Integer.parseInt(args[0]) : 1024;
    int height = args.length > 1 ? Integer.parseInt(args[1]) : width;
    int runs = Math.max(1, args.length > 2 ? Integer.parseInt(args[2]) : 9);
    String mode = args.length > 3 ? args[3] : "both";
    boolean runJava = !mode.equals("js");
    boolean runJs = !mode.equals("java");
    show("features", wasmFeatures());
    show("size", width + " × " + height + " px (" + (4L * width * height / 1024) + " KiB RGBA), median of "
        + runs + " runs after a warm-up");

    Canvas source = canvas("source");
    source.setWidth(width);
    source.setHeight(height);
    Context2D sourceCtx = (Context2D) source.getContext("2d");
    drawSample(sourceCtx, width, height);
    JSObject pixels = sourceCtx.getImageData(0, 0, width, height).getData();

    ImageData javaOut = null;
    if (runJava) {
      // Java/Wasm: copy in, kernel, copy out, each timed on its own.
      Context2D javaCtx = context("java", width, height);
      javaOut = javaCtx.createImageData(width, height);
      byte[] src = new byte[4 * width * height];
      byte[] dst = new byte[src.length];
      double[] in = new double[runs];
      double[] kernel = new double[runs];
      double[] out = new double[runs];
      for (int r = -1; r < runs; r++) {
        double t0 = now();
        JSArrays.copyFromJs(pixels, src);
        double t1 = now();
        grayscale(src, dst);
        double t2 = now();
        JSArrays.copyToJs(dst, javaOut.getData());
        double t3 = now();
        if (r >= 0) {
          in[r] = t1 - t0;
          kernel[r] = t2 - t1;
          out[r] = t3 - t2;
        }
      }
      javaCtx.putImageData(javaOut, 0, 0);
      double mIn = median(in);
      double mKernel = median(kernel);
      double mOut = median(out);
      show("java-time", "kernel " + ms(mKernel) + ", transfer in " + ms(mIn) + " + out " + ms(mOut)
          + ", total " + ms(mIn + mKernel + mOut));
      System.out.println("grayscale " + width + "x" + height + " Java/Wasm: kernel " + ms(mKernel) + ", in "
          + ms(mIn) + ", out " + ms(mOut));
    }

    ImageData jsOut = null;
    if (runJs) {
      // Plain JS, the same formula, on the same pixels.
      Context2D jsCtx = context("js", width, height);
      jsOut = jsCtx.createImageData(width, height);
      double[] js = new double[runs];
      for (int r = -1; r < runs; r++) {
        double t0 = now();
        grayscaleJs(pixels, jsOut.getData());
        double t1 = now();
        if (r >= 0) {
          js[r] = t1 - t0;
        }
      }
      jsCtx.putImageData(jsOut, 0, 0);
      show("js-time", "kernel " + ms(median(js)));
      System.out.println("grayscale " + width + "x" + height + " plain JS: kernel " + ms(median(js)));
    }

    // Compare this run's output with the other canvas (this run's too after "both"; opaque
    // pixels read back from a canvas unchanged).
    JSObject a = javaOut != null ? javaOut.getData() : readBack("java", width, height);
    JSObject b = jsOut != null ? jsOut.getData() : readBack("js", width, height);
    String verdict = a == null || b == null ? "run both to compare" : "identical: " + sameBytes(a, b);
    show("identical", verdict);
    System.out.println("grayscale " + width + "x" + height + " " + verdict);
  }

  /** The pixels of a result canvas, or null when it does not hold an image of this size. */
  private static JSObject readBack(String id, int width, int height) {
    Canvas c = canvas(id);
    if (c.getWidth() != width || c.getHeight() != height) {
      return null;
    }
    return ((Context2D) c.getContext("2d")).getImageData(0, 0, width, height).getData();
  }

  private static Context2D context(String id, int width, int height) {
    Canvas c = canvas(id);
    c.setWidth(width);
    c.setHeight(height);
    return (Context2D) c.getContext("2d");
  }

  static double median(double[] values) {
    double[] v = values.clone();
    java.util.Arrays.sort(v);
    int n = v.length;
    return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  }

  private static String ms(double millis) {
    long hundredths = Math.round(millis * 100);
    return hundredths / 100 + "." + (hundredths % 100 < 10 ? "0" : "") + hundredths % 100 + " ms";
  }
}
