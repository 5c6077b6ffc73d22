public class ArrayUncaught {
    public static void main(String[] args) {
        int[] squares = new int[10];
        for (int i = 0; i < squares.length; i++) squares[i] = i * i;
        int i = 0;
        long sum = 0;
        while (true) {
            sum += squares[i];
            System.out.println("i=" + i + " square=" + squares[i] + " sum=" + sum);
            i++;
        }
    }
}
