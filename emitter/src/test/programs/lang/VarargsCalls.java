import java.util.Arrays;

public class VarargsCalls {
    static String count(Object... xs) {
        return xs == null ? "null array" : xs.length + ":" + Arrays.toString(xs);
    }

    static String ints(int... xs) {
        int s = 0;
        for (int x : xs) s += x;
        return xs.length + " ints sum " + s;
    }

    static String pick(String a) { return "one(" + a + ")"; }
    static String pick(String a, String... rest) { return "var(" + a + "+" + rest.length + ")"; }
    static String pick(int a, long b) { return "int,long"; }
    static String pick(int... a) { return "int..." + a.length; }

    static String fmt(String f, Object... args) {
        return String.format(f, args);
    }

    static <T> T first(T... xs) { return xs.length == 0 ? null : xs[0]; }

    static long product(long first, long... rest) {
        long p = first;
        for (long r : rest) p *= r;
        return p;
    }

    static class Builder {
        final StringBuilder sb = new StringBuilder();
        Builder add(String... parts) {
            for (String p : parts) sb.append(p).append('|');
            return this;
        }
    }

    public static void main(String[] args) {
        System.out.println(count());
        System.out.println(count(1));
        System.out.println(count(1, "two", 3.0));
        System.out.println(count((Object[]) null));
        System.out.println(count((Object) null));
        System.out.println(count(new Object[] {"a", "b"}));
        System.out.println(count((Object) new Object[] {"a", "b"}).startsWith("1:"));
        System.out.println(count(new String[] {"s1", "s2"}));
        System.out.println(ints());
        System.out.println(ints(5));
        System.out.println(ints(1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
        System.out.println(ints(new int[] {7, 7}));
        System.out.println(pick("a"));
        System.out.println(pick("a", "b"));
        System.out.println(pick("a", "b", "c"));
        System.out.println(pick(1, 2));
        System.out.println(pick(1, 2, 3));
        System.out.println(pick());
        System.out.println(fmt("%s-%s-%d", "x", "y", 3));
        System.out.println(fmt("no args"));
        System.out.println(first("q", "r") + " " + first() + " " + first(1, 2).getClass().getSimpleName());
        System.out.println(product(3) + " " + product(2, 3, 4) + " " + product(-1, 5, 5, 5));
        System.out.println(new Builder().add("a").add().add("b", "c").sb);
        System.out.println(Arrays.asList(1, 2, 3) + " " + Arrays.asList().size() + " " + Arrays.asList(new int[] {1, 2}).size());
        System.out.println(String.join("/", "a", "b", "c"));
        Object[] nested = {new int[] {1}, new String[] {"z"}};
        System.out.println(Arrays.deepToString(nested));
    }
}
