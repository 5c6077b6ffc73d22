public class BasicClasses {
    static class Point {
        int x;
        int y;
        Point(int x, int y) { this.x = x; this.y = y; }
        Point() { this(0, 0); }
        int manhattan() { return Math.abs(x) + Math.abs(y); }
        Point plus(Point o) { return new Point(x + o.x, y + o.y); }
        void scale(int k) { x *= k; y *= k; }
        String show() { return "(" + x + "," + y + ")"; }
    }

    static class Counter {
        private int count;
        private final String name;
        Counter(String name) { this.name = name; }
        Counter inc() { count++; return this; }
        Counter add(int n) { count += n; return this; }
        int get() { return count; }
        String name() { return name; }
    }

    static class Account {
        private long balance;
        private int transactions;
        boolean withdraw(long amount) {
            if (amount > balance) return false;
            balance -= amount;
            transactions++;
            return true;
        }
        void deposit(long amount) { balance += amount; transactions++; }
        long balance() { return balance; }
        int transactions() { return transactions; }
    }

    public static void main(String[] args) {
        Point p = new Point(3, -4);
        System.out.println("p.x=" + p.x);
        System.out.println("p.y=" + p.y);
        System.out.println("p.manhattan=" + p.manhattan());
        Point origin = new Point();
        System.out.println("origin=" + origin.show());
        Point q = p.plus(new Point(10, 20));
        System.out.println("q=" + q.show());
        System.out.println("p unchanged=" + p.show());
        q.scale(3);
        System.out.println("q scaled=" + q.show());
        p.x = 100;
        System.out.println("p after field write=" + p.show());
        Point alias = p;
        alias.y = 7;
        System.out.println("p via alias=" + p.show());
        System.out.println("alias same=" + (alias == p));
        System.out.println("q same as p=" + (q == p));

        Counter c = new Counter("clicks");
        c.inc().inc().add(5).inc();
        System.out.println("counter " + c.name() + "=" + c.get());
        Counter c2 = new Counter("other");
        System.out.println("counter " + c2.name() + "=" + c2.get());
        for (int i = 0; i < 10; i++) c2.add(i);
        System.out.println("counter " + c2.name() + " after loop=" + c2.get());

        Account a = new Account();
        System.out.println("withdraw empty=" + a.withdraw(5));
        a.deposit(100);
        a.deposit(250);
        System.out.println("balance=" + a.balance());
        System.out.println("withdraw 300=" + a.withdraw(300));
        System.out.println("withdraw 100=" + a.withdraw(100));
        System.out.println("balance=" + a.balance());
        System.out.println("transactions=" + a.transactions());

        Point[] pts = new Point[5];
        for (int i = 0; i < pts.length; i++) pts[i] = new Point(i, i * i);
        int sum = 0;
        for (Point pt : pts) sum += pt.manhattan();
        System.out.println("sum manhattan=" + sum);
        for (int i = 0; i < pts.length; i++) System.out.println("pts[" + i + "]=" + pts[i].show());
    }
}
