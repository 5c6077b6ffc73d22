public class NullFields {
    static class Node {
        String name;
        Node child;
        Integer boxed;
        int[] arr;
        Node(String name) { this.name = name; }
    }

    static String safeName(Node n) {
        if (n == null) return "<no node>";
        if (n.name == null) return "<no name>";
        return n.name;
    }

    static int depth(Node n) {
        int d = 0;
        while (n != null) { d++; n = n.child; }
        return d;
    }

    static String describe(Object o) {
        return o == null ? "null-object" : "object:" + o;
    }

    public static void main(String[] args) {
        Node n = new Node(null);
        System.out.println("name null=" + (n.name == null));
        System.out.println("child null=" + (n.child == null));
        System.out.println("boxed null=" + (n.boxed == null));
        System.out.println("arr null=" + (n.arr == null));
        System.out.println("safeName(n)=" + safeName(n));
        System.out.println("safeName(null)=" + safeName(null));
        System.out.println("concat null name=" + "[" + n.name + "]");
        System.out.println("depth=" + depth(n));
        n.child = new Node("kid");
        n.child.child = new Node("grandkid");
        System.out.println("depth=" + depth(n));
        System.out.println("grandkid name=" + n.child.child.name);
        System.out.println("safeName(n.child.child.child)=" + safeName(n.child.child.child));
        n.child.child = null;
        System.out.println("depth after cut=" + depth(n));
        System.out.println("describe(null field)=" + describe(n.boxed));
        n.boxed = 5;
        System.out.println("describe(boxed)=" + describe(n.boxed));
        n.boxed = null;
        System.out.println("null == null field=" + (n.boxed == null));
        Object o = n.name;
        System.out.println("null instanceof String=" + (o instanceof String));
        String s = (String) o;
        System.out.println("cast null ok=" + (s == null));
        Node[] nodes = new Node[3];
        nodes[1] = new Node("one");
        int nonNull = 0;
        for (Node x : nodes) if (x != null) nonNull++;
        System.out.println("non-null nodes=" + nonNull);
        for (int i = 0; i < nodes.length; i++) System.out.println("nodes[" + i + "]=" + safeName(nodes[i]));
        String a = null, b = null;
        System.out.println("null==null=" + (a == b));
        System.out.println("null + null=" + a + b);
        StringBuilder sb = new StringBuilder();
        sb.append(a).append((Object) null).append(new char[] { 'x' });
        System.out.println("sb with nulls=" + sb);
        System.out.println("String.valueOf(null obj)=" + String.valueOf((Object) null));
        Node t = n.child != null ? n.child : n;
        System.out.println("ternary=" + t.name);
        n.name = "root";
        n.child.name = null;
        System.out.println("after swap names: root=" + safeName(n) + " child=" + safeName(n.child));
        Object[] objs = { null, "x", null };
        StringBuilder res = new StringBuilder();
        for (Object x : objs) res.append(x == null ? "N" : "V");
        System.out.println("pattern=" + res);
    }
}
