import java.util.*;

public class ImmutableCollectionsApi {
    static void attempt(String label, Runnable r) {
        try {
            r.run();
            System.out.println(label + ": ok");
        } catch (RuntimeException e) {
            System.out.println(label + ": " + e.getClass().getSimpleName());
        }
    }

    public static void main(String[] args) {
        List<Integer> l = List.of(3, 1, 2);
        Set<String> s = Set.of("only");
        Map<String, Integer> m = Map.of("a", 1, "b", 2);
        System.out.println(l + " " + s + " " + new TreeMap<>(m) + " " + Map.ofEntries(Map.entry("z", 26)));
        attempt("List.of add", () -> l.add(4));
        attempt("List.of remove", () -> l.remove(0));
        attempt("List.of sort", () -> l.sort(null));
        attempt("List.of get out of range", () -> l.get(3));
        attempt("Set.of add", () -> s.add("x"));
        attempt("Map.of put", () -> m.put("c", 3));
        attempt("Map.of null value", () -> Map.of("k", null));
        List<Integer> mutable = new ArrayList<>(List.of(5, 6));
        List<Integer> copy = List.copyOf(mutable);
        mutable.add(7);
        System.out.println("copyOf is a snapshot " + copy + " vs " + mutable);
        attempt("copyOf with null", () -> List.copyOf(Arrays.asList(1, null)));
        Set<Integer> sc = Set.copyOf(List.of(1, 1, 2, 2, 3));
        System.out.println("Set.copyOf dedups " + new TreeSet<>(sc) + " size " + sc.size());
        Map<String, Integer> mc = Map.copyOf(new TreeMap<>(Map.of("x", 1, "y", 2)));
        System.out.println("Map.copyOf " + new TreeMap<>(mc));
        List<List<Integer>> nested = List.of(List.of(1), List.of(2, 3));
        System.out.println("nested " + nested + " equals " + nested.equals(List.of(List.of(1), List.of(2, 3))) + " hash " + nested.hashCode());
        System.out.println("equals across kinds " + List.of(1, 2).equals(Arrays.asList(1, 2)) + " " + Set.of(1, 2).equals(new HashSet<>(List.of(2, 1))) + " " + Map.of("k", 1).equals(new TreeMap<>(Map.of("k", 1))));
        List<String> unmod = Collections.unmodifiableList(new ArrayList<>(List.of("u")));
        attempt("unmodifiable set", () -> unmod.set(0, "v"));
        System.out.println("indexOf " + List.of("a", "b", "a").indexOf("a") + " lastIndexOf " + List.of("a", "b", "a").lastIndexOf("a") + " subList " + List.of(1, 2, 3, 4).subList(1, 3));
        System.out.println("toArray " + Arrays.toString(List.of(1, 2).toArray()) + " " + List.of("x").toArray(new String[0]).length + " stream " + List.of(1, 2, 3).stream().mapToInt(i -> i).sum());
        ListIterator<Integer> it = List.of(1, 2, 3).listIterator(1);
        System.out.println("listIterator from 1: " + it.next() + " prev " + it.previousIndex());
        attempt("listIterator set", () -> { ListIterator<Integer> li = List.of(1).listIterator(); li.next(); li.set(2); });
    }
}
