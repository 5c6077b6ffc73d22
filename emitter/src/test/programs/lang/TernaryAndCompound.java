public class TernaryAndCompound {
    static int calls;
    static int tick(int v) { calls++; return v; }

    public static void main(String[] args) {
        int[] a = {5, 0, -3};
        for (int x : a) System.out.print((x > 0 ? "pos" : x < 0 ? "neg" : "zero") + " ");
        System.out.println();
        int i = 0;
        int[] arr = new int[5];
        arr[i++] = i++;
        arr[i] += ++i * 10;
        System.out.println(java.util.Arrays.toString(arr) + " i=" + i);
        int x = 10;
        x += x++ + ++x;
        System.out.println("x " + x);
        long l = Integer.MAX_VALUE;
        l += 1;
        int narrowed = 10;
        narrowed *= 2.75;
        byte b = 10;
        b += 300;
        short s = -1;
        s >>>= 4;
        char c = 'a';
        c *= 2;
        System.out.println(l + " " + narrowed + " " + b + " " + s + " " + (int) c);
        calls = 0;
        boolean r = tick(1) > 0 || tick(2) > 0;
        boolean r2 = tick(0) > 0 && tick(3) > 0;
        boolean r3 = tick(1) > 0 | tick(2) > 0;
        System.out.println(r + " " + r2 + " " + r3 + " calls " + calls);
        Integer boxedNull = null;
        int choose = 1;
        Object o = choose > 0 ? "str" : boxedNull;
        System.out.println("ternary types " + o + " " + (choose > 0 ? 1 : 2.0) + " " + (choose > 0 ? 'a' : 0) + " " + (choose > 0 ? (Object) 'a' : 0) + " " + (choose < 0 ? 1L : 'b'));
        int y = 7;
        y = y++ + y--;
        System.out.println("y " + y);
        int z = 3;
        z = z << z >> 1 ^ z & 5 | 2;
        System.out.println("z " + z + " precedence " + (1 + 2 * 3 % 4 - 8 / 3) + " " + (-7 / 2) + " " + (-7 % 2) + " " + (7 >>> 1) + " " + (-7 >> 1) + " " + (-7 >>> 28));
        double d = 1;
        d /= 3;
        d *= 3;
        System.out.println("double roundtrip " + (d == 1.0) + " " + (0.1 + 0.2 == 0.3) + " " + (float) 0.1 + " " + (0.1f + 0.2f));
        String str = null;
        str += "x";
        str += 1 + 2;
        str += 'c' + 1;
        System.out.println(str);
    }
}
