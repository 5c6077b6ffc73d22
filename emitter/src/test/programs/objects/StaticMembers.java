public class StaticMembers {
    static class Widget {
        static int created;
        static int live;
        static final int LIMIT = 3;
        static long totalSerial;
        static String lastName = "none";
        final int serial;
        final String name;
        Widget(String name) {
            created++;
            live++;
            serial = created;
            totalSerial += serial;
            this.name = name;
            lastName = name;
        }
        void dispose() { live--; }
        static boolean canCreate() { return live < LIMIT; }
        static Widget create(String n) { return canCreate() ? new Widget(n) : null; }
        static String stats() { return "created=" + created + " live=" + live + " total=" + totalSerial + " last=" + lastName; }
    }

    static int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
    static int gcd(int a, int b) { return b == 0 ? a : gcd(b, a % b); }
    static boolean isEven(int n) { return n == 0 || isOdd(n - 1); }
    static boolean isOdd(int n) { return n != 0 && isEven(n - 1); }

    static byte sb = 1;
    static short ss = 2;
    static char sc = 'a';
    static int si = 3;
    static long sl = 4;
    static float sf = 5.5f;
    static double sd = 6.25;
    static boolean sz;

    public static void main(String[] args) {
        System.out.println(Widget.stats());
        Widget a = Widget.create("a");
        Widget b = Widget.create("b");
        Widget c = Widget.create("c");
        Widget d = Widget.create("d");
        System.out.println("d null=" + (d == null));
        System.out.println(Widget.stats());
        b.dispose();
        Widget e = Widget.create("e");
        System.out.println("e serial=" + e.serial + " a serial=" + a.serial + " c name=" + c.name);
        System.out.println(Widget.stats());
        Widget.created = 100;
        Widget f = new Widget("f");
        System.out.println("f serial=" + f.serial + " " + Widget.stats());
        System.out.println("fib(20)=" + fib(20));
        System.out.println("gcd(1071,462)=" + gcd(1071, 462));
        System.out.println("isEven(10)=" + isEven(10) + " isOdd(7)=" + isOdd(7) + " isEven(7)=" + isEven(7));
        sb += 126; ss *= 1000; sc += 2; si <<= 4; sl = sl * sl * sl; sf *= 2; sd /= 5; sz |= true;
        System.out.println("statics=" + sb + " " + ss + " " + sc + " " + si + " " + sl + " " + sf + " " + sd + " " + sz);
        sb++; ss += 30000; sc--; si--; sl--; 
        System.out.println("statics2=" + sb + " " + ss + " " + sc + " " + si + " " + sl);
        int[] counts = new int[5];
        for (int i = 0; i < 50; i++) counts[i % 5] += Widget.LIMIT;
        System.out.println("counts[0]=" + counts[0] + " counts[4]=" + counts[4]);
        StaticMembers.si = 77;
        System.out.println("qualified static=" + StaticMembers.si);
        StaticMembers inst = null;
        System.out.println("static via null instance ref=" + helperViaInstance(inst));
    }

    @SuppressWarnings("static")
    static int helperViaInstance(StaticMembers m) {
        return m.si + 1;
    }
}
