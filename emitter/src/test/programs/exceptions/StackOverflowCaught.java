public class StackOverflowCaught {
    static int depth;

    static int runaway(int n) {
        depth++;
        return runaway(n + 1) + 1;
    }

    static int mutualA(int n) { return mutualB(n + 1) + 1; }
    static int mutualB(int n) { return mutualA(n + 1) + 1; }

    static class Node {
        Node next;
        int length() { return next == null ? 1 : 1 + next.length(); }
    }

    public static void main(String[] args) {
        try {
            runaway(0);
            System.out.println("no overflow?");
        } catch (StackOverflowError e) {
            System.out.println("caught SOE");
        }
        System.out.println("depth was large=" + (depth > 500));
        try {
            mutualA(0);
        } catch (StackOverflowError e) {
            System.out.println("caught SOE (mutual recursion)");
        }
        Node head = new Node();
        head.next = head;
        try {
            head.length();
        } catch (StackOverflowError e) {
            System.out.println("caught SOE (cyclic list)");
        }
        try {
            runaway(0);
        } catch (Error e) {
            System.out.println("caught as Error: " + e.getClass().getName());
        }
        // program continues normally with a fresh stack
        int sum = 0;
        for (int i = 0; i < 100; i++) sum += i;
        System.out.println("after recovery sum=" + sum);
        Node a = new Node(), b = new Node(), c = new Node();
        a.next = b; b.next = c;
        System.out.println("acyclic length=" + a.length());
    }
}
