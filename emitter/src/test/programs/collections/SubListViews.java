import java.util.*;

public class SubListViews {
    public static void main(String[] args) {
        List<Integer> base = new ArrayList<>();
        for (int i = 0; i < 12; i++) base.add(i);
        List<Integer> mid = base.subList(3, 9);
        System.out.println("mid " + mid + " size " + mid.size() + " get(0) " + mid.get(0));
        mid.set(0, 30);
        mid.add(99);
        mid.remove(Integer.valueOf(5));
        System.out.println("after edits mid " + mid + " base " + base);
        List<Integer> inner = mid.subList(1, 4);
        inner.replaceAll(x -> -x);
        System.out.println("nested view " + inner + " base " + base);
        Collections.reverse(mid);
        System.out.println("reverse view " + base);
        Collections.sort(mid);
        System.out.println("sort view " + base);
        mid.clear();
        System.out.println("clear view " + base + " mid " + mid);
        LinkedList<String> ll = new LinkedList<>(List.of("a", "b", "c", "d", "e", "f"));
        List<String> lv = ll.subList(1, 5);
        lv.remove(1);
        lv.add(0, "X");
        ListIterator<String> it = lv.listIterator();
        while (it.hasNext()) { String s = it.next(); if (s.equals("d")) it.set("D"); }
        System.out.println("linked view " + lv + " base " + ll);
        for (int[] r : new int[][] {{-1, 2}, {2, 1}, {0, 99}}) {
            try {
                ll.subList(r[0], r[1]);
            } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
                System.out.println("subList(" + r[0] + "," + r[1] + "): " + e.getClass().getSimpleName());
            }
        }
        List<Integer> fixed = Arrays.asList(5, 4, 3, 2, 1);
        List<Integer> fv = fixed.subList(1, 4);
        Collections.sort(fv);
        System.out.println("Arrays.asList view sorted " + fixed + " equals " + fv.equals(List.of(2, 3, 4)) + " hash " + fv.hashCode() + " indexOf " + fv.indexOf(3));
    }
}
