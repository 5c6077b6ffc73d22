public class StackOverflowUncaught {
    static int calls;

    static int runaway(int n) {
        calls++;
        return runaway(n + 1) + 1;
    }

    public static void main(String[] args) {
        System.out.println("before the overflow");
        System.out.println(runaway(0));
        System.out.println("not reached");
    }
}
