public class UncaughtErrorSubclass {
    public static void main(String[] args) {
        int[] values = { 1, 2, 3, -1, 5 };
        int product = 1;
        for (int v : values) {
            try {
                if (v < 0) throw new AssertionError("negative value " + v);
                product *= v;
                System.out.println("product=" + product);
            } catch (RuntimeException e) {
                System.out.println("not reached: AssertionError is not a RuntimeException");
            }
        }
        System.out.println("never printed");
    }
}
