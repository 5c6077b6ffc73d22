public class TimeAndIdentity {
    static class Plain {}
    static class WithHash {
        @Override public int hashCode() { return 12345; }
    }

    public static void main(String[] args) {
        long ms1 = System.currentTimeMillis();
        long ns1 = System.nanoTime();
        System.out.println("millis plausible (after 2020)=" + (ms1 > 1600000000000L));
        System.out.println("millis plausible (before 2200)=" + (ms1 < 7258118400000L));
        long acc = 0;
        for (int i = 0; i < 200000; i++) acc += i ^ (acc >>> 3);
        long ms2 = System.currentTimeMillis();
        long ns2 = System.nanoTime();
        System.out.println("work result=" + acc);
        System.out.println("millis monotone=" + (ms2 >= ms1));
        System.out.println("nanos monotone=" + (ns2 >= ns1));
        System.out.println("elapsed under 10s=" + (ms2 - ms1 < 10000));
        System.out.println("nanos elapsed under 10s=" + (ns2 - ns1 < 10_000_000_000L));
        long prev = System.nanoTime();
        boolean mono = true;
        for (int i = 0; i < 1000; i++) {
            long now = System.nanoTime();
            if (now < prev) mono = false;
            prev = now;
        }
        System.out.println("nanoTime 1000 calls monotone=" + mono);
        long prevMs = System.currentTimeMillis();
        boolean monoMs = true;
        for (int i = 0; i < 1000; i++) {
            long now = System.currentTimeMillis();
            if (now < prevMs) monoMs = false;
            prevMs = now;
        }
        System.out.println("currentTimeMillis 1000 calls non-decreasing=" + monoMs);

        Plain p = new Plain();
        int id1 = System.identityHashCode(p);
        Object[] garbage = new Object[1000];
        for (int i = 0; i < garbage.length; i++) garbage[i] = new int[i % 50];
        int id2 = System.identityHashCode(p);
        System.out.println("identityHashCode stable=" + (id1 == id2));
        System.out.println("identityHashCode == hashCode (no override)=" + (id1 == p.hashCode()));
        WithHash w = new WithHash();
        System.out.println("overridden hashCode=" + w.hashCode());
        System.out.println("identity stable for overridden=" + (System.identityHashCode(w) == System.identityHashCode(w)));
        System.out.println("identityHashCode(null)=" + System.identityHashCode(null));
        String s = "literal";
        System.out.println("string identity stable=" + (System.identityHashCode(s) == System.identityHashCode("literal")));
        Integer boxed = 100;
        System.out.println("cached Integer identity same=" + (System.identityHashCode(boxed) == System.identityHashCode(Integer.valueOf(100))));
        int[] arr = new int[4];
        System.out.println("array identity stable=" + (System.identityHashCode(arr) == arr.hashCode()));
        Plain[] ps = new Plain[100];
        int[] ids = new int[100];
        for (int i = 0; i < ps.length; i++) { ps[i] = new Plain(); ids[i] = System.identityHashCode(ps[i]); }
        boolean allStable = true;
        for (int i = 0; i < ps.length; i++) if (System.identityHashCode(ps[i]) != ids[i] || ps[i].hashCode() != ids[i]) allStable = false;
        System.out.println("100 objects stable=" + allStable);
        int same = 0;
        for (int i = 1; i < ids.length; i++) if (ids[i] == ids[i - 1]) same++;
        System.out.println("adjacent collisions small=" + (same < 10));
        System.out.println("lineSeparator is \\n=" + System.lineSeparator().equals("\n"));
    }
}
