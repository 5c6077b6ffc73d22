public class ExitInsideFinally {
    static int work(int n) {
        try {
            System.out.println("work " + n);
            if (n == 2) throw new IllegalStateException("fail at " + n);
            return n * 10;
        } finally {
            System.out.println("finally for " + n);
            if (n == 2) {
                System.out.println("exiting with 3 from finally");
                System.exit(3);
            }
        }
    }

    public static void main(String[] args) {
        try {
            for (int i = 0; i < 5; i++) System.out.println("result " + work(i));
        } catch (RuntimeException e) {
            System.out.println("never printed: exception swallowed by exit");
        } finally {
            System.out.println("never printed: outer finally");
        }
    }
}
