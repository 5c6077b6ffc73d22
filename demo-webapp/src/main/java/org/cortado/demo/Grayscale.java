package org.cortado.demo;

import org.cortado.runtime.JSArrays;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;

/**
 * The demo page's logic, run by the page's {@code app.js} as the Java main method: draws the
 * sample image (or the image the user picked or dropped), turns it to grayscale in Java/Wasm and
 * in plain JS (the page's {@code app.js} supplies the JS kernel, the sample drawing and image
 * decoding through {@code globalThis.cortadoDemo}), times both and shows the results. Arguments:
 * image width, height, number of timed runs, and which kernels to run ({@code both}, {@code java}
 * or {@code js}). The first call also wires the page from Java: the buttons, the file picker and
 * drag-and-drop are event listeners written as Java lambdas ({@code @JSFunctor}).
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

  /** A DOM event listener: Java lambdas passed to addEventListener become JS functions. */
  @JSFunctor
  interface Listener extends JSObject {
    void handleEvent(JSObject event);
  }

  /** Called with the decoded image (an ImageBitmap), or null and a message. */
  @JSFunctor
  interface ImageCallback extends JSObject {
    void loaded(JSObject bitmap, String error);
  }

  interface Element extends JSObject {
    void addEventListener(String type, Listener listener);

    @JSProperty String getValue();

    @JSProperty void setDisabled(boolean disabled);

    @JSProperty void setClassName(String name);
  }

  @JSBody(params = "id", script = "return document.getElementById(id);")
  static native Canvas canvas(String id);

  @JSBody(params = "id", script = "return document.getElementById(id);")
  static native Element element(String id);

  @JSBody(params = "event", script = "event.preventDefault();")
  static native void preventDefault(JSObject event);

  /** The first file of a file input's change event or of a drop event, or null. */
  @JSBody(params = "event", script = "const files = event.dataTransfer ? event.dataTransfer.files : event.target.files;"
      + " return files && files.length > 0 ? files[0] : null;")
  static native JSObject firstFile(JSObject event);

  @JSBody(params = {"file", "callback"}, script = "globalThis.cortadoDemo.decodeImage(file).then("
      + "(bitmap) => callback(bitmap, null), (e) => callback(null, String(e && e.message || e)));")
  static native void decodeImage(JSObject file, ImageCallback callback);

  @JSBody(params = "bitmap", script = "return bitmap.width;")
  static native int imageWidth(JSObject bitmap);

  @JSBody(params = "bitmap", script = "return bitmap.height;")
  static native int imageHeight(JSObject bitmap);

  @JSBody(params = {"ctx", "bitmap"}, script = "ctx.drawImage(bitmap, 0, 0);")
  static native void drawImage(JSObject ctx, JSObject bitmap);

  /** Work to run after the browser has painted (a JS function made from a Java lambda). */
  @JSFunctor
  interface Task extends JSObject {
    void run();
  }

  @JSBody(params = "task", script = "setTimeout(task, 0);")
  static native void later(Task task);

  /** The image the user picked or dropped (an ImageBitmap), or null for the procedural sample. */
  private static JSObject picked;
  private static String pickedName;
  private static boolean wired;
  private static final String[] BUTTONS = {"run-java", "run-js", "run-both"};

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
    if (!wired) {
      wired = true;
      wire();
    }
    start(width, height, runs, mode);
  }

  /** Event listeners, as Java lambdas: the buttons, the file picker and drag-and-drop. */
  private static void wire() {
    String[] modes = {"java", "js", "both"};
    for (int i = 0; i < BUTTONS.length; i++) {
      String mode = modes[i];
      element(BUTTONS[i]).addEventListener("click", e -> {
        int size = Integer.parseInt(element("size-input").getValue());
        start(size, size, Math.max(1, Integer.parseInt(element("runs-input").getValue())), mode);
      });
    }
    element("file-input").addEventListener("change", e -> open(firstFile(e)));
    element("sample-button").addEventListener("click", e -> {
      picked = null;
      int size = Integer.parseInt(element("size-input").getValue());
      start(size, size, Math.max(1, Integer.parseInt(element("runs-input").getValue())), "both");
    });
    Element drop = element("drop-zone");
    drop.addEventListener("dragover", e -> {
      preventDefault(e);
      drop.setClassName("images dragging");
    });
    drop.addEventListener("dragleave", e -> drop.setClassName("images"));
    drop.addEventListener("drop", e -> {
      preventDefault(e);
      drop.setClassName("images");
      open(firstFile(e));
    });
  }

  /** Decodes a picked or dropped image file, then runs both kernels on it. */
  private static void open(JSObject file) {
    if (file == null) {
      return;
    }
    status("decoding…", false);
    decodeImage(file, (bitmap, error) -> {
      if (bitmap == null) {
        status("error: cannot read the image: " + error, true);
        return;
      }
      picked = bitmap;
      pickedName = fileName(file);
      start(imageWidth(bitmap), imageHeight(bitmap), Math.max(1, Integer.parseInt(element("runs-input").getValue())), "both");
    });
  }

  @JSBody(params = "file", script = "return file.name;")
  static native String fileName(JSObject file);

  /** Shows "running…", lets the page paint, then runs; the buttons are off meanwhile. */
  private static void start(int width, int height, int runs, String mode) {
    status("running…", false);
    for (String b : BUTTONS) {
      element(b).setDisabled(true);
    }
    later(() -> {
      try {
        run(width, height, runs, mode);
        status("done", false);
      } catch (RuntimeException e) {
        status("error: " + e, true);
        throw e;
      } finally {
        for (String b : BUTTONS) {
          element(b).setDisabled(false);
        }
      }
    });
  }

  private static void status(String text, boolean error) {
    show("status", text);
    element("status").setClassName(error ? "error" : "");
  }

  private static void run(int width, int height, int runs, String mode) {
    boolean runJava = !mode.equals("js");
    boolean runJs = !mode.equals("java");
    show("features", wasmFeatures());
    show("size", (picked != null ? pickedName + ", " : "") + width + " × " + height + " px ("
        + (4L * width * height / 1024) + " KiB RGBA), median of " + runs + " runs after a warm-up");

    Canvas source = canvas("source");
    source.setWidth(width);
    source.setHeight(height);
    Context2D sourceCtx = (Context2D) source.getContext("2d");
    if (picked != null) {
      drawImage(sourceCtx, picked);
    } else {
      drawSample(sourceCtx, width, height);
    }
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
