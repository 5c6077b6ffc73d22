public class IntToStringRadix {
    static int[] ints = {0, 1, -1, 7, -7, 10, 255, -255, 4096, 65535, 123456789, -987654321,
            Integer.MAX_VALUE, Integer.MIN_VALUE, 0xDEADBEEF};
    static long[] longs = {0L, -1L, 1L << 40, -(1L << 40), Long.MAX_VALUE, Long.MIN_VALUE, 0xCAFEBABEDEADBEEFL, 1000000000000L};

    public static void main(String[] args) {
        for (int v : ints) {
            System.out.println("int " + v + ": toString=" + Integer.toString(v)
                    + " hex=" + Integer.toHexString(v)
                    + " oct=" + Integer.toOctalString(v)
                    + " bin=" + Integer.toBinaryString(v));
            System.out.println("   radix2=" + Integer.toString(v, 2) + " radix7=" + Integer.toString(v, 7)
                    + " radix16=" + Integer.toString(v, 16) + " radix36=" + Integer.toString(v, 36)
                    + " radix99(->10)=" + Integer.toString(v, 99) + " valueOf=" + String.valueOf(v));
        }
        for (long v : longs) {
            System.out.println("long " + v + ": hex=" + Long.toHexString(v) + " oct=" + Long.toOctalString(v)
                    + " bin=" + Long.toBinaryString(v));
            System.out.println("   radix36=" + Long.toString(v, 36) + " radix3=" + Long.toString(v, 3)
                    + " radix16=" + Long.toString(v, 16));
        }
        // byte/short/char to string
        byte b = -100;
        short s = -30000;
        char c = 'Z';
        System.out.println("Byte.toString = " + Byte.toString(b) + ", Short.toString = " + Short.toString(s)
                + ", Character.toString = " + Character.toString(c));
        System.out.println("String.valueOf(long MIN) = " + String.valueOf(Long.MIN_VALUE));
        System.out.println("String.valueOf(char) = " + String.valueOf('q'));
        System.out.println("String.valueOf(true) = " + String.valueOf(true));
        // concat of various primitives
        System.out.println("concat: " + b + s + c + 1L + 2 + true + 'x');
        StringBuilder sb = new StringBuilder();
        sb.append(b).append('|').append(s).append('|').append(c).append('|').append(Long.MIN_VALUE).append('|')
          .append(Integer.MIN_VALUE).append('|').append(false).append('|').append((Object) null);
        System.out.println("builder: " + sb);
        sb.insert(0, 42).insert(0, -7L);
        System.out.println("insert: " + sb);
        // zero-padded hex by hand
        int v = 0xAB;
        String hex = Integer.toHexString(v);
        while (hex.length() < 8) hex = "0" + hex;
        System.out.println("padded: " + hex);
        System.out.println("toHexString(0x0f & -1) = " + Integer.toHexString(0x0f & -1));
        System.out.println("Long.toString(MIN, 2) = " + Long.toString(Long.MIN_VALUE, 2));
        System.out.println("Integer.toString(MIN, 36) = " + Integer.toString(Integer.MIN_VALUE, 36));
        // digit sums using toString
        int digitSum = 0;
        String ds = Integer.toString(Integer.MAX_VALUE);
        for (int i = 0; i < ds.length(); i++) digitSum += ds.charAt(i) - '0';
        System.out.println("digit sum of MAX = " + digitSum);
    }
}
