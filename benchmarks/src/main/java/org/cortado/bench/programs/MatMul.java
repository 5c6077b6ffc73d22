package org.cortado.bench.programs;

/** Numeric kernel: dense double matrix multiplication (i-k-j order) repeated a few times. */
public final class MatMul {
  private static final int N = 300;
  private static final int REPEAT = 60;

  public static void main(String[] args) {
    Workload.measure(MatMul::run);
  }

  static long run() {
    double[][] a = new double[N][N];
    double[][] b = new double[N][N];
    for (int i = 0; i < N; i++) {
      for (int j = 0; j < N; j++) {
        a[i][j] = ((i * 31 + j * 17) % 101) / 7.0;
        b[i][j] = ((i * 13 + j * 29) % 97) / 5.0 - 3.0;
      }
    }
    long checksum = 0;
    for (int r = 0; r < REPEAT; r++) {
      double[][] c = multiply(a, b);
      for (int i = 0; i < N; i += 7) {
        checksum = checksum * 31 + Double.doubleToLongBits(c[i][(i * 3 + r) % N]);
      }
      a[r][r] += 1.0;
    }
    return checksum;
  }

  static double[][] multiply(double[][] a, double[][] b) {
    double[][] c = new double[N][N];
    for (int i = 0; i < N; i++) {
      double[] ci = c[i];
      double[] ai = a[i];
      for (int k = 0; k < N; k++) {
        double aik = ai[k];
        double[] bk = b[k];
        for (int j = 0; j < N; j++) {
          ci[j] += aik * bk[j];
        }
      }
    }
    return c;
  }
}
