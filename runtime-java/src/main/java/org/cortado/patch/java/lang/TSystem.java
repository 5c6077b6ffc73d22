package org.cortado.patch.java.lang;

import java.io.PrintStream;
import org.cortado.runtime.ConsolePrintStream;
import org.cortado.runtime.JsImports;
import org.cortado.runtime.Launcher;
import org.cortado.runtime.VTable;
import org.cortado.runtime.Wasm;

/** Patches java.lang.System: console streams, time, exit, identity hashes and arraycopy. */
public final class TSystem {
  private static PrintStream cortadoOut;
  private static PrintStream cortadoErr;

  private TSystem() {
  }

  public static PrintStream out() {
    if (cortadoOut == null) {
      cortadoOut = new ConsolePrintStream(1);
    }
    return cortadoOut;
  }

  public static PrintStream err() {
    if (cortadoErr == null) {
      cortadoErr = new ConsolePrintStream(2);
    }
    return cortadoErr;
  }

  public static void setOut(PrintStream out) {
    cortadoOut = out;
  }

  public static void setErr(PrintStream err) {
    cortadoErr = err;
  }

  public static long currentTimeMillis() {
    return (long) JsImports.currentTimeMillis();
  }

  public static long nanoTime() {
    return (long) JsImports.nanoTime();
  }

  public static int identityHashCode(Object o) {
    return o == null ? 0 : Wasm.identityHashCode(o);
  }

  public static void exit(int status) {
    Launcher.flush();
    JsImports.exit(status);
  }

  public static String lineSeparator() {
    return "\n";
  }

  private static java.util.Properties cortadoProperties;

  /** A fixed set of properties: a Wasm program has no host environment to read them from. */
  public static java.util.Properties getProperties() {
    if (cortadoProperties == null) {
      java.util.Properties p = new java.util.Properties();
      p.setProperty("line.separator", "\n");
      p.setProperty("file.separator", "/");
      p.setProperty("path.separator", ":");
      p.setProperty("file.encoding", "UTF-8");
      p.setProperty("java.vendor", "Cortado");
      p.setProperty("java.version", "17");
      p.setProperty("java.specification.version", "17");
      p.setProperty("os.name", "WebAssembly");
      p.setProperty("user.dir", "/");
      p.setProperty("user.home", "/");
      p.setProperty("java.io.tmpdir", "/tmp");
      cortadoProperties = p;
    }
    return cortadoProperties;
  }

  public static String getProperty(String key) {
    return getProperties().getProperty(key);
  }

  public static String getProperty(String key, String def) {
    return getProperties().getProperty(key, def);
  }

  public static String setProperty(String key, String value) {
    return (String) getProperties().setProperty(key, value);
  }

  public static String clearProperty(String key) {
    return (String) getProperties().remove(key);
  }

  public static void setProperties(java.util.Properties props) {
    cortadoProperties = props;
  }

  public static String getenv(String name) {
    return null;
  }

  public static void arraycopy(Object src, int srcPos, Object dest, int destPos, int length) {
    // The fast path only tests; building HotSpot's messages lives in arraycopyFailure, out of line,
    // so this stays small (it is called on every StringBuilder growth).
    if (src == null || dest == null) {
      throw new NullPointerException();
    }
    VTable s = VTable.of(src);
    VTable d = VTable.of(dest);
    if ((VTable.flags(s) & VTable.flags(d) & VTable.ARRAY) == 0 || length < 0 || srcPos < 0 || destPos < 0
        || srcPos > Wasm.arrayLength(src) - length || destPos > Wasm.arrayLength(dest) - length) {
      arraycopyFailure(s, srcPos, d, destPos, length, src, dest);
    }
    VTable sc = VTable.component(s);
    VTable dc = VTable.component(d);
    boolean sPrim = (VTable.flags(sc) & VTable.PRIMITIVE) != 0;
    boolean dPrim = (VTable.flags(dc) & VTable.PRIMITIVE) != 0;
    if ((sPrim || dPrim) && sc != dc) {
      arraycopyFailure(s, srcPos, d, destPos, length, src, dest);
    }
    if (sPrim || VTable.isSubtype(s, d)) {
      Wasm.arrayCopy(src, srcPos, dest, destPos, length);
      return;
    }
    // Reference arrays of different types: each element must fit the destination.
    Object[] from = (Object[]) src;
    Object[] to = (Object[]) dest;
    for (int i = 0; i < length; i++) {
      Object e = from[srcPos + i];
      if (e != null && !VTable.isSubtype(VTable.of(e), dc)) {
        throw new ArrayStoreException("arraycopy: element type mismatch: can not cast one of the elements of "
            + VTable.name(s).substring(1).replace(";", "").substring(1) + "[] to the type of the destination array, "
            + VTable.name(dc));
      }
      to[destPos + i] = e;
    }
  }

  /** Throws what HotSpot throws for an arraycopy that fails its checks, in HotSpot's order. */
  private static void arraycopyFailure(VTable s, int srcPos, VTable d, int destPos, int length, Object src,
      Object dest) {
    if ((VTable.flags(s) & VTable.ARRAY) == 0) {
      throw new ArrayStoreException("arraycopy: source type " + VTable.name(s) + " is not an array");
    }
    if ((VTable.flags(d) & VTable.ARRAY) == 0) {
      throw new ArrayStoreException("arraycopy: destination type " + VTable.name(d) + " is not an array");
    }
    VTable sc = VTable.component(s);
    VTable dc = VTable.component(d);
    boolean sPrim = (VTable.flags(sc) & VTable.PRIMITIVE) != 0;
    boolean dPrim = (VTable.flags(dc) & VTable.PRIMITIVE) != 0;
    if ((sPrim || dPrim) && sc != dc) {
      throw new ArrayStoreException("arraycopy: type mismatch: can not copy " + describe(s) + "[] into "
          + describe(d) + "[]");
    }
    int srcLength = Wasm.arrayLength(src);
    int destLength = Wasm.arrayLength(dest);
    if (length < 0) {
      throw new ArrayIndexOutOfBoundsException("arraycopy: length " + length + " is negative");
    }
    if (srcPos < 0) {
      throw new ArrayIndexOutOfBoundsException("arraycopy: source index " + srcPos + " out of bounds for "
          + describe(s) + "[" + srcLength + "]");
    }
    if (destPos < 0) {
      throw new ArrayIndexOutOfBoundsException("arraycopy: destination index " + destPos + " out of bounds for "
          + describe(d) + "[" + destLength + "]");
    }
    if (srcPos > srcLength - length) {
      throw new ArrayIndexOutOfBoundsException("arraycopy: last source index " + (srcPos + length)
          + " out of bounds for " + describe(s) + "[" + srcLength + "]");
    }
    throw new ArrayIndexOutOfBoundsException("arraycopy: last destination index " + (destPos + length)
        + " out of bounds for " + describe(d) + "[" + destLength + "]");
  }

  /** HotSpot's spelling of an array's component type in arraycopy messages. */
  private static String describe(VTable arrayVt) {
    VTable c = VTable.component(arrayVt);
    return (VTable.flags(c) & VTable.PRIMITIVE) != 0 ? VTable.name(c) : "object array";
  }
}
