import java.util.*;

public class CollectionsUtility {
    public static void main(String[] args) {
        List<Integer> l = new ArrayList<>(List.of(5, 3, 9, 1, 7, 3, 8));
        System.out.println("max " + Collections.max(l) + " min " + Collections.min(l) + " maxBy " + Collections.max(l, Comparator.reverseOrder()) + " frequency(3) " + Collections.frequency(l, 3));
        Collections.sort(l);
        System.out.println("sorted " + l + " search 7 " + Collections.binarySearch(l, 7) + " search 4 " + Collections.binarySearch(l, 4));
        Collections.reverse(l);
        System.out.println("reversed " + l);
        Collections.swap(l, 0, l.size() - 1);
        System.out.println("swapped " + l);
        Collections.rotate(l, 2);
        System.out.println("rotated 2 " + l);
        Collections.rotate(l, -3);
        System.out.println("rotated -3 " + l);
        Collections.fill(l.subList(0, 2), 0);
        System.out.println("filled " + l);
        System.out.println("nCopies " + Collections.nCopies(3, "ab") + " emptyList " + Collections.emptyList() + " singleton " + Collections.singleton(1) + " singletonMap " + Collections.singletonMap("k", "v"));
        List<Integer> src = List.of(1, 2);
        List<Integer> dest = new ArrayList<>(List.of(9, 9, 9));
        Collections.copy(dest, src);
        System.out.println("copy " + dest + " indexOfSubList " + Collections.indexOfSubList(List.of(1, 2, 3, 2, 3), List.of(2, 3)) + " last " + Collections.lastIndexOfSubList(List.of(1, 2, 3, 2, 3), List.of(2, 3)));
        System.out.println("disjoint " + Collections.disjoint(List.of(1, 2), Set.of(3)) + " " + Collections.disjoint(List.of(1, 2), Set.of(2)));
        List<String> names = new ArrayList<>();
        Collections.addAll(names, "delta", "alpha", "charlie", "bravo");
        names.sort(Collections.reverseOrder(String.CASE_INSENSITIVE_ORDER));
        System.out.println("addAll+reverseOrder " + names);
        List<String> unmod = Collections.unmodifiableList(names);
        try {
            unmod.add("x");
        } catch (UnsupportedOperationException e) {
            System.out.println("unmodifiable add: UOE");
        }
        names.add("echo");
        System.out.println("view sees change " + unmod.size());
        Map<String, Integer> um = Collections.unmodifiableMap(new TreeMap<>(Map.of("a", 1)));
        try {
            um.put("b", 2);
        } catch (UnsupportedOperationException e) {
            System.out.println("unmodifiable map put: UOE " + um);
        }
        List<Integer> sync = Collections.synchronizedList(new ArrayList<>(List.of(1, 2)));
        sync.add(3);
        System.out.println("synchronized " + sync + " emptyMap " + Collections.emptyMap().size() + " emptyIterator " + Collections.emptyIterator().hasNext());
        int[] arr = {9, 4, 7, 1, 8, 2};
        Arrays.sort(arr, 1, 5);
        System.out.println("partial sort " + Arrays.toString(arr));
        Integer[] boxed = {3, 1, 2, 5, 4};
        Arrays.sort(boxed, Collections.reverseOrder());
        System.out.println("boxed desc " + Arrays.toString(boxed));
        String[] words = {"pear", "Fig", "apple", "Banana", "cherry", "date"};
        Arrays.sort(words);
        System.out.println("natural " + Arrays.toString(words));
        Arrays.sort(words, Comparator.comparing(String::length).thenComparing(String.CASE_INSENSITIVE_ORDER));
        System.out.println("by length " + Arrays.toString(words));
        double[] ds = {3.5, -0.0, 0.0, Double.NaN, -1.5, Double.NEGATIVE_INFINITY};
        Arrays.sort(ds);
        System.out.println("doubles sorted " + Arrays.toString(ds));
        char[] cs = "sorting".toCharArray();
        Arrays.sort(cs);
        System.out.println("chars " + new String(cs) + " binarySearch " + Arrays.binarySearch(cs, 'o'));
        long[] ls = new long[5];
        Arrays.setAll(ls, i -> (long) i * i * i);
        System.out.println("setAll " + Arrays.toString(ls) + " fill " + Arrays.toString(fill()) + " copyOfRange " + Arrays.toString(Arrays.copyOfRange(ls, 1, 7)));
        System.out.println("equals/hash " + Arrays.equals(new int[] {1, 2}, new int[] {1, 2}) + " " + Arrays.hashCode(new int[] {1, 2}) + " " + Arrays.deepHashCode(new Object[] {new int[] {1}})
                + " mismatch " + Arrays.mismatch(new int[] {1, 2, 3}, new int[] {1, 2, 4}));
        Object[][] stable = new Object[8][];
        for (int i = 0; i < 8; i++) stable[i] = new Object[] {i % 3, "item" + i};
        Arrays.sort(stable, Comparator.comparingInt(o -> (Integer) o[0]));
        StringBuilder sb = new StringBuilder();
        for (Object[] o : stable) sb.append(o[1]).append(' ');
        System.out.println("stable sort " + sb);
        Random rnd = new Random(3);
        int[] big = new int[2000];
        for (int i = 0; i < big.length; i++) big[i] = rnd.nextInt(1000) - 500;
        Arrays.sort(big);
        long check = 0;
        for (int i = 0; i < big.length; i++) check = check * 31 + big[i];
        System.out.println("big sort checksum " + check + " first " + big[0] + " last " + big[big.length - 1]);
        System.out.println("stream of array " + Arrays.stream(new int[] {1, 2, 3}).map(x -> x * x).sum() + " asList view " + Arrays.asList(boxed).indexOf(5));
    }

    static int[] fill() {
        int[] a = new int[4];
        Arrays.fill(a, 7);
        Arrays.fill(a, 1, 3, -1);
        return a;
    }
}
