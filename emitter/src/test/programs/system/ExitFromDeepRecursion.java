public class ExitFromDeepRecursion {
    static int calls;

    static int search(int depth, int target) {
        calls++;
        if (depth == target) {
            System.out.println("found target at depth " + depth + " after " + calls + " calls");
            System.out.print("partial line before exit, ");
            System.out.println("exit code 42");
            System.exit(42);
        }
        try {
            return search(depth + 1, target) + 1;
        } finally {
            System.out.println("never printed: unwinding " + depth);
        }
    }

    public static void main(String[] args) {
        System.out.println("args.length=" + args.length);
        System.err.println("stderr before exit");
        int r = search(0, 200);
        System.out.println("never printed: " + r);
    }
}
