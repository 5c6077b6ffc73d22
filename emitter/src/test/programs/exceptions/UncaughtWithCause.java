public class UncaughtWithCause {
    static void lowLevel() throws Exception {
        throw new Exception("disk unavailable");
    }

    static void midLevel() {
        try {
            lowLevel();
        } catch (Exception e) {
            System.out.println("mid level wrapping: " + e.getMessage());
            throw new RuntimeException("operation failed", e);
        }
    }

    public static void main(String[] args) {
        System.out.println("calling midLevel");
        midLevel();
        System.out.println("never printed");
    }
}
