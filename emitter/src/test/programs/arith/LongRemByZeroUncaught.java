// javac-flags: --release 8
public class LongRemByZeroUncaught {
    static long m = 5L;

    public static void main(String[] args) {
        long x = 1234567890123L;
        for (int i = 0; i < 6; i++) {
            System.out.println("x % " + m + " = " + (x % m));
            m--;
        }
        System.out.println("unreachable " + m);
    }
}
