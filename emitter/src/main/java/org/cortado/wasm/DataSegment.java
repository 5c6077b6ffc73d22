package org.cortado.wasm;

/** A passive data segment (read by array.new_data). */
public final class DataSegment {
  public final String name;
  public final byte[] bytes;

  public DataSegment(String name, byte[] bytes) {
    this.name = name;
    this.bytes = bytes;
  }

  @Override public String toString() {
    return "$" + name;
  }
}
