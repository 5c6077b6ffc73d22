public class UncaughtRuntimeNoMessage {
    static int compute(int n) {
        if (n > 4) throw new RuntimeException();
        return n * n;
    }

    public static void main(String[] args) {
        int total = 0;
        for (int i = 0; i < 10; i++) {
            total += compute(i);
            System.out.println("i=" + i + " total=" + total);
        }
        System.out.println("never printed");
    }
}
