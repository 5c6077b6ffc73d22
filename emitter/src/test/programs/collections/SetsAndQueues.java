import java.util.*;

public class SetsAndQueues {
    record Task(String name, int priority) implements Comparable<Task> {
        public int compareTo(Task o) { return priority != o.priority ? Integer.compare(priority, o.priority) : name.compareTo(o.name); }
    }

    public static void main(String[] args) {
        TreeSet<Integer> ts = new TreeSet<>();
        for (int i = 0; i < 30; i++) ts.add(i * i % 17);
        System.out.println("treeset " + ts + " size " + ts.size());
        System.out.println("first " + ts.first() + " last " + ts.last() + " floor 7 " + ts.floor(7) + " ceiling 7 " + ts.ceiling(7)
                + " higher 16 " + ts.higher(16) + " lower 0 " + ts.lower(0));
        System.out.println("head " + ts.headSet(5) + " tail " + ts.tailSet(9, false) + " sub " + ts.subSet(2, 13) + " desc " + ts.descendingSet());
        System.out.println("pollFirst " + ts.pollFirst() + " pollLast " + ts.pollLast() + " " + ts);
        Set<String> hs = new HashSet<>(List.of("red", "green", "blue"));
        Set<String> other = new HashSet<>(List.of("green", "yellow", "blue", "black"));
        Set<String> inter = new TreeSet<>(hs);
        inter.retainAll(other);
        Set<String> union = new TreeSet<>(hs);
        union.addAll(other);
        Set<String> diff = new TreeSet<>(hs);
        diff.removeAll(other);
        System.out.println("intersection " + inter + " union " + union + " difference " + diff);
        System.out.println("add existing " + hs.add("red") + " add new " + hs.add("pink") + " remove " + hs.remove("green") + " contains " + hs.contains("blue"));
        System.out.println("containsAll " + union.containsAll(hs) + " equals " + new HashSet<>(List.of(1, 2)).equals(new TreeSet<>(List.of(2, 1))));
        LinkedHashSet<Character> seen = new LinkedHashSet<>();
        for (char c : "mississippi river".toCharArray()) seen.add(c);
        System.out.println("first occurrence order " + seen);
        PriorityQueue<Integer> pq = new PriorityQueue<>();
        int[] vals = {42, 7, 19, 3, 88, 3, 56, 1, 23};
        for (int v : vals) pq.offer(v);
        System.out.println("pq peek " + pq.peek() + " size " + pq.size());
        StringBuilder sb = new StringBuilder();
        while (!pq.isEmpty()) sb.append(pq.poll()).append(' ');
        System.out.println("pq order " + sb.toString().trim());
        PriorityQueue<Integer> maxHeap = new PriorityQueue<>(Collections.reverseOrder());
        for (int v : vals) maxHeap.add(v);
        sb.setLength(0);
        for (int i = 0; i < 4; i++) sb.append(maxHeap.remove()).append(' ');
        System.out.println("max heap top4 " + sb.toString().trim() + " remaining " + maxHeap.size());
        PriorityQueue<Task> tasks = new PriorityQueue<>();
        tasks.add(new Task("write", 2));
        tasks.add(new Task("test", 1));
        tasks.add(new Task("deploy", 3));
        tasks.add(new Task("review", 2));
        tasks.add(new Task("plan", 1));
        while (!tasks.isEmpty()) System.out.print(tasks.poll().name() + " ");
        System.out.println();
        PriorityQueue<String> byLen = new PriorityQueue<>(Comparator.comparingInt(String::length).thenComparing(Comparator.reverseOrder()));
        byLen.addAll(List.of("ccc", "a", "bb", "aaa", "b", "dddd"));
        sb.setLength(0);
        while (!byLen.isEmpty()) sb.append(byLen.poll()).append(',');
        System.out.println("by length then reverse " + sb);
        Queue<Integer> q = new LinkedList<>();
        for (int i = 1; i <= 5; i++) q.add(i * 11);
        System.out.println("queue " + q.remove() + " " + q.element() + " " + q);
        // k smallest via bounded max heap
        PriorityQueue<Integer> k = new PriorityQueue<>(Comparator.reverseOrder());
        Random rnd = new Random(7);
        for (int i = 0; i < 1000; i++) {
            k.offer(rnd.nextInt(100000));
            if (k.size() > 5) k.poll();
        }
        List<Integer> smallest = new ArrayList<>(k);
        Collections.sort(smallest);
        System.out.println("5 smallest of 1000 random " + smallest);
        SortedSet<String> words = new TreeSet<>(Comparator.comparing(String::length).thenComparing(s -> s));
        words.addAll(Arrays.asList("delta", "pi", "alpha", "mu", "epsilon", "nu", "beta"));
        System.out.println("comparator set " + words);
        try {
            new TreeSet<Object>().add(new Object());
        } catch (ClassCastException e) {
            System.out.println("TreeSet non-comparable: CCE");
        }
        try {
            Set.of("a", "a");
        } catch (IllegalArgumentException e) {
            System.out.println("Set.of duplicate: IllegalArgumentException");
        }
        BitSet bits = new BitSet();
        for (int i = 0; i < 100; i += 7) bits.set(i);
        BitSet b2 = new BitSet();
        b2.set(0, 50);
        BitSet and = (BitSet) bits.clone();
        and.and(b2);
        System.out.println("bitset " + bits + " card " + bits.cardinality() + " and " + and + " next clear after 0 " + bits.nextClearBit(0) + " length " + bits.length());
    }
}
