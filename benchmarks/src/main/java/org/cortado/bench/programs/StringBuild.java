package org.cortado.bench.programs;

/**
 * String-heavy: builds CSV-like text with StringBuilder, then parses it back with indexOf,
 * substring and Integer.parseInt, and hashes the fields.
 */
public final class StringBuild {
  private static final int ROWS = 60_000;
  private static final int REPEAT = 4;

  public static void main(String[] args) {
    Workload.measure(StringBuild::run);
  }

  static long run() {
    long checksum = 0;
    for (int r = 0; r < REPEAT; r++) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < ROWS; i++) {
        sb.append("row").append(i).append(',').append(i * 7919 % 10007).append(',')
            .append(-i).append(",name-").append(Integer.toHexString(i * 31 + r)).append('\n');
      }
      String text = sb.toString();
      int pos = 0;
      long sum = 0;
      int hash = 0;
      while (pos < text.length()) {
        int end = text.indexOf('\n', pos);
        String line = text.substring(pos, end);
        int c1 = line.indexOf(',');
        int c2 = line.indexOf(',', c1 + 1);
        int c3 = line.indexOf(',', c2 + 1);
        sum += Integer.parseInt(line.substring(c1 + 1, c2));
        sum += Integer.parseInt(line.substring(c2 + 1, c3));
        String name = line.substring(c3 + 1).toUpperCase();
        hash = hash * 31 + name.hashCode() + line.substring(0, c1).length();
        pos = end + 1;
      }
      checksum = checksum * 31 + sum * 1_000_003L + hash + text.length();
    }
    return checksum;
  }
}
