public class LinkedListByHand {
    static class Node {
        int value;
        Node next;
        Node(int value, Node next) { this.value = value; this.next = next; }
    }
    static class IntList {
        Node head;
        Node tail;
        int size;
        void addFirst(int v) {
            head = new Node(v, head);
            if (tail == null) tail = head;
            size++;
        }
        void addLast(int v) {
            Node n = new Node(v, null);
            if (tail == null) { head = tail = n; } else { tail.next = n; tail = n; }
            size++;
        }
        int removeFirst() {
            Node h = head;
            head = h.next;
            if (head == null) tail = null;
            size--;
            return h.value;
        }
        boolean remove(int v) {
            Node prev = null;
            for (Node n = head; n != null; prev = n, n = n.next) {
                if (n.value == v) {
                    if (prev == null) head = n.next; else prev.next = n.next;
                    if (n == tail) tail = prev;
                    size--;
                    return true;
                }
            }
            return false;
        }
        void reverse() {
            Node prev = null, cur = head;
            tail = head;
            while (cur != null) {
                Node nx = cur.next;
                cur.next = prev;
                prev = cur;
                cur = nx;
            }
            head = prev;
        }
        int sum() { int s = 0; for (Node n = head; n != null; n = n.next) s += n.value; return s; }
        int sumRecursive(Node n) { return n == null ? 0 : n.value + sumRecursive(n.next); }
        @Override public String toString() {
            StringBuilder sb = new StringBuilder("[");
            for (Node n = head; n != null; n = n.next) {
                sb.append(n.value);
                if (n.next != null) sb.append(" -> ");
            }
            return sb.append("] size=").append(size).toString();
        }
    }
    static class DNode {
        String v; DNode prev, next;
        DNode(String v) { this.v = v; }
    }

    public static void main(String[] args) {
        IntList l = new IntList();
        System.out.println("empty=" + l + " headNull=" + (l.head == null));
        for (int i = 1; i <= 5; i++) l.addLast(i * i);
        System.out.println("addLast=" + l);
        l.addFirst(-1);
        l.addFirst(-2);
        System.out.println("addFirst=" + l);
        System.out.println("sum=" + l.sum() + " rec=" + l.sumRecursive(l.head));
        System.out.println("remove 9=" + l.remove(9) + " " + l);
        System.out.println("remove 100=" + l.remove(100) + " " + l);
        System.out.println("remove -2 (head)=" + l.remove(-2) + " " + l);
        System.out.println("remove 25 (tail)=" + l.remove(25) + " " + l + " tail=" + l.tail.value);
        l.addLast(36);
        System.out.println("addLast after tail removal=" + l);
        l.reverse();
        System.out.println("reversed=" + l + " head=" + l.head.value + " tail=" + l.tail.value);
        while (l.size > 2) System.out.println("removeFirst=" + l.removeFirst() + " now " + l);
        l.removeFirst(); l.removeFirst();
        System.out.println("drained=" + l + " tailNull=" + (l.tail == null));
        // large list
        IntList big = new IntList();
        for (int i = 0; i < 10000; i++) big.addFirst(i);
        System.out.println("big size=" + big.size + " sum=" + big.sum());
        // cycle detection
        Node a = new Node(1, null), b = new Node(2, null), c = new Node(3, null), d = new Node(4, null);
        a.next = b; b.next = c; c.next = d; d.next = b;
        Node slow = a, fast = a;
        int steps = 0;
        boolean cycle = false;
        while (fast != null && fast.next != null) {
            slow = slow.next; fast = fast.next.next; steps++;
            if (slow == fast) { cycle = true; break; }
        }
        System.out.println("cycle=" + cycle + " steps=" + steps + " meet=" + slow.value);
        d.next = null;
        // doubly linked
        DNode first = null, last = null;
        String[] words = { "alpha", "beta", "gamma", "delta" };
        for (String w : words) {
            DNode n = new DNode(w);
            if (last == null) first = last = n; else { last.next = n; n.prev = last; last = n; }
        }
        StringBuilder fwd = new StringBuilder(), back = new StringBuilder();
        for (DNode n = first; n != null; n = n.next) fwd.append(n.v).append(' ');
        for (DNode n = last; n != null; n = n.prev) back.append(n.v).append(' ');
        System.out.println("forward=" + fwd.toString().trim());
        System.out.println("backward=" + back.toString().trim());
        // unlink middle
        DNode mid = first.next;
        mid.prev.next = mid.next;
        mid.next.prev = mid.prev;
        fwd.setLength(0);
        for (DNode n = first; n != null; n = n.next) fwd.append(n.v).append(' ');
        System.out.println("after unlink=" + fwd.toString().trim());
    }
}
