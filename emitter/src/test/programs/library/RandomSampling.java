import java.util.*;
import java.util.stream.*;

public class RandomSampling {
    static <T> List<T> reservoir(Iterator<T> it, int k, Random r) {
        List<T> res = new ArrayList<>();
        int n = 0;
        while (it.hasNext()) {
            T t = it.next();
            n++;
            if (res.size() < k) res.add(t);
            else { int j = r.nextInt(n); if (j < k) res.set(j, t); }
        }
        return res;
    }

    static String weighted(Map<String, Integer> weights, Random r) {
        int total = weights.values().stream().mapToInt(Integer::intValue).sum();
        int x = r.nextInt(total);
        for (Map.Entry<String, Integer> e : weights.entrySet()) { x -= e.getValue(); if (x < 0) return e.getKey(); }
        throw new IllegalStateException();
    }

    public static void main(String[] args) {
        Random r = new Random(8675309);
        System.out.println("reservoir " + reservoir(IntStream.range(0, 1000).iterator(), 8, r));
        Map<String, Integer> weights = new LinkedHashMap<>();
        weights.put("common", 70);
        weights.put("rare", 25);
        weights.put("epic", 5);
        Map<String, Integer> hits = new TreeMap<>();
        for (int i = 0; i < 10000; i++) hits.merge(weighted(weights, r), 1, Integer::sum);
        System.out.println("weighted draws " + hits);
        List<Integer> deck = IntStream.rangeClosed(1, 52).boxed().collect(Collectors.toList());
        Collections.shuffle(deck, r);
        System.out.println("hand " + deck.subList(0, 5) + " next " + deck.subList(5, 10));
        int[] dice = new int[13];
        for (int i = 0; i < 36000; i++) dice[1 + r.nextInt(6) + 1 + r.nextInt(6) - 0]++;
        System.out.println("two dice " + Arrays.toString(Arrays.copyOfRange(dice, 2, 13)));
        double[] walk = new double[5];
        for (int w = 0; w < 5; w++) { double pos = 0; for (int s = 0; s < 1000; s++) pos += r.nextBoolean() ? 1 : -1; walk[w] = pos; }
        System.out.println("random walks " + Arrays.toString(walk));
        String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
        StringBuilder pw = new StringBuilder();
        for (int i = 0; i < 16; i++) pw.append(alphabet.charAt(r.nextInt(alphabet.length())));
        System.out.println("token " + pw + " gaussian-ish " + String.format("%.6f", r.nextGaussian()) + " long " + r.nextLong());
        Random a = new Random(99), b = new Random(99);
        List<Integer> la = new ArrayList<>(List.of(1, 2, 3, 4, 5, 6)), lb = new ArrayList<>(la);
        Collections.shuffle(la, a);
        Collections.shuffle(lb, b);
        System.out.println("reproducible shuffle " + la.equals(lb) + " " + la);
    }
}
