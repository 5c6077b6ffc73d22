package org.cortado.bench.programs;

/** Image processing on int[] ARGB pixels: grayscale, then a separable 5-tap blur, a few passes. */
public final class ImageBlur {
  private static final int W = 1024;
  private static final int H = 768;
  private static final int PASSES = 24;

  public static void main(String[] args) {
    Workload.measure(ImageBlur::run);
  }

  static long run() {
    int[] image = new int[W * H];
    for (int y = 0; y < H; y++) {
      for (int x = 0; x < W; x++) {
        int r = (x * 255 / W) & 0xFF;
        int g = (y * 255 / H) & 0xFF;
        int b = ((x ^ y) * 3) & 0xFF;
        image[y * W + x] = 0xFF000000 | r << 16 | g << 8 | b;
      }
    }
    int[] tmp = new int[W * H];
    long checksum = 0;
    for (int p = 0; p < PASSES; p++) {
      grayscale(image);
      blurHorizontal(image, tmp);
      blurVertical(tmp, image);
      for (int i = 0; i < image.length; i += 4099) {
        checksum = checksum * 31 + image[i];
      }
      image[p * 1000] ^= 0x00FFFFFF;
    }
    return checksum;
  }

  static void grayscale(int[] pixels) {
    for (int i = 0; i < pixels.length; i++) {
      int p = pixels[i];
      int gray = (77 * (p >> 16 & 0xFF) + 150 * (p >> 8 & 0xFF) + 29 * (p & 0xFF)) >> 8;
      pixels[i] = p & 0xFF000000 | gray << 16 | gray << 8 | gray;
    }
  }

  static void blurHorizontal(int[] src, int[] dst) {
    for (int y = 0; y < H; y++) {
      int row = y * W;
      for (int x = 0; x < W; x++) {
        int sum = 0;
        for (int k = -2; k <= 2; k++) {
          int xx = Math.min(W - 1, Math.max(0, x + k));
          sum += src[row + xx] & 0xFF;
        }
        int v = sum / 5;
        dst[row + x] = 0xFF000000 | v << 16 | v << 8 | v;
      }
    }
  }

  static void blurVertical(int[] src, int[] dst) {
    for (int y = 0; y < H; y++) {
      for (int x = 0; x < W; x++) {
        int sum = 0;
        for (int k = -2; k <= 2; k++) {
          int yy = Math.min(H - 1, Math.max(0, y + k));
          sum += src[yy * W + x] & 0xFF;
        }
        int v = sum / 5;
        dst[y * W + x] = 0xFF000000 | v << 16 | v << 8 | v;
      }
    }
  }
}
