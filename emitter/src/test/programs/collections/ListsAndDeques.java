import java.util.*;

public class ListsAndDeques {
    public static void main(String[] args) {
        List<Integer> al = new ArrayList<>();
        for (int i = 0; i < 20; i++) al.add(i * 7 % 11);
        System.out.println("arraylist " + al);
        al.add(3, -1);
        al.set(0, 100);
        al.remove(Integer.valueOf(5));
        al.remove(al.size() - 1);
        System.out.println("modified " + al + " size " + al.size());
        System.out.println("indexOf " + al.indexOf(3) + " last " + al.lastIndexOf(3) + " contains " + al.contains(10) + " " + al.contains(42));
        System.out.println("subList " + al.subList(2, 6));
        al.subList(0, 3).clear();
        System.out.println("after subList clear " + al);
        al.removeIf(x -> x % 2 == 0);
        System.out.println("removeIf evens " + al);
        al.replaceAll(x -> x * 10);
        System.out.println("replaceAll " + al);
        Collections.sort(al);
        System.out.println("sorted " + al + " binarySearch 70 " + Collections.binarySearch(al, 70) + " 55 " + Collections.binarySearch(al, 55));
        LinkedList<String> ll = new LinkedList<>(List.of("b", "c"));
        ll.addFirst("a");
        ll.addLast("d");
        ll.add(2, "bc");
        System.out.println("linkedlist " + ll + " first " + ll.getFirst() + " last " + ll.getLast() + " peek " + ll.peek());
        System.out.println("poll " + ll.poll() + " pollLast " + ll.pollLast() + " pop " + ll.pop() + " now " + ll);
        ll.push("z");
        ll.offer("y");
        ListIterator<String> it = ll.listIterator();
        while (it.hasNext()) {
            String s = it.next();
            if (s.equals("bc")) it.set("BC");
            if (s.equals("c")) it.add("c2");
        }
        System.out.println("listIterator edits " + ll);
        while (it.hasPrevious()) System.out.print(it.previous() + "<");
        System.out.println();
        Iterator<String> desc = ll.descendingIterator();
        StringBuilder sb = new StringBuilder();
        while (desc.hasNext()) sb.append(desc.next());
        System.out.println("descending " + sb);
        ArrayDeque<Integer> dq = new ArrayDeque<>();
        for (int i = 0; i < 10; i++) {
            if (i % 3 == 0) dq.offerFirst(i); else dq.offerLast(i);
        }
        System.out.println("deque " + dq + " peekFirst " + dq.peekFirst() + " peekLast " + dq.peekLast());
        System.out.println("pollFirst " + dq.pollFirst() + " pollLast " + dq.pollLast() + " " + dq);
        dq.removeFirstOccurrence(4);
        dq.removeLastOccurrence(3);
        System.out.println("removed occurrences " + dq);
        Deque<Character> stack = new ArrayDeque<>();
        String expr = "{[()()]}([)]";
        int balancedUpTo = -1;
        for (int i = 0; i < expr.length(); i++) {
            char c = expr.charAt(i);
            if ("([{".indexOf(c) >= 0) stack.push(c);
            else {
                char open = stack.isEmpty() ? '?' : stack.pop();
                if ("([{".indexOf(open) != ")]}".indexOf(c)) { balancedUpTo = i; break; }
            }
        }
        System.out.println("bracket mismatch at " + balancedUpTo);
        try {
            new ArrayDeque<String>().removeFirst();
        } catch (NoSuchElementException e) {
            System.out.println("empty deque removeFirst: NoSuchElementException");
        }
        try {
            new ArrayDeque<String>().addFirst(null);
        } catch (NullPointerException e) {
            System.out.println("ArrayDeque rejects null");
        }
        try {
            al.get(100);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
        List<String> fixed = Arrays.asList("x", "y", "z");
        fixed.set(1, "Y");
        try {
            fixed.add("w");
        } catch (UnsupportedOperationException e) {
            System.out.println("Arrays.asList add: UOE " + fixed);
        }
        List<Integer> imm = List.of(1, 2, 3);
        try {
            imm.set(0, 5);
        } catch (UnsupportedOperationException e) {
            System.out.println("List.of set: UOE");
        }
        try {
            List.of(1, null);
        } catch (NullPointerException e) {
            System.out.println("List.of null: NPE");
        }
        Vector<Integer> v = new Vector<>(List.of(3, 1, 2));
        Stack<Integer> st = new Stack<>();
        st.push(1); st.push(2); st.push(3);
        System.out.println("vector " + v + " stack " + st + " pop " + st.pop() + " peek " + st.peek() + " search " + st.search(1));
        System.out.println("equals across lists " + new ArrayList<>(List.of(1, 2)).equals(new LinkedList<>(List.of(1, 2))) + " hash " + List.of(1, 2).hashCode());
    }
}
