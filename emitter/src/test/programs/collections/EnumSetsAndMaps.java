import java.util.*;
import java.util.stream.*;

public class EnumSetsAndMaps {
    enum Perm { READ, WRITE, EXECUTE, DELETE, ADMIN }
    enum Planet { MERCURY, VENUS, EARTH, MARS, JUPITER, SATURN, URANUS, NEPTUNE }

    static EnumSet<Perm> parse(String s) {
        EnumSet<Perm> r = EnumSet.noneOf(Perm.class);
        for (char c : s.toCharArray()) r.add(switch (c) { case 'r' -> Perm.READ; case 'w' -> Perm.WRITE; case 'x' -> Perm.EXECUTE; case 'd' -> Perm.DELETE; default -> Perm.ADMIN; });
        return r;
    }

    public static void main(String[] args) {
        EnumSet<Perm> user = parse("rw"), admin = EnumSet.allOf(Perm.class), exec = parse("rx");
        System.out.println("user " + user + " admin " + admin + " exec " + exec);
        EnumSet<Perm> union = EnumSet.copyOf(user);
        union.addAll(exec);
        EnumSet<Perm> inter = EnumSet.copyOf(user);
        inter.retainAll(exec);
        System.out.println("union " + union + " intersection " + inter + " complement " + EnumSet.complementOf(union) + " contains " + union.containsAll(user));
        System.out.println("range " + EnumSet.range(Perm.WRITE, Perm.DELETE) + " of " + EnumSet.of(Perm.ADMIN, Perm.READ) + " iteration order is ordinal order");
        EnumSet<Planet> inner = EnumSet.range(Planet.MERCURY, Planet.MARS), giants = EnumSet.complementOf(inner);
        System.out.println("inner " + inner + " giants " + giants + " size " + giants.size());
        EnumMap<Planet, Integer> moons = new EnumMap<>(Planet.class);
        int[] counts = {0, 0, 1, 2, 95, 146, 28, 16};
        for (Planet p : Planet.values()) if (counts[p.ordinal()] > 0) moons.put(p, counts[p.ordinal()]);
        System.out.println("moons " + moons + " total " + moons.values().stream().mapToInt(Integer::intValue).sum());
        moons.remove(Planet.EARTH);
        moons.replaceAll((p, m) -> m * 2);
        System.out.println("after edits " + moons + " firstKey " + moons.keySet().iterator().next() + " containsValue(4) " + moons.containsValue(4));
        Map<Boolean, EnumSet<Planet>> split = new TreeMap<>();
        for (Planet p : Planet.values()) split.computeIfAbsent(p.name().length() > 5, k -> EnumSet.noneOf(Planet.class)).add(p);
        System.out.println("by name length " + split);
        Map<Perm, Long> histogram = Stream.of("rw", "r", "rx", "rwxd", "a", "w").flatMap(s -> parse(s).stream()).collect(Collectors.groupingBy(p -> p, () -> new EnumMap<>(Perm.class), Collectors.counting()));
        System.out.println("histogram " + histogram);
        EnumMap<Perm, String> copy = new EnumMap<>(Map.of(Perm.DELETE, "d", Perm.READ, "r"));
        System.out.println("copy from map " + copy + " equals hash-based " + copy.equals(new HashMap<>(copy)));
        Iterator<Perm> it = union.iterator();
        it.next();
        it.remove();
        System.out.println("iterator remove " + union);
    }
}
