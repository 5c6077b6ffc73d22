public class ExitZeroMidway {
    public static void main(String[] args) {
        for (int i = 0; i < 10; i++) {
            System.out.println("line " + i);
            if (i == 4) {
                System.out.print("exiting without newline");
                System.exit(0);
            }
        }
        System.out.println("never printed");
    }
}
