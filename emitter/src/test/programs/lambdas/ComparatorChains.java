import java.util.*;

public class ComparatorChains {
    record Emp(String name, String dept, int age, double pay) { }

    public static void main(String[] args) {
        List<Emp> es = new ArrayList<>(List.of(new Emp("zoe", "ops", 31, 5000), new Emp("al", "dev", 45, 7000), new Emp("bo", "dev", 28, 7000),
                new Emp("cy", "ops", 31, 4500), new Emp("di", "hr", 52, 3900), new Emp("ed", "dev", 28, 6200)));
        es.sort(Comparator.comparing(Emp::dept));
        System.out.println("by dept (stable) " + es.stream().map(Emp::name).toList());
        es.sort(Comparator.comparing(Emp::dept).thenComparing(Emp::pay, Comparator.reverseOrder()).thenComparing(Emp::name));
        System.out.println("dept, pay desc, name " + es.stream().map(e -> e.name() + ":" + e.pay()).toList());
        es.sort(Comparator.comparingInt(Emp::age).reversed().thenComparing(Emp::name));
        System.out.println("age desc " + es.stream().map(e -> e.name() + e.age()).toList());
        es.sort(Comparator.comparingDouble(Emp::pay).thenComparingInt(Emp::age));
        System.out.println("pay asc then age " + es.stream().map(Emp::name).toList());
        Comparator<String> byLen = Comparator.comparingInt(String::length);
        List<String> words = new ArrayList<>(List.of("kiwi", "fig", "banana", "apple", "date", "Cherry", "elderberry"));
        words.sort(byLen.thenComparing(Comparator.naturalOrder()));
        System.out.println(words);
        words.sort(byLen.reversed().thenComparing(String.CASE_INSENSITIVE_ORDER));
        System.out.println(words);
        words.sort(Comparator.comparing((String w) -> w.charAt(w.length() - 1)).thenComparing(Comparator.reverseOrder()));
        System.out.println(words);
        List<String> withNull = new ArrayList<>(Arrays.asList("b", null, "a"));
        withNull.sort(Comparator.nullsFirst(Comparator.reverseOrder()));
        System.out.println(withNull);
        System.out.println("min/max by comparator " + Collections.min(words, byLen) + " " + Collections.max(words, byLen.thenComparing(Comparator.reverseOrder())));
        Comparator<int[]> lex = (a, b) -> {
            for (int i = 0; i < Math.min(a.length, b.length); i++) if (a[i] != b[i]) return Integer.compare(a[i], b[i]);
            return Integer.compare(a.length, b.length);
        };
        List<int[]> arrays = new ArrayList<>(List.of(new int[] {1, 2}, new int[] {1}, new int[] {0, 9, 9}, new int[] {1, 2, 0}));
        arrays.sort(lex);
        arrays.forEach(a -> System.out.print(Arrays.toString(a)));
        System.out.println();
        System.out.println("comparing keyExtractor with keyComparator " + Comparator.comparing(Emp::name, Comparator.comparing(String::length)).compare(es.get(0), es.get(1)));
    }
}
