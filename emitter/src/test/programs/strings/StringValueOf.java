public class StringValueOf {
    static boolean z = false;
    static byte b = Byte.MIN_VALUE;
    static short s = Short.MIN_VALUE;
    static char c = 'q';
    static int i = -1;
    static long l = Long.MAX_VALUE;
    static float f = 0.5f;
    static double d = 1e100;

    public static void main(String[] args) {
        System.out.println("valueOf(boolean)=" + String.valueOf(z) + "," + String.valueOf(!z));
        System.out.println("valueOf(byte as int)=" + String.valueOf(b));
        System.out.println("valueOf(short as int)=" + String.valueOf(s));
        System.out.println("valueOf(char)=" + String.valueOf(c) + " length=" + String.valueOf(c).length());
        System.out.println("valueOf(int)=" + String.valueOf(i) + " " + String.valueOf(0) + " " + String.valueOf(Integer.MIN_VALUE) + " " + String.valueOf(Integer.MAX_VALUE));
        System.out.println("valueOf(long)=" + String.valueOf(l) + " " + String.valueOf(Long.MIN_VALUE) + " " + String.valueOf(0L));
        System.out.println("valueOf(float)=" + String.valueOf(f) + " " + String.valueOf(-2.0f) + " " + String.valueOf(0.0f));
        System.out.println("valueOf(double)=" + String.valueOf(d) + " " + String.valueOf(0.25) + " " + String.valueOf(-3.0) + " " + String.valueOf(123456.0));
        System.out.println("valueOf(Object)=" + String.valueOf((Object) "obj") + " " + String.valueOf((Object) null));
        System.out.println("valueOf(char[])=" + String.valueOf(new char[] { 'a', 'b' }));
        System.out.println("Integer.toString=" + Integer.toString(255) + " radix16=" + Integer.toString(255, 16) + " radix2=" + Integer.toString(-5, 2) + " radix36=" + Integer.toString(123456789, 36));
        System.out.println("Integer.toHexString=" + Integer.toHexString(255) + " " + Integer.toHexString(-1) + " " + Integer.toHexString(0));
        System.out.println("Integer.toBinaryString=" + Integer.toBinaryString(10) + " " + Integer.toBinaryString(-8));
        System.out.println("Integer.toOctalString=" + Integer.toOctalString(64) + " " + Integer.toOctalString(-1));
        System.out.println("Long.toString=" + Long.toString(-1234567890123L) + " radix16=" + Long.toString(-255L, 16));
        System.out.println("Long.toHexString=" + Long.toHexString(-1L) + " " + Long.toHexString(1L << 40));
        System.out.println("Long.toBinaryString=" + Long.toBinaryString(5L));
        System.out.println("Boolean.toString=" + Boolean.toString(true));
        System.out.println("Character.toString=" + Character.toString('x') + " Character.toString(int)=" + Character.toString(66));
        System.out.println("Byte.toString=" + Byte.toString((byte) -1) + " Short.toString=" + Short.toString((short) 300));
        System.out.println("Integer.toUnsignedString(-1)=" + Integer.toUnsignedString(-1) + " Long.toUnsignedString(-1)=" + Long.toUnsignedString(-1L));
        Integer boxed = 77;
        System.out.println("boxed toString=" + boxed.toString() + " Long=" + Long.valueOf(-5).toString() + " Char=" + Character.valueOf('c').toString());
        System.out.println("lengths=" + String.valueOf(Integer.MIN_VALUE).length() + " " + String.valueOf(Long.MIN_VALUE).length());
        StringBuilder digits = new StringBuilder();
        for (int k = -3; k <= 3; k++) digits.append(String.valueOf(k * 1111)).append(' ');
        System.out.println("series=" + digits.toString().trim());
        int n = 1;
        for (int k = 0; k < 10; k++) {
            System.out.println("pow10 " + k + " -> " + String.valueOf(n) + " len " + String.valueOf(n).length());
            n *= 10;
        }
        long big = 1;
        for (int k = 0; k < 64; k += 9) {
            System.out.println("2^" + k + "=" + String.valueOf(big << k) + " hex=" + Long.toHexString(big << k));
        }
    }
}
