import java.util.*;
import java.util.stream.*;

public class LocalTypes {
    public static void main(String[] args) {
        record Score(String player, int points) implements Comparable<Score> {
            public int compareTo(Score o) { return o.points != points ? Integer.compare(o.points, points) : player.compareTo(o.player); }
        }
        enum Level { LOW, MID, HIGH; static Level of(int p) { return p < 10 ? LOW : p < 20 ? MID : HIGH; } }
        interface Formatter { String fmt(Score s); }
        List<Score> scores = new ArrayList<>();
        String[] names = {"ann", "bob", "cy", "dee", "eve", "fay"};
        for (int i = 0; i < names.length; i++) scores.add(new Score(names[i], (i * 7 + 3) % 25));
        Collections.sort(scores);
        Formatter f = s -> String.format("%-4s %2d %s", s.player(), s.points(), Level.of(s.points()));
        scores.forEach(s -> System.out.println(f.fmt(s)));
        Map<Level, List<String>> byLevel = scores.stream().collect(Collectors.groupingBy(s -> Level.of(s.points()), () -> new EnumMap<>(Level.class), Collectors.mapping(Score::player, Collectors.toList())));
        System.out.println(byLevel);
        class Accumulator {
            int total, count;
            void add(Score s) { total += s.points(); count++; }
            double mean() { return count == 0 ? 0 : (double) total / count; }
        }
        Accumulator acc = new Accumulator();
        scores.forEach(acc::add);
        System.out.println("mean " + acc.mean() + " " + acc.getClass().getSimpleName() + " " + Score.class.getSimpleName() + " " + Level.HIGH.getDeclaringClass().getSimpleName());
        System.out.println("record toString " + scores.get(0) + " equals " + scores.get(0).equals(new Score(scores.get(0).player(), scores.get(0).points())));
    }
}
