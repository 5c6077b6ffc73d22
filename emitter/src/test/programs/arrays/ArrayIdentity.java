public class ArrayIdentity {
    static int[] shared = {1, 2, 3};

    static void mutate(int[] a) { a[0] = -a[0]; }
    static void reassign(int[] a) { a = new int[]{99}; a[0]++; }
    static int[] same(int[] a) { return a; }

    public static void main(String[] args) {
        int[] a = {1, 2, 3};
        int[] b = {1, 2, 3};
        int[] c = a;
        System.out.println("a == b: " + (a == b) + ", a == c: " + (a == c) + ", a.equals(b): " + a.equals(b) + ", a.equals(c): " + a.equals(c));
        System.out.println("java.util.Arrays.equals(a, b): " + java.util.Arrays.equals(a, b));
        mutate(a);
        System.out.println("after mutate(a): a[0] = " + a[0] + ", c[0] = " + c[0] + ", b[0] = " + b[0]);
        reassign(a);
        System.out.println("after reassign(a): a[0] = " + a[0] + ", length " + a.length);
        System.out.println("same(a) == a: " + (same(a) == a));
        // arrays stored in fields and other arrays share identity
        int[][] holder = {shared, shared};
        holder[0][1] = 20;
        System.out.println("shared[1] via holder = " + shared[1] + ", holder rows identical: " + (holder[0] == holder[1]));
        Object o = shared;
        System.out.println("Object ref equals array: " + (o == shared) + ", o.equals(shared): " + o.equals(shared));
        // hashCode consistency (values are not printed; identity hashes vary between runs)
        System.out.println("hashCode stable: " + (a.hashCode() == a.hashCode()) + ", equals reflexive: " + a.equals(a));
        // toString of an array starts with its type descriptor
        String s = a.toString();
        System.out.println("toString prefix: " + s.substring(0, s.indexOf('@') + 1));
        String s2 = new String[0][0].toString();
        System.out.println("2D String toString prefix: " + s2.substring(0, s2.indexOf('@') + 1));
        // arrays as Object in equality-sensitive search
        Object[] pool = {new int[]{1}, a, b, "x"};
        int foundAt = -1;
        for (int i = 0; i < pool.length; i++) if (pool[i] == b) foundAt = i;
        System.out.println("identity search for b -> index " + foundAt);
        int equalContent = 0;
        for (Object p : pool) if (p instanceof int[] && java.util.Arrays.equals((int[]) p, new int[]{1, 2, 3})) equalContent++;
        System.out.println("pool entries equal in content to {1,2,3}: " + equalContent);
        // new arrays are always distinct, even empty ones
        int[] e1 = new int[0], e2 = new int[0];
        System.out.println("empty arrays distinct: " + (e1 != e2));
        // final array reference, mutable contents
        final long[] fin = new long[2];
        fin[1] = 5;
        System.out.println("final array contents mutable: " + fin[1]);
        // swapping references
        int[] x = {1}, y = {2};
        int[] t = x; x = y; y = t;
        System.out.println("after swap x[0] = " + x[0] + ", y[0] = " + y[0]);
        // getClass identity for array types
        System.out.println("int[] class names same: " + new int[1].getClass().getName().equals(new int[5].getClass().getName())
                + ", int[] vs long[]: " + new int[0].getClass().getName().equals(new long[0].getClass().getName())
                + ", String[] vs Object[]: " + new String[0].getClass().getName().equals(new Object[0].getClass().getName()));
    }
}
