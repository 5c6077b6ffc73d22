public class DivByZeroUncaught {
    static int compute(int a, int b) {
        System.out.println("compute(" + a + ", " + b + ")");
        return a / b;
    }

    public static void main(String[] args) {
        int total = 0;
        for (int d = 4; d >= 0; d--) {
            int q = compute(100, d);
            total += q;
            System.out.println("100 / " + d + " = " + q + ", total = " + total);
        }
        System.out.println("unreachable");
    }
}
