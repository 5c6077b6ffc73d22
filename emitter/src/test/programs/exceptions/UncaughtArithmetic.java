public class UncaughtArithmetic {
    static int divisor = 3;

    public static void main(String[] args) {
        int value = 100;
        while (true) {
            System.out.println(value + " / " + divisor + " = " + (value / divisor));
            divisor--;
        }
    }
}
