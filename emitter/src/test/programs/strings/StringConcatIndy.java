public class StringConcatIndy {
    static class Pt {
        int x, y;
        Pt(int x, int y) { this.x = x; this.y = y; }
        public String toString() { return "Pt(" + x + "," + y + ")"; }
    }
    static class NullToString {
        public String toString() { return null; }
    }
    static class Tick {
        public String toString() { return "T" + (++counter); }
    }
    static int counter;
    static int next() { return ++counter; }
    static String tag(String s) { System.out.println("  eval " + s); return s; }

    static boolean z = true;
    static byte b = -7;
    static short s = 12345;
    static char c = 'J';
    static int i = -2147483648;
    static long l = 9007199254740993L;
    static float f = 3.25f;
    static double d = -0.1;
    static String str = "str";
    static String nul = null;
    static Object obj = new Pt(1, 2);

    public static void main(String[] args) {
        System.out.println("boolean: " + z + " " + !z);
        System.out.println("byte: " + b);
        System.out.println("short: " + s);
        System.out.println("char: " + c);
        System.out.println("int: " + i);
        System.out.println("long: " + l);
        System.out.println("float: " + f);
        System.out.println("double: " + d);
        System.out.println("String: " + str);
        System.out.println("null String: " + nul);
        System.out.println("Object: " + obj);
        System.out.println("null Object: " + (Object) null);
        System.out.println("toString returns null: " + new NullToString());
        System.out.println("all: " + z + b + s + c + i + l + f + d + str + nul + obj);
        System.out.println(z + "|" + b + "|" + s + "|" + c + "|" + i + "|" + l + "|" + f + "|" + d);
        System.out.println("prefix-only " + 1 + 2);
        System.out.println(1 + 2 + " suffix-after-sum");
        System.out.println('a' + 'b' + " chars summed first");
        System.out.println("" + 'a' + 'b' + " chars concatenated");
        System.out.println(c + 1 + " char plus int");
        System.out.println("char plus int in string: " + (char) (c + 1));
        System.out.println("boxed: " + Integer.valueOf(5) + Long.valueOf(6L) + Character.valueOf('x') + Boolean.FALSE + Double.valueOf(2.0));
        String acc = "";
        for (int k = 0; k < 5; k++) acc += k + ",";
        System.out.println("loop +=: " + acc);
        String acc2 = "start";
        acc2 += 'c';
        acc2 += 42L;
        acc2 += 1.5f;
        acc2 += true;
        acc2 += (Object) null;
        acc2 += new Pt(3, 4);
        System.out.println("compound: " + acc2);
        counter = 0;
        System.out.println("order: " + next() + next() * 10 + next());
        String ordered = tag("A") + tag("B") + tag("C");
        System.out.println("ordered=" + ordered);
        int[] arr = { 1, 2, 3 };
        int idx = 0;
        String sideEffects = "v" + arr[idx++] + arr[idx++] + idx;
        System.out.println("side effects: " + sideEffects);
        String many = "a" + 1 + "b" + 2L + "c" + 3.0 + "d" + 4.0f + "e" + 'f' + "g" + true + "h" + (byte) 5 + "i" + (short) 6 + "j" + nul + "k" + obj + "l";
        System.out.println("many: " + many);
        String big = "";
        for (int k = 0; k < 300; k++) big = big + (char) ('a' + k % 26);
        System.out.println("big length=" + big.length() + " tail=" + big.substring(290));
        System.out.println("ternary: " + (z ? "yes" : "no") + " " + (i < 0 ? i : l));
        System.out.println("special floats: " + (0.0 / 0.0) + " " + (1.0 / 0.0) + " " + (-1.0f / 0.0f) + " " + (-0.0) + " " + 1e21 + " " + 1e-5 + " " + 100.0f);
        System.out.println("extremes: " + Long.MIN_VALUE + " " + Integer.MAX_VALUE + " " + Byte.MIN_VALUE + " " + Short.MAX_VALUE + " " + (int) Character.MAX_VALUE);
        String x = null;
        x = x + "!";
        System.out.println("null + literal: " + x);
        char[] chars = { 'h', 'i' };
        System.out.println("String.valueOf(char[]): " + String.valueOf(chars) + " new String: " + new String(chars));
        final String constA = "const";
        final int constN = 7;
        String folded = constA + constN;
        System.out.println("folded==literal: " + (folded == "const7"));
        String runtime = str + constN;
        System.out.println("runtime concat==literal: " + (runtime == "str7") + " equals: " + runtime.equals("str7"));
        System.out.println("empty concat: [" + "" + "" + "]");
        System.out.println("nested: " + ("(" + ("[" + i + "]") + ")"));
        counter = 0;
        Tick t = new Tick();
        // The moment toString() runs differs between concat strategies; each variant records its own.
        System.out.println("toString timing: " + t + t + next() + t);
        StringBuilder sb = new StringBuilder("sb");
        System.out.println("with StringBuilder: " + sb + " len " + sb.length());
    }
}
