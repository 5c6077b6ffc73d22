import java.util.*;
import java.util.stream.Collectors;

public class OptionalUsage {
    static Optional<Integer> parse(String s) {
        try {
            return Optional.of(Integer.parseInt(s.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static Optional<String> lookup(Map<String, String> m, String k) { return Optional.ofNullable(m.get(k)); }

    public static void main(String[] args) {
        String[] inputs = {"12", " 7 ", "x", "", "-3", "2147483648"};
        for (String in : inputs) {
            Optional<Integer> o = parse(in);
            System.out.println("'" + in + "' -> " + o + " present=" + o.isPresent() + " empty=" + o.isEmpty() + " orElse=" + o.orElse(-1)
                    + " map=" + o.map(x -> x * 2) + " filter=" + o.filter(x -> x > 0) + " flatMap=" + o.flatMap(x -> x % 2 == 0 ? Optional.of("even") : Optional.empty()));
        }
        Map<String, String> m = new TreeMap<>(Map.of("a", "alpha", "b", "beta"));
        System.out.println(lookup(m, "a").map(String::toUpperCase).orElseGet(() -> "none"));
        System.out.println(lookup(m, "z").map(String::toUpperCase).orElseGet(() -> "none"));
        System.out.println(lookup(m, "z").or(() -> lookup(m, "b")).get());
        lookup(m, "a").ifPresent(v -> System.out.println("ifPresent " + v));
        lookup(m, "q").ifPresentOrElse(v -> System.out.println("present " + v), () -> System.out.println("ifPresentOrElse: absent"));
        try {
            lookup(m, "q").orElseThrow();
        } catch (NoSuchElementException e) {
            System.out.println("orElseThrow: " + e.getMessage());
        }
        try {
            lookup(m, "q").orElseThrow(() -> new IllegalArgumentException("missing q"));
        } catch (IllegalArgumentException e) {
            System.out.println("custom: " + e.getMessage());
        }
        try {
            Optional.of(null);
        } catch (NullPointerException e) {
            System.out.println("Optional.of(null): NPE");
        }
        System.out.println("equals " + Optional.of(1).equals(Optional.of(1)) + " " + Optional.empty().equals(Optional.ofNullable(null)) + " hash " + Optional.of("x").hashCode() + " " + Optional.empty().hashCode());
        System.out.println("stream " + Optional.of(5).stream().collect(Collectors.toList()) + " " + Optional.empty().stream().count());
        List<Optional<String>> opts = List.of(Optional.of("a"), Optional.empty(), Optional.of("c"));
        System.out.println("flatten " + opts.stream().flatMap(Optional::stream).collect(Collectors.joining()));
        OptionalInt oi = OptionalInt.of(4);
        OptionalLong ol = OptionalLong.empty();
        OptionalDouble od = OptionalDouble.of(2.5);
        System.out.println(oi + " " + ol + " " + od + " " + oi.getAsInt() + " " + ol.orElse(9) + " " + od.orElseGet(() -> 0));
        System.out.println("max of empty list " + new ArrayList<Integer>().stream().max(Integer::compare));
        System.out.println("chained " + Optional.of("  spaced  ").map(String::trim).filter(s -> !s.isEmpty()).map(s -> s + "!").orElse("blank"));
        System.out.println("chained blank " + Optional.of("   ").map(String::trim).filter(s -> !s.isEmpty()).map(s -> s + "!").orElse("blank"));
    }
}
