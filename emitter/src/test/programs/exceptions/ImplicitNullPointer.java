public class ImplicitNullPointer {
    static class Node { int value; Node next; String name; int get() { return value; } }
    static Node nullNode() { return null; }
    static int[] nullArray() { return null; }
    static Integer nullInteger() { return null; }
    static String nullString() { return null; }

    static String run(int k) {
        try {
            switch (k) {
                case 0: return "field read " + nullNode().value;
                case 1: { Node n = nullNode(); n.value = 5; return "field write"; }
                case 2: return "method call " + nullNode().get();
                case 3: return "array load " + nullArray()[0];
                case 4: { int[] a = nullArray(); a[1] = 2; return "array store"; }
                case 5: return "array length " + nullArray().length;
                case 6: { RuntimeException e = null; throw e; }
                case 7: { int x = nullInteger(); return "unbox int " + x; }
                case 8: { long x = (Long) null; return "unbox long " + x; }
                case 9: { Boolean b = null; if (b) return "x"; return "unbox boolean"; }
                case 10: return "string method " + nullString().length();
                case 11: { Object o = null; synchronized (o) { return "sync"; } }
                case 12: { Node n = new Node(); return "chained " + n.next.next.value; }
                case 13: { Integer a = nullInteger(); Integer b = 5; return "arith " + (a + b); }
                case 14: { Object[] arr = null; for (Object o : arr) { return "iter"; } return "none"; }
                case 15: { String s = nullString(); switch (s) { case "a": return "a"; default: return "d"; } }
                case 16: { Double d = null; double dd = d * 2; return "unbox double " + dd; }
                case 17: { Character c = null; char ch = c; return "unbox char " + ch; }
                case 18: { int[][] m = new int[2][]; return "2d " + m[1][0]; }
                case 19: { Node n = nullNode(); return "toString " + n.toString(); }
                case 20: { Object o = nullNode(); return "hashCode " + o.hashCode(); }
                case 21: { Node n = nullNode(); n.name += "x"; return "compound"; }
                default: return "no case";
            }
        } catch (NullPointerException e) {
            return "case " + k + ": " + e.getClass().getName();
        }
    }

    public static void main(String[] args) {
        for (int k = 0; k <= 22; k++) System.out.println(run(k));
        Node n = new Node();
        n.name = null;
        System.out.println("concat with null field ok: " + n.name + "!");
        String s = null;
        System.out.println("string concat null ok: " + s);
        System.out.println("null instanceof=" + (s instanceof String));
        int survived = 0;
        Node[] nodes = { new Node(), null, new Node(), null, null };
        for (Node x : nodes) {
            try {
                x.value++;
                survived++;
            } catch (NullPointerException e) {
                survived += 100;
            }
        }
        System.out.println("survived=" + survived);
        try {
            throw new NullPointerException("custom npe message");
        } catch (NullPointerException e) {
            System.out.println("explicit NPE message=" + e.getMessage());
        }
    }
}
