// javac-flags: --release 8
public class ExactOverflowUncaught {
    public static void main(String[] args) {
        int v = 1;
        for (int i = 0; i < 40; i++) {
            v = Math.multiplyExact(v, 3);
            System.out.println("3^" + (i + 1) + " = " + v);
        }
        System.out.println("unreachable");
    }
}
