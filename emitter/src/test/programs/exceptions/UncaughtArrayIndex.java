public class UncaughtArrayIndex {
    public static void main(String[] args) {
        int[] data = { 10, 20, 30 };
        int sum = 0;
        for (int i = 0; i <= data.length + 2; i++) {
            sum += data[i];
            System.out.println("data[" + i + "]=" + data[i] + " sum=" + sum);
        }
        System.out.println("never printed");
    }
}
