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
    Workload.measure(BinaryTrees::run);
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
