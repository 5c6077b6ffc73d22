package org.cortado.lowering;

/** Which native methods the emitter implements (used by reachability to report the others). */
public final class Natives {
  private Natives() {
  }

  public static boolean supported(String methodKey) {
    return Intrinsics.has(methodKey);
  }
}
