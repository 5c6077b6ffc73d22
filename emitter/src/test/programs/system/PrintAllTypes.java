public class PrintAllTypes {
    static class Thing {
        final int id;
        Thing(int id) { this.id = id; }
        public String toString() { return "Thing#" + id; }
    }

    static boolean z = true;
    static byte b = (byte) 0x80;
    static short s = (short) 0xFFFF;
    static char c = 'W';
    static int i = 1 << 31;
    static long l = -1L >>> 1;
    static float f = 0.75f;
    static double d = 1234.5;

    public static void main(String[] args) {
        System.out.println(z);
        System.out.println(b);
        System.out.println(s);
        System.out.println(c);
        System.out.println(i);
        System.out.println(l);
        System.out.println(f);
        System.out.println(d);
        System.out.println("a string");
        System.out.println(new Thing(1));
        System.out.println((Object) null);
        System.out.println((String) null);
        System.out.println(new char[] { 'c', 'h', 'a', 'r', 's' });
        System.out.println(new char[0]);
        System.out.println();
        System.out.println("after empty line");
        System.out.print(z);
        System.out.print(' ');
        System.out.print(b);
        System.out.print(' ');
        System.out.print(s);
        System.out.print(' ');
        System.out.print(c);
        System.out.print(' ');
        System.out.print(i);
        System.out.print(' ');
        System.out.print(l);
        System.out.print(' ');
        System.out.print(f);
        System.out.print(' ');
        System.out.print(d);
        System.out.print(' ');
        System.out.print("str");
        System.out.print(' ');
        System.out.print(new Thing(2));
        System.out.print(' ');
        System.out.print((Object) null);
        System.out.print(' ');
        System.out.print((String) null);
        System.out.print(' ');
        System.out.print(new char[] { 'x', 'y' });
        System.out.println();
        System.out.println('x' + 1);
        System.out.println((char) ('x' + 1));
        System.out.println(5 / 2);
        System.out.println(5 % -3);
        System.out.println(-5L / 2);
        System.out.println(7 / 2.0);
        System.out.println(1.0f / 3);
        System.out.println(Integer.valueOf(9));
        System.out.println(Character.valueOf('q'));
        System.out.println(Boolean.valueOf(false));
        System.out.println(Long.valueOf(Long.MIN_VALUE));
        System.out.println(Byte.valueOf((byte) 12));
        System.out.println(Short.valueOf((short) -12));
        System.out.println(new StringBuilder("builder"));
        Object[] objs = { 1, "two", '3', 4L, 5.0f, 6.0, true, null, new Thing(7) };
        for (Object o : objs) System.out.println(o);
        System.out.print("multi\nline\nprint\n");
        System.out.println("tab\tseparated\tvalues");
        System.out.println("carriage\rreturn");
        System.out.print("no newline at the end");
    }
}
