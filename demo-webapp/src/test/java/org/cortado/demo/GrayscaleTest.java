package org.cortado.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The Java kernel on the JVM: the integer luminance the page's JS kernel uses, alpha kept. */
class GrayscaleTest {
  @Test
  void testPrimaries_giveTheFormulasWeights() {
    byte[] src = {(byte) 255, 0, 0, (byte) 255, 0, (byte) 255, 0, (byte) 128, 0, 0, (byte) 255, 0,
        (byte) 255, (byte) 255, (byte) 255, (byte) 255};
    byte[] dst = new byte[src.length];

    Grayscale.grayscale(src, dst);

    assertArrayEquals(new byte[] {76, 76, 76, (byte) 255, (byte) 149, (byte) 149, (byte) 149, (byte) 128,
        28, 28, 28, 0, (byte) 255, (byte) 255, (byte) 255, (byte) 255}, dst);
  }

  @Test
  void testRandomPixels_matchTheJsKernelsArithmetic() {
    Random random = new Random(42);
    byte[] src = new byte[4 * 10000];
    random.nextBytes(src);
    byte[] dst = new byte[src.length];

    Grayscale.grayscale(src, dst);

    for (int i = 0; i < src.length; i += 4) {
      // app.js: (77 * src[i] + 150 * src[i + 1] + 29 * src[i + 2]) >> 8 on Uint8ClampedArray values
      int y = (77 * Byte.toUnsignedInt(src[i]) + 150 * Byte.toUnsignedInt(src[i + 1])
          + 29 * Byte.toUnsignedInt(src[i + 2])) >> 8;
      assertEquals(y, Byte.toUnsignedInt(dst[i]), "pixel " + i / 4);
      assertEquals(y, Byte.toUnsignedInt(dst[i + 2]), "pixel " + i / 4);
      assertEquals(src[i + 3], dst[i + 3], "alpha of pixel " + i / 4);
    }
  }

  @Test
  void testMedian_oddAndEvenCounts() {
    assertEquals(2.0, Grayscale.median(new double[] {3, 1, 2}));
    assertEquals(2.5, Grayscale.median(new double[] {4, 1, 3, 2}));
  }
}
