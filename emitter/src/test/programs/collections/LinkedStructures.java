import java.util.*;

public class LinkedStructures {
    static final class Node<T> { T val; Node<T> next; Node(T v, Node<T> n) { val = v; next = n; } }

    static <T> Node<T> fromList(List<T> l) { Node<T> h = null; for (int i = l.size() - 1; i >= 0; i--) h = new Node<>(l.get(i), h); return h; }
    static <T> String show(Node<T> h) { StringJoiner j = new StringJoiner("->", "[", "]"); for (Node<T> n = h; n != null; n = n.next) j.add(String.valueOf(n.val)); return j.toString(); }
    static <T> Node<T> reverse(Node<T> h) { Node<T> prev = null; while (h != null) { Node<T> nx = h.next; h.next = prev; prev = h; h = nx; } return prev; }
    static Node<Integer> merge(Node<Integer> a, Node<Integer> b) {
        Node<Integer> dummy = new Node<>(0, null), t = dummy;
        while (a != null && b != null) { if (a.val <= b.val) { t.next = a; a = a.next; } else { t.next = b; b = b.next; } t = t.next; }
        t.next = a != null ? a : b;
        return dummy.next;
    }
    static Node<Integer> sort(Node<Integer> h) {
        if (h == null || h.next == null) return h;
        Node<Integer> slow = h, fast = h.next;
        while (fast != null && fast.next != null) { slow = slow.next; fast = fast.next.next; }
        Node<Integer> second = slow.next;
        slow.next = null;
        return merge(sort(h), sort(second));
    }

    public static void main(String[] args) {
        Node<Integer> h = fromList(List.of(5, 3, 9, 1, 7, 3, 8, 2));
        System.out.println(show(h));
        h = sort(h);
        System.out.println("sorted " + show(h));
        h = reverse(h);
        System.out.println("reversed " + show(h));
        LinkedList<Integer> ll = new LinkedList<>();
        for (int i = 0; i < 10; i++) { if (i % 2 == 0) ll.addFirst(i); else ll.addLast(i); }
        System.out.println("LinkedList " + ll + " indexOf(5) " + ll.indexOf(5) + " get(3) " + ll.get(3));
        ll.removeFirstOccurrence(4);
        ll.removeLastOccurrence(9);
        ll.add(4, 100);
        ll.set(0, -1);
        System.out.println("edited " + ll + " peekFirst " + ll.peekFirst() + " peekLast " + ll.peekLast());
        Iterator<Integer> it = ll.iterator();
        while (it.hasNext()) if (it.next() % 3 == 0) it.remove();
        System.out.println("removed multiples of 3 " + ll);
        ListIterator<Integer> li = ll.listIterator(ll.size());
        StringBuilder back = new StringBuilder();
        while (li.hasPrevious()) back.append(li.previous()).append(' ');
        System.out.println("backwards " + back.toString().trim());
        Deque<Integer> d = new LinkedList<>(List.of(1, 2, 3));
        d.offerFirst(0);
        d.offerLast(4);
        System.out.println("deque ops " + d.pollFirst() + " " + d.pollLast() + " " + d + " contains " + d.contains(2) + " size " + d.size());
        System.out.println("clone " + ((LinkedList<Integer>) ll.clone()).equals(ll) + " toArray " + Arrays.toString(ll.toArray(new Integer[0])));
    }
}
