package org.cortado.bench.programs;

/** Object-heavy: allocates and walks many short-lived binary trees (the GC's workload). */
public final class BinaryTrees {
  private static final int MAX_DEPTH = 18;

  static final class Node {
    final Node left;
    final Node right;

    Node(Node left, Node right) {
      this.left = left;
      this.right = right;
    }

    int check() {
      return left == null ? 1 : 1 + left.check() + right.check();
    }
  }

  public static void main(String[] args) {
    long warm = run();
    long t0 = System.nanoTime();
    long checksum = run();
    long t1 = System.nanoTime();
    if (checksum != warm) {
      throw new IllegalStateException("nondeterministic: " + warm + " vs " + checksum);
    }
    System.out.println("checksum " + checksum);
    System.out.println("time_us " + (t1 - t0) / 1000);
  }

  static Node build(int depth) {
    return depth == 0 ? new Node(null, null) : new Node(build(depth - 1), build(depth - 1));
  }

  static long run() {
    long checksum = build(MAX_DEPTH + 1).check();
    Node longLived = build(MAX_DEPTH);
    for (int depth = 4; depth <= MAX_DEPTH; depth += 2) {
      int iterations = 1 << (MAX_DEPTH - depth + 4);
      long check = 0;
      for (int i = 0; i < iterations; i++) {
        check += build(depth).check();
      }
      checksum = checksum * 31 + check;
    }
    return checksum * 31 + longLived.check();
  }
}
