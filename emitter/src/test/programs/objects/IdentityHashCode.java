public class IdentityHashCode {
    static class Plain { int v; Plain(int v) { this.v = v; } }
    static class Overridden {
        int v;
        Overridden(int v) { this.v = v; }
        @Override public int hashCode() { return v * 1000; }
    }
    static class SuperCaller {
        @Override public int hashCode() { return super.hashCode(); }
    }

    public static void main(String[] args) {
        Plain a = new Plain(1);
        Plain b = new Plain(1);
        System.out.println("a.hashCode stable=" + (a.hashCode() == a.hashCode()));
        int h1 = a.hashCode();
        for (int i = 0; i < 1000; i++) new Plain(i);
        System.out.println("a.hashCode stable after allocations=" + (a.hashCode() == h1));
        a.v = 999;
        System.out.println("a.hashCode stable after field write=" + (a.hashCode() == h1));
        System.out.println("identityHashCode(a)==a.hashCode()=" + (System.identityHashCode(a) == a.hashCode()));
        System.out.println("identityHashCode(b)==b.hashCode()=" + (System.identityHashCode(b) == b.hashCode()));
        System.out.println("identityHashCode(a) stable=" + (System.identityHashCode(a) == System.identityHashCode(a)));
        System.out.println("a.equals(b)=" + a.equals(b) + " a.equals(a)=" + a.equals(a));
        Object o = a;
        System.out.println("via Object ref same=" + (o.hashCode() == h1));

        Overridden x = new Overridden(7);
        System.out.println("overridden hashCode=" + x.hashCode());
        System.out.println("overridden identity stable=" + (System.identityHashCode(x) == System.identityHashCode(x)));
        int idx = System.identityHashCode(x);
        x.v = 8;
        System.out.println("overridden hashCode after change=" + x.hashCode());
        System.out.println("identity unaffected by override change=" + (System.identityHashCode(x) == idx));
        System.out.println("identityHashCode(null)=" + System.identityHashCode(null));
        SuperCaller sc = new SuperCaller();
        System.out.println("super.hashCode()==identity=" + (sc.hashCode() == System.identityHashCode(sc)));

        Plain[] many = new Plain[200];
        int[] hashes = new int[many.length];
        for (int i = 0; i < many.length; i++) { many[i] = new Plain(i); hashes[i] = many[i].hashCode(); }
        boolean allStable = true;
        for (int round = 0; round < 3; round++)
            for (int i = 0; i < many.length; i++)
                if (many[i].hashCode() != hashes[i] || System.identityHashCode(many[i]) != hashes[i]) allStable = false;
        System.out.println("200 objects stable=" + allStable);
        int distinct = 0;
        for (int i = 0; i < hashes.length; i++) {
            boolean dup = false;
            for (int j = 0; j < i; j++) if (hashes[j] == hashes[i]) { dup = true; break; }
            if (!dup) distinct++;
        }
        System.out.println("mostly distinct=" + (distinct > 150));
        String s1 = new String("abc");
        String s2 = new String("abc");
        System.out.println("string hash equal=" + (s1.hashCode() == s2.hashCode()));
        System.out.println("string hash value=" + s1.hashCode());
        System.out.println("string identity stable=" + (System.identityHashCode(s1) == System.identityHashCode(s1)));
        Integer i1 = 12345;
        System.out.println("Integer hashCode=" + i1.hashCode());
        Object arr = new int[3];
        System.out.println("array hash stable=" + (arr.hashCode() == arr.hashCode()) + " identity=" + (arr.hashCode() == System.identityHashCode(arr)));
        System.out.println("Boolean hashes=" + Boolean.TRUE.hashCode() + " " + Boolean.FALSE.hashCode());
        System.out.println("Character hash=" + Character.valueOf('A').hashCode());
        System.out.println("Long hash=" + Long.valueOf(1L << 33).hashCode());
    }
}
