import java.util.ArrayList;
import java.util.List;
import java.util.Map;

public class PatternInstanceof {
    record Pair(Object a, Object b) { }

    static String describe(Object o) {
        if (o instanceof Integer i && i > 100) return "big int " + i;
        if (o instanceof Integer i) return "int " + (i + 1);
        if (o instanceof Long l) return "long " + Long.toHexString(l);
        if (o instanceof String s && !s.isEmpty()) return "string of " + s.length() + " starting " + s.charAt(0);
        if (o instanceof String) return "empty string";
        if (o instanceof int[] arr) return "int array " + arr.length;
        if (o instanceof Object[] arr && arr.length > 0 && arr[0] instanceof String first) return "object array starting " + first;
        if (o instanceof List<?> list) return "list size " + list.size();
        if (o instanceof Map<?, ?> m) return "map size " + m.size();
        if (o instanceof Pair p && p.a() instanceof Number n && p.b() instanceof Number k) return "numeric pair " + (n.doubleValue() + k.doubleValue());
        if (o instanceof Pair p) return "pair " + p.a() + "," + p.b();
        if (o instanceof CharSequence cs) return "charseq " + cs.length();
        if (!(o instanceof Number n)) return "other " + (o == null ? "null" : o.getClass().getSimpleName());
        return "number " + n.intValue();
    }

    static int sumAll(Object o) {
        if (!(o instanceof Iterable<?> it)) {
            return o instanceof Integer i ? i : 0;
        }
        int s = 0;
        for (Object e : it) s += sumAll(e);
        return s;
    }

    public static void main(String[] args) {
        List<Object> xs = new ArrayList<>();
        xs.add(5);
        xs.add(500);
        xs.add(255L);
        xs.add("hello");
        xs.add("");
        xs.add(new int[3]);
        xs.add(new String[] {"first", "second"});
        xs.add(new Object[] {1});
        xs.add(List.of(1, 2));
        xs.add(Map.of("k", "v"));
        xs.add(new Pair(1, 2.5));
        xs.add(new Pair("a", 2));
        xs.add(new StringBuilder("sb"));
        xs.add(3.75);
        xs.add(null);
        xs.add(true);
        for (Object o : xs) System.out.println(describe(o));
        System.out.println("sumAll " + sumAll(List.of(1, List.of(2, 3, List.of(4)), "x", 5)));
        Object o = "scoped";
        if (!(o instanceof String s)) {
            throw new IllegalStateException();
        }
        System.out.println("flow scoping " + s.toUpperCase());
        int count = 0;
        for (Object e : xs) {
            if (e instanceof Number n && n.intValue() % 5 == 0) count++;
        }
        System.out.println("multiples of 5: " + count);
    }
}
