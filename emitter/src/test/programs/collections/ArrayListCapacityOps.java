import java.util.*;

public class ArrayListCapacityOps {
    public static void main(String[] args) {
        ArrayList<Integer> l = new ArrayList<>(2);
        for (int i = 0; i < 50; i++) l.add(i * 3 % 17);
        l.ensureCapacity(1000);
        l.trimToSize();
        System.out.println(l.size() + " " + l);
        l.addAll(0, List.of(-1, -2));
        l.addAll(List.of(100, 200));
        System.out.println("head " + l.subList(0, 5) + " tail " + l.subList(l.size() - 3, l.size()));
        l.removeAll(List.of(0, 1, 2));
        System.out.println("removeAll " + l.size() + " " + l.contains(1));
        l.retainAll(Set.of(3, 6, 9, 100, -1));
        System.out.println("retainAll " + l);
        ArrayList<Integer> copy = new ArrayList<>(l);
        copy.sort(Comparator.reverseOrder());
        System.out.println("copy sorted desc " + copy + " original " + l + " clone equals " + ((ArrayList<?>) l.clone()).equals(l));
        Object[] arr = l.toArray();
        Integer[] typed = l.toArray(new Integer[0]);
        Integer[] bigger = l.toArray(new Integer[l.size() + 2]);
        System.out.println("toArray " + arr.length + " " + typed.getClass().getSimpleName() + " " + Arrays.toString(bigger));
        ListIterator<Integer> it = l.listIterator();
        while (it.hasNext()) { int v = it.next(); if (v == 6) it.remove(); else it.set(v + 1000); }
        System.out.println("listIterator edits " + l);
        for (int bad : new int[] {-1, l.size() + 1}) {
            try {
                l.add(bad, 0);
            } catch (IndexOutOfBoundsException e) {
                System.out.println("add(" + bad + "): " + e.getMessage());
            }
        }
        try {
            l.subList(2, 1);
        } catch (IllegalArgumentException e) {
            System.out.println("subList(2,1): IllegalArgumentException");
        }
        try {
            new ArrayList<Integer>(-1);
        } catch (IllegalArgumentException e) {
            System.out.println("negative capacity: IllegalArgumentException");
        }
        List<String> big = new ArrayList<>();
        for (int i = 0; i < 10000; i++) big.add(Integer.toString(i, 36));
        big.removeIf(s -> s.length() < 3);
        System.out.println("big " + big.size() + " first " + big.get(0) + " last " + big.get(big.size() - 1) + " hash " + big.hashCode());
        l.clear();
        System.out.println("cleared " + l + " isEmpty " + l.isEmpty());
    }
}
