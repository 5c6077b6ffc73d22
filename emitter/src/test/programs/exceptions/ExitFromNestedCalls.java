public class ExitFromNestedCalls {
    static void level(int n) {
        try {
            System.out.println("level " + n);
            if (n == 5) {
                System.out.println("calling System.exit(42) at depth " + n);
                System.exit(42);
                System.out.println("never printed after exit");
            }
            level(n + 1);
        } finally {
            System.out.println("never printed: finally of level " + n);
        }
    }

    public static void main(String[] args) {
        try {
            level(0);
        } catch (Throwable t) {
            System.out.println("never printed: " + t);
        }
        System.out.println("never printed: end of main");
    }
}
