import java.util.*;

/** Huffman coding: frequency table, tree built with a priority queue (deterministic tie-breaking), codes, encoding and decoding. */
public class HuffmanCoding {
    abstract static class Node implements Comparable<Node> {
        final long freq; final int order;
        Node(long f, int o) { freq = f; order = o; }
        public int compareTo(Node o) { return freq != o.freq ? Long.compare(freq, o.freq) : Integer.compare(order, o.order); }
    }
    static final class Leaf extends Node { final char ch; Leaf(char c, long f, int o) { super(f, o); ch = c; } }
    static final class Branch extends Node { final Node left, right; Branch(Node l, Node r, int o) { super(l.freq + r.freq, o); left = l; right = r; } }

    static void codes(Node n, String prefix, Map<Character, String> out) {
        if (n instanceof Leaf l) out.put(l.ch, prefix.isEmpty() ? "0" : prefix);
        else { Branch b = (Branch) n; codes(b.left, prefix + "0", out); codes(b.right, prefix + "1", out); }
    }

    static String decode(Node root, String bits) {
        StringBuilder sb = new StringBuilder();
        Node n = root;
        for (int i = 0; i < bits.length(); i++) {
            n = bits.charAt(i) == '0' ? ((Branch) n).left : ((Branch) n).right;
            if (n instanceof Leaf l) { sb.append(l.ch); n = root; }
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        String text = "this is an example of a huffman tree built from a fairly ordinary english sentence, nothing more";
        TreeMap<Character, Long> freq = new TreeMap<>();
        for (char c : text.toCharArray()) freq.merge(c, 1L, Long::sum);
        PriorityQueue<Node> pq = new PriorityQueue<>();
        int order = 0;
        for (Map.Entry<Character, Long> e : freq.entrySet()) pq.add(new Leaf(e.getKey(), e.getValue(), order++));
        while (pq.size() > 1) pq.add(new Branch(pq.poll(), pq.poll(), order++));
        Node root = pq.poll();
        Map<Character, String> table = new TreeMap<>();
        codes(root, "", table);
        table.forEach((c, code) -> System.out.println("'" + c + "' x" + freq.get(c) + " -> " + code));
        StringBuilder bits = new StringBuilder();
        for (char c : text.toCharArray()) bits.append(table.get(c));
        System.out.println("bits " + bits.length() + " vs " + text.length() * 8 + " ratio " + String.format("%.4f", bits.length() / (text.length() * 8.0)));
        System.out.println("first 64 bits " + bits.substring(0, 64));
        String back = decode(root, bits.toString());
        System.out.println("decoded equal " + back.equals(text));
        byte[] packed = new byte[(bits.length() + 7) / 8];
        for (int i = 0; i < bits.length(); i++) if (bits.charAt(i) == '1') packed[i / 8] |= (byte) (0x80 >>> (i % 8));
        System.out.println("packed " + packed.length + " bytes, head " + Arrays.toString(Arrays.copyOf(packed, 8)) + " checksum " + Arrays.hashCode(packed));
        double entropy = 0;
        for (long f : freq.values()) { double p = (double) f / text.length(); entropy -= p * Math.log(p) / Math.log(2); }
        System.out.println("entropy bits/char " + String.format("%.3f", entropy) + " achieved " + String.format("%.3f", (double) bits.length() / text.length()));
    }
}
