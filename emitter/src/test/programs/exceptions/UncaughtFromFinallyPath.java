public class UncaughtFromFinallyPath {
    static String resource = "open";

    @SuppressWarnings("finally")
    static void process() {
        try {
            System.out.println("processing with resource " + resource);
            throw new IllegalArgumentException("original problem");
        } finally {
            System.out.println("cleanup in finally");
            resource = "closed";
            if (resource.equals("closed")) {
                throw new UnsupportedOperationException("cleanup failed");
            }
        }
    }

    public static void main(String[] args) {
        System.out.println("before");
        process();
        System.out.println("never printed");
    }
}
