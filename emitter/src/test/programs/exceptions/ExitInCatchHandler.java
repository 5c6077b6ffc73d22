public class ExitInCatchHandler {
    static int parse(String s) {
        return Integer.parseInt(s);
    }

    public static void main(String[] args) {
        String[] inputs = { "1", "22", "333", "oops", "5" };
        int sum = 0;
        for (String s : inputs) {
            try {
                sum += parse(s);
                System.out.println("sum=" + sum);
            } catch (NumberFormatException e) {
                System.out.println("invalid input: " + e.getMessage());
                System.out.println("exit code 3");
                System.exit(3);
            } finally {
                System.out.println("finally after " + s);
            }
        }
        System.out.println("never printed");
    }
}
