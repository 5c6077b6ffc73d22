import java.util.*;

public class DequeAlgorithms {
    static int[] slidingMax(int[] a, int k) {
        int[] out = new int[a.length - k + 1];
        Deque<Integer> dq = new ArrayDeque<>();
        for (int i = 0; i < a.length; i++) {
            while (!dq.isEmpty() && dq.peekFirst() <= i - k) dq.pollFirst();
            while (!dq.isEmpty() && a[dq.peekLast()] <= a[i]) dq.pollLast();
            dq.addLast(i);
            if (i >= k - 1) out[i - k + 1] = a[dq.peekFirst()];
        }
        return out;
    }
    static long evalRpn(String expr) {
        Deque<Long> st = new ArrayDeque<>();
        for (String t : expr.split(" ")) {
            switch (t) {
                case "+" -> st.push(st.pop() + st.pop());
                case "*" -> st.push(st.pop() * st.pop());
                case "-" -> { long b = st.pop(); st.push(st.pop() - b); }
                case "/" -> { long b = st.pop(); st.push(st.pop() / b); }
                default -> st.push(Long.parseLong(t));
            }
        }
        return st.pop();
    }
    static String toRpn(String infix) {
        StringBuilder out = new StringBuilder();
        Deque<Character> ops = new ArrayDeque<>();
        Map<Character, Integer> prec = Map.of('+', 1, '-', 1, '*', 2, '/', 2);
        for (int i = 0; i < infix.length(); i++) {
            char c = infix.charAt(i);
            if (Character.isDigit(c)) {
                int j = i;
                while (j < infix.length() && Character.isDigit(infix.charAt(j))) j++;
                out.append(infix, i, j).append(' ');
                i = j - 1;
            } else if (c == '(') ops.push(c);
            else if (c == ')') { while (ops.peek() != '(') out.append(ops.pop()).append(' '); ops.pop(); }
            else if (prec.containsKey(c)) {
                while (!ops.isEmpty() && ops.peek() != '(' && prec.get(ops.peek()) >= prec.get(c)) out.append(ops.pop()).append(' ');
                ops.push(c);
            }
        }
        while (!ops.isEmpty()) out.append(ops.pop()).append(' ');
        return out.toString().trim();
    }
    static boolean palindrome(String s) {
        Deque<Character> d = new ArrayDeque<>();
        for (char c : s.toLowerCase().toCharArray()) if (Character.isLetterOrDigit(c)) d.add(c);
        while (d.size() > 1) if (!d.pollFirst().equals(d.pollLast())) return false;
        return true;
    }
    public static void main(String[] args) {
        int[] a = {1, 3, -1, -3, 5, 3, 6, 7, 2, 2, 9, 0};
        System.out.println("sliding max k=3 " + Arrays.toString(slidingMax(a, 3)) + " k=5 " + Arrays.toString(slidingMax(a, 5)));
        for (String e : new String[] {"3+4*2", "(1+2)*(3+4)", "100/(5-3)/5", "2*(3+(4-1))*5-7"}) {
            String rpn = toRpn(e);
            System.out.println(e + " -> " + rpn + " = " + evalRpn(rpn));
        }
        for (String p : new String[] {"A man, a plan, a canal: Panama", "race a car", "", "No 'x' in Nixon"}) System.out.println("palindrome '" + p + "' " + palindrome(p));
        ArrayDeque<Integer> ring = new ArrayDeque<>();
        for (int i = 1; i <= 10; i++) ring.add(i);
        StringBuilder order = new StringBuilder();
        while (ring.size() > 1) { for (int k = 0; k < 2; k++) ring.addLast(ring.pollFirst()); order.append(ring.pollFirst()).append(' '); }
        System.out.println("josephus elimination " + order + "survivor " + ring.peek());
        Iterator<Integer> desc = new ArrayDeque<>(List.of(1, 2, 3)).descendingIterator();
        StringBuilder ds = new StringBuilder();
        desc.forEachRemaining(ds::append);
        System.out.println("descending " + ds);
    }
}
