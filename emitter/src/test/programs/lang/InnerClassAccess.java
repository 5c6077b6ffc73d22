import java.util.*;

public class InnerClassAccess {
    private int secret = 42;
    private static String sSecret = "static-secret";
    private int bump() { return ++secret; }

    class Spy {
        int peek() { return secret; }
        int poke() { secret *= 2; return bump(); }
        String both() { return sSecret + "/" + secret; }
    }

    static class Nested {
        int read(InnerClassAccess o) { return o.secret + o.bump(); }
        private int hidden = 7;
    }

    interface Counter { int next(); }

    Counter counter(int step) {
        return new Counter() {
            private int n = secret;
            public int next() { n += step; return n; }
        };
    }

    class Outer2 {
        int v = 1;
        class Mid {
            int v = 2;
            class In {
                int v = 3;
                String all() { return v + "," + this.v + "," + Mid.this.v + "," + Outer2.this.v + "," + InnerClassAccess.this.secret; }
            }
        }
    }

    static class Generic<T> {
        final List<T> items = new ArrayList<>();
        class Cursor {
            int pos;
            T current() { return items.get(pos); }
            boolean advance() { return ++pos < items.size(); }
        }
    }

    public static void main(String[] args) {
        InnerClassAccess o = new InnerClassAccess();
        Spy spy = o.new Spy();
        System.out.println("peek " + spy.peek() + " poke " + spy.poke() + " both " + spy.both());
        Nested n = new Nested();
        System.out.println("nested read " + n.read(o) + " hidden " + n.hidden + " now " + o.secret);
        Counter c = o.counter(5);
        o.secret = 0;
        System.out.println("counter " + c.next() + " " + c.next());
        InnerClassAccess.Outer2.Mid.In in = o.new Outer2().new Mid().new In();
        System.out.println("shadowing " + in.all());
        Generic<String> g = new Generic<>();
        g.items.addAll(List.of("x", "y", "z"));
        Generic<String>.Cursor cur = g.new Cursor();
        StringBuilder sb = new StringBuilder();
        do sb.append(cur.current()); while (cur.advance());
        System.out.println("generic inner " + sb);
        sSecret = "changed";
        System.out.println("static via inner " + spy.both());
    }
}
