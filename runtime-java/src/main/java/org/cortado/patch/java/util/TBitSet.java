package org.cortado.patch.java.util;

import java.util.BitSet;

/**
 * Patches java.util.BitSet: toLongArray packs 64 bits per element (the classlib widened each
 * 32-bit word on its own, sign included); toByteArray is written the same way, little-endian.
 */
public class TBitSet {
  public long[] toLongArray() {
    BitSet self = (BitSet) (Object) this;
    long[] r = new long[(self.length() + 63) >>> 6];
    for (int i = self.nextSetBit(0); i >= 0; i = self.nextSetBit(i + 1)) {
      r[i >>> 6] |= 1L << i;
    }
    return r;
  }

  public byte[] toByteArray() {
    BitSet self = (BitSet) (Object) this;
    byte[] r = new byte[(self.length() + 7) >>> 3];
    for (int i = self.nextSetBit(0); i >= 0; i = self.nextSetBit(i + 1)) {
      r[i >>> 3] |= (byte) (1 << (i & 7));
    }
    return r;
  }
}
