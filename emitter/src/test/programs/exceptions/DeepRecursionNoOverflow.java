import java.util.ArrayList;
import java.util.List;

/** Legitimately deep recursion must not hit the emitter's stack accounting (it must stay below the JVM's limit). */
public class DeepRecursionNoOverflow {
    static int sumTo(int n) { return n == 0 ? 0 : n + sumTo(n - 1); }

    static class Node {
        final int value;
        final Node next;
        Node(int value, Node next) { this.value = value; this.next = next; }
        int length() { return next == null ? 1 : 1 + next.length(); }
        long sum() { return value + (next == null ? 0 : next.sum()); }
    }

    static void collect(int n, List<Integer> out) {
        if (n == 0) return;
        if (n % 1000 == 0) out.add(n);
        collect(n - 1, out);
    }

    static boolean isEven(int n) { return n == 0 || isOdd(n - 1); }
    static boolean isOdd(int n) { return n != 0 && isEven(n - 1); }

    public static void main(String[] args) {
        System.out.println("sumTo(8000)=" + sumTo(8000));
        Node head = null;
        for (int i = 0; i < 6000; i++) head = new Node(i, head);
        System.out.println("length=" + head.length() + " sum=" + head.sum());
        List<Integer> marks = new ArrayList<>();
        collect(5000, marks);
        System.out.println("marks=" + marks);
        System.out.println("isEven(7001)=" + isEven(7001) + " isOdd(7001)=" + isOdd(7001));
        // after catching an overflow, the full budget is available again
        try {
            sumTo(Integer.MAX_VALUE);
        } catch (StackOverflowError e) {
            System.out.println("overflow caught: " + e.getClass().getName());
        }
        System.out.println("again sumTo(8000)=" + sumTo(8000));
    }
}
