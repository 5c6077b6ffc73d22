package org.cortado.bench.boundary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cortado.runtime.JSArrays;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * Bulk boundary benchmark (Cortado only; it uses org.cortado.runtime.JSArrays): moves 64 MB between
 * a Java array and a JS typed array each way with every mechanism that exists, and prints one line
 * per mechanism: {@code transfer <name> <MB> MB median <ms> ms <MB/s> MB/s (n runs) checksum ok|MISMATCH}.
 * To add a mechanism (e.g. int[] to Int32Array once JSArrays has it), add a {@link Transfer} to
 * {@link #transfers()}: it gets the JS source array and returns a checksum of what arrived.
 */
public final class BulkTransfer {
  private static final int MB = 1 << 20;
  private static final int SIZE = 64 * MB;
  private static final int RUNS = 5;

  /** One mechanism: copies {@code bytes} bytes in its direction and returns a checksum of the destination. */
  interface Transfer {
    int run(Fixture f);
  }

  /** The data every mechanism moves: the same bytes as a JS Uint8Array and as a Java byte[]. */
  static final class Fixture {
    final JSObject js;
    final byte[] java;
    final int expected;

    Fixture(int size) {
      js = makeJsBytes(size);
      java = new byte[size];
      for (int i = 0; i < size; i++) {
        java[i] = (byte) (i * 31 + 7);
      }
      expected = javaChecksum(java, size);
      if (jsChecksum(js) != expected) {
        throw new IllegalStateException("fixtures differ");
      }
    }
  }

  record Named(String name, int size, Transfer transfer) {
  }

  static List<Named> transfers() {
    List<Named> list = new ArrayList<>();
    list.add(new Named("byte[] JS->Java new (JSArrays.toByteArray)", SIZE,
        f -> javaChecksum(JSArrays.toByteArray(f.js), SIZE)));
    byte[] dest = new byte[SIZE];
    list.add(new Named("byte[] JS->Java existing (JSArrays.copyFromJs)", SIZE, f -> {
      JSArrays.copyFromJs(f.js, dest);
      return javaChecksum(dest, SIZE);
    }));
    list.add(new Named("byte[] Java->JS new (JSArrays.toUint8Array)", SIZE,
        f -> jsChecksum(JSArrays.toUint8Array(f.java))));
    JSObject target = newUint8Array(SIZE);
    list.add(new Named("byte[] Java->JS existing (JSArrays.copyToJs)", SIZE, f -> {
      JSArrays.copyToJs(f.java, target);
      return jsChecksum(target);
    }));
    // int[] <-> Int32Array (JSArrays.toJava / copyToJs for int[]), the same 64 MB as 16M ints.
    int ints = SIZE / 4;
    JSObject jsInts = makeJsInts(ints);
    int[] javaInts = new int[ints];
    for (int i = 0; i < ints; i++) {
      javaInts[i] = i * 31 + 7;
    }
    int[] intDest = new int[ints];
    list.add(new Named("int[] JS->Java existing (JSArrays.toJava)", SIZE, f -> {
      JSArrays.toJava(jsInts, intDest);
      return intChecksum(intDest) == intChecksum(javaInts) ? f.expected : 0;
    }));
    JSObject intTarget = newInt32Array(ints);
    list.add(new Named("int[] Java->JS existing (JSArrays.copyToJs)", SIZE, f -> {
      JSArrays.copyToJs(javaInts, 0, intTarget, 0, ints);
      return jsIntChecksum(intTarget) == intChecksum(javaInts) ? f.expected : 0;
    }));
    // Reference point: one JS call per element, what a program without JSArrays would do (4 MB).
    int small = 4 * MB;
    list.add(new Named("byte[] JS->Java per-element @JSBody get (reference)", small, f -> {
      byte[] out = new byte[small];
      for (int i = 0; i < small; i++) {
        out[i] = (byte) byteAt(f.js, i);
      }
      return javaChecksum(out, small);
    }));
    return list;
  }

  public static void main(String[] args) {
    Fixture fixture = new Fixture(SIZE);
    int smallExpected4 = javaChecksum(fixture.java, 4 * MB);
    for (Named t : transfers()) {
      int expected = t.size() == SIZE ? fixture.expected : smallExpected4;
      boolean ok = t.transfer().run(fixture) == expected; // warm-up
      double[] ms = new double[RUNS];
      for (int r = 0; r < RUNS; r++) {
        double t0 = now();
        int sum = t.transfer().run(fixture);
        double t1 = now();
        ok &= sum == expected;
        ms[r] = t1 - t0;
      }
      Arrays.sort(ms);
      double median = ms[RUNS / 2];
      double mb = (double) t.size() / MB;
      System.out.println("transfer " + t.name() + " | " + (int) mb + " MB | median " + round1(median) + " ms | "
          + Math.round(mb / (median / 1000)) + " MB/s | " + RUNS + " runs | checksum " + (ok ? "ok" : "MISMATCH"));
    }
  }

  /** Checksum over a sample of the bytes, including the time to read the destination once. */
  static int javaChecksum(byte[] a, int n) {
    int s = 0;
    for (int i = 0; i < n; i += 4099) {
      s = s * 31 + (a[i] & 0xFF);
    }
    return s + a[n - 1];
  }

  static int intChecksum(int[] a) {
    int s = 0;
    for (int i = 0; i < a.length; i += 4099) {
      s = s * 31 + a[i];
    }
    return s + a[a.length - 1];
  }

  static String round1(double v) {
    long tenths = Math.round(v * 10);
    return tenths / 10 + "." + tenths % 10;
  }

  @JSBody(params = "n", script = "const a = new Uint8Array(n); for (let i = 0; i < n; i++) a[i] = (i * 31 + 7) & 255; return a;")
  static native JSObject makeJsBytes(int n);

  @JSBody(params = "n", script = "const a = new Int32Array(n); for (let i = 0; i < n; i++) a[i] = Math.imul(i, 31) + 7; return a;")
  static native JSObject makeJsInts(int n);

  @JSBody(params = "n", script = "return new Int32Array(n);")
  static native JSObject newInt32Array(int n);

  @JSBody(params = "a", script = "let s = 0; const n = a.length; for (let i = 0; i < n; i += 4099) s = (Math.imul(s, 31) + a[i]) | 0;"
      + " return (s + a[n - 1]) | 0;")
  static native int jsIntChecksum(JSObject a);

  @JSBody(params = "n", script = "return new Uint8Array(n);")
  static native JSObject newUint8Array(int n);

  @JSBody(params = "a", script = "let s = 0; const n = a.length; for (let i = 0; i < n; i += 4099) s = (Math.imul(s, 31) + a[i]) | 0;"
      + " return (s + ((a[n - 1] << 24) >> 24)) | 0;")
  static native int jsChecksum(JSObject a);

  @JSBody(params = {"a", "i"}, script = "return a[i];")
  static native int byteAt(JSObject a, int i);

  @JSBody(script = "return performance.now();")
  static native double now();
}
