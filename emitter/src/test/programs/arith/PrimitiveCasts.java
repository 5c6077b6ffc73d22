public class PrimitiveCasts {
    static int[] ints = {0, 1, -1, 127, 128, 255, 256, -128, -129, 32767, 32768, 65535, 65536, -32768, -32769,
            0x12345678, Integer.MAX_VALUE, Integer.MIN_VALUE, 0xCAFEBABE};
    static long[] longs = {0L, -1L, 0xFFFFFFFFL, 0x100000000L, 0x7FFFFFFFFFFFFFFFL, Long.MIN_VALUE,
            0x123456789ABCDEF0L, 2147483648L, -2147483649L, 0x80000000L};

    public static void main(String[] args) {
        for (int i : ints) {
            byte b = (byte) i;
            short s = (short) i;
            char c = (char) i;
            long l = (long) i;
            float f = (float) i;
            double d = (double) i;
            System.out.println("int " + i + " -> byte " + b + ", short " + s + ", char " + (int) c
                    + ", long " + l + ", float(as long) " + (long) f + ", double(as long) " + (long) d
                    + ", float bits " + Integer.toHexString(Float.floatToIntBits(f)));
        }
        for (long l : longs) {
            System.out.println("long " + l + " -> int " + (int) l + ", byte " + (byte) l + ", short " + (short) l
                    + ", char " + (int) (char) l + ", float(as long) " + (long) (float) l + ", double(as long) " + (long) (double) l
                    + ", double bits " + Long.toHexString(Double.doubleToLongBits((double) l)));
        }
        byte[] bytes = {0, 1, -1, 127, -128, 64, -65};
        for (byte b : bytes) {
            char c = (char) b; // b2c via i2c
            short s = b;
            int i = b;
            long l = b;
            System.out.println("byte " + b + " -> char " + (int) c + ", short " + s + ", int " + i + ", long " + l
                    + ", unsigned " + (b & 0xFF) + ", Byte.toUnsignedInt " + Byte.toUnsignedInt(b));
        }
        short[] shorts = {0, -1, 255, 256, -32768, 32767, 1000};
        for (short s : shorts) {
            System.out.println("short " + s + " -> byte " + (byte) s + ", char " + (int) (char) s + ", int " + (int) s
                    + ", Short.toUnsignedInt " + Short.toUnsignedInt(s));
        }
        char[] chars = {'\0', 'A', '\u007f', '\u0080', '\u00ff', '\u0100', '\u7fff', '\u8000', '\uffff'};
        for (char c : chars) {
            System.out.println("char " + (int) c + " -> byte " + (byte) c + ", short " + (short) c + ", int " + (int) c
                    + ", long " + (long) c + ", float " + (float) c);
        }
        // chains
        int big = 0x1234ABCD;
        System.out.println("(byte)(short) = " + (byte) (short) big);
        System.out.println("(short)(char) = " + (short) (char) big);
        System.out.println("(char)(byte) = " + (int) (char) (byte) big);
        System.out.println("(int)(char)(byte)-1 = " + (int) (char) (byte) -1);
        System.out.println("(long)(int)(long)MAX = " + (long) (int) Long.MAX_VALUE);
        System.out.println("(int)(float)MAX_INT = " + (int) (float) Integer.MAX_VALUE);
        System.out.println("(long)(double)MAX_LONG = " + (long) (double) Long.MAX_VALUE);
        System.out.println("(int)(float)16777217 = " + (int) (float) 16777217);
        System.out.println("(long)(float)(2^53+1) = " + (long) (float) 9007199254740993L);
        System.out.println("(long)(double)(2^53+1) = " + (long) (double) 9007199254740993L);
        // implicit widening in method calls
        System.out.println("widen byte->long: " + widen((byte) -5));
        System.out.println("widen char->long: " + widen('\uffff'));
        System.out.println("widen int->double: " + widenD(123456789));
        System.out.println("widen long->float: " + (long) widenF(123456789012345L));
    }

    static long widen(long x) { return x; }
    static double widenD(double x) { return x; }
    static float widenF(float x) { return x; }
}
