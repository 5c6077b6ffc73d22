public class HeapAndQueue {
    // array-backed binary min-heap of longs with growth
    static long[] heap = new long[4];
    static int heapSize = 0;

    static void push(long v) {
        if (heapSize == heap.length) {
            long[] bigger = new long[heap.length * 2];
            System.arraycopy(heap, 0, bigger, 0, heapSize);
            heap = bigger;
        }
        int i = heapSize++;
        heap[i] = v;
        while (i > 0) {
            int p = (i - 1) / 2;
            if (heap[p] <= heap[i]) break;
            long t = heap[p]; heap[p] = heap[i]; heap[i] = t;
            i = p;
        }
    }

    static long pop() {
        long top = heap[0];
        heap[0] = heap[--heapSize];
        int i = 0;
        while (true) {
            int l = 2 * i + 1, r = l + 1, m = i;
            if (l < heapSize && heap[l] < heap[m]) m = l;
            if (r < heapSize && heap[r] < heap[m]) m = r;
            if (m == i) break;
            long t = heap[m]; heap[m] = heap[i]; heap[i] = t;
            i = m;
        }
        return top;
    }

    // ring buffer of Strings
    static class Ring {
        final String[] buf;
        int head, tail, size;
        Ring(int cap) { buf = new String[cap]; }
        boolean offer(String s) {
            if (size == buf.length) return false;
            buf[tail] = s;
            tail = (tail + 1) % buf.length;
            size++;
            return true;
        }
        String poll() {
            if (size == 0) return null;
            String s = buf[head];
            buf[head] = null;
            head = (head + 1) % buf.length;
            size--;
            return s;
        }
    }

    public static void main(String[] args) {
        long x = 7;
        for (int i = 0; i < 50; i++) {
            x = (x * 6364136223846793005L + 1442695040888963407L);
            push((x >>> 40) % 1000 - 500);
        }
        System.out.println("heap size " + heapSize + ", capacity " + heap.length);
        StringBuilder sb = new StringBuilder();
        long prev = Long.MIN_VALUE;
        boolean ordered = true;
        while (heapSize > 0) {
            long v = pop();
            if (v < prev) ordered = false;
            prev = v;
            sb.append(v).append(' ');
        }
        System.out.println("popped in order: " + ordered);
        System.out.println(sb);
        // k smallest via heap
        for (long v : new long[]{9, 4, 7, 1, 8, 2, 6, 3, 5, 0}) push(v);
        System.out.println("three smallest: " + pop() + " " + pop() + " " + pop() + ", remaining " + heapSize);
        Ring ring = new Ring(3);
        sb.setLength(0);
        String[] ops = {"+a", "+b", "+c", "+d", "-", "+e", "-", "-", "-", "-", "+f", "-"};
        for (String op : ops) {
            if (op.charAt(0) == '+') sb.append(ring.offer(op.substring(1)) ? "ok " : "full ");
            else sb.append(ring.poll()).append(' ');
        }
        System.out.println("ring ops: " + sb + "| size " + ring.size + " head " + ring.head + " tail " + ring.tail);
        // array-based stack with growth for balanced brackets
        String[] inputs = {"([]{()})", "([)]", "((()", "", "}{", "{[()()]}[]"};
        for (String in : inputs) {
            char[] stack = new char[1];
            int sp = 0;
            boolean ok = true;
            for (int i = 0; i < in.length() && ok; i++) {
                char c = in.charAt(i);
                if (c == '(' || c == '[' || c == '{') {
                    if (sp == stack.length) stack = java.util.Arrays.copyOf(stack, stack.length * 2);
                    stack[sp++] = c;
                } else {
                    char open = c == ')' ? '(' : c == ']' ? '[' : '{';
                    if (sp == 0 || stack[--sp] != open) ok = false;
                }
            }
            System.out.println("balanced(\"" + in + "\") = " + (ok && sp == 0) + " (stack capacity " + stack.length + ")");
        }
        // BFS on a grid using an int[] queue
        String[] maze = {
                "S.#.....",
                ".##.###.",
                "....#...",
                "#.#...#E"};
        int rows = maze.length, cols = maze[0].length();
        int[] dist = new int[rows * cols];
        java.util.Arrays.fill(dist, -1);
        int[] queue = new int[rows * cols];
        int qh = 0, qt = 0;
        queue[qt++] = 0;
        dist[0] = 0;
        int[] dr = {1, -1, 0, 0}, dc = {0, 0, 1, -1};
        int end = -1;
        while (qh < qt) {
            int cur = queue[qh++];
            int r = cur / cols, c = cur % cols;
            if (maze[r].charAt(c) == 'E') { end = cur; break; }
            for (int d = 0; d < 4; d++) {
                int nr = r + dr[d], nc = c + dc[d];
                if (nr < 0 || nc < 0 || nr >= rows || nc >= cols) continue;
                if (maze[nr].charAt(nc) == '#' || dist[nr * cols + nc] >= 0) continue;
                dist[nr * cols + nc] = dist[cur] + 1;
                queue[qt++] = nr * cols + nc;
            }
        }
        System.out.println("BFS shortest path length = " + (end < 0 ? -1 : dist[end]) + ", cells visited " + qh);
    }
}
