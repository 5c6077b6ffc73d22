import java.util.*;
import java.util.stream.Collectors;

public class RandomSequences {
    public static void main(String[] args) {
        Random r = new Random(42);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 10; i++) sb.append(r.nextInt()).append(' ');
        System.out.println("nextInt " + sb);
        sb.setLength(0);
        for (int i = 0; i < 10; i++) sb.append(r.nextInt(100)).append(' ');
        System.out.println("nextInt(100) " + sb);
        sb.setLength(0);
        for (int i = 0; i < 6; i++) sb.append(r.nextInt(1 << 20)).append(' ').append(r.nextInt(7)).append(' ');
        System.out.println("bounded " + sb);
        sb.setLength(0);
        for (int i = 0; i < 5; i++) sb.append(r.nextLong()).append(' ');
        System.out.println("nextLong " + sb);
        sb.setLength(0);
        for (int i = 0; i < 5; i++) sb.append(r.nextDouble()).append(' ');
        System.out.println("nextDouble " + sb);
        sb.setLength(0);
        for (int i = 0; i < 5; i++) sb.append(r.nextFloat()).append(' ');
        System.out.println("nextFloat " + sb);
        sb.setLength(0);
        for (int i = 0; i < 8; i++) sb.append(r.nextBoolean() ? 'T' : 'F');
        System.out.println("nextBoolean " + sb);
        sb.setLength(0);
        for (int i = 0; i < 5; i++) sb.append(r.nextGaussian()).append(' ');
        System.out.println("nextGaussian " + sb);
        byte[] bytes = new byte[12];
        r.nextBytes(bytes);
        System.out.println("nextBytes " + Arrays.toString(bytes));
        Random r2 = new Random(2024);
        System.out.println("ints stream " + r2.ints(6, 0, 50).boxed().collect(Collectors.toList()));
        System.out.println("doubles stream " + r2.doubles(3).boxed().collect(Collectors.toList()));
        System.out.println("longs stream " + r2.longs(3, -10, 10).boxed().collect(Collectors.toList()));
        System.out.println("range ints " + r2.nextInt(5, 10) + " " + r2.nextLong(100L) + " " + r2.nextDouble(2.0, 3.0));
        List<Integer> deck = new ArrayList<>();
        for (int i = 0; i < 20; i++) deck.add(i);
        Collections.shuffle(deck, new Random(7));
        System.out.println("shuffle " + deck);
        Collections.shuffle(deck, new Random(7));
        System.out.println("shuffle again " + deck);
        Random same1 = new Random(123), same2 = new Random(123);
        boolean equal = true;
        for (int i = 0; i < 1000; i++) equal &= same1.nextInt() == same2.nextInt();
        System.out.println("same seed same sequence " + equal);
        Random reseed = new Random(1);
        int first = reseed.nextInt();
        reseed.setSeed(1);
        System.out.println("setSeed repeats " + (first == reseed.nextInt()));
        int[] hist = new int[10];
        Random h = new Random(99);
        for (int i = 0; i < 100000; i++) hist[h.nextInt(10)]++;
        System.out.println("histogram " + Arrays.toString(hist));
        double sum = 0, sumSq = 0;
        Random g = new Random(5);
        for (int i = 0; i < 10000; i++) {
            double x = g.nextGaussian();
            sum += x;
            sumSq += x * x;
        }
        System.out.println("gaussian mean " + sum / 10000 + " var " + sumSq / 10000);
        try {
            new Random(1).nextInt(0);
        } catch (IllegalArgumentException e) {
            System.out.println("nextInt(0): " + e.getMessage());
        }
        // Monte Carlo pi with fixed seed
        Random mc = new Random(31337);
        int inside = 0;
        for (int i = 0; i < 200000; i++) {
            double x = mc.nextDouble(), y = mc.nextDouble();
            if (x * x + y * y <= 1) inside++;
        }
        System.out.println("pi estimate " + 4.0 * inside / 200000);
    }
}
