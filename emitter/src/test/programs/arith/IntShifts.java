public class IntShifts {
    static int[] values = {1, -1, 0x12345678, 0x80000000, 0x7fffffff, -8, 255};
    static int[] counts = {0, 1, 4, 31, 32, 33, 63, 64, -1, -31, -32, -33, 100, Integer.MIN_VALUE, Integer.MAX_VALUE};

    static int shl(int v, int c) { return v << c; }
    static int shr(int v, int c) { return v >> c; }
    static int ushr(int v, int c) { return v >>> c; }

    public static void main(String[] args) {
        for (int v : values) {
            for (int c : counts) {
                System.out.println(v + " by " + c + ": << " + shl(v, c) + "  >> " + shr(v, c) + "  >>> " + ushr(v, c));
            }
        }
        // folded forms
        System.out.println("folded 1 << 32 = " + (1 << 32));
        System.out.println("folded 1 << 33 = " + (1 << 33));
        System.out.println("folded 1 << -1 = " + (1 << -1));
        System.out.println("folded -1 >>> 28 = " + (-1 >>> 28));
        System.out.println("folded -1 >>> 32 = " + (-1 >>> 32));
        System.out.println("folded -16 >> 2 = " + (-16 >> 2));
        System.out.println("folded 0x80000000 >> 31 = " + (0x80000000 >> 31));
        // shift by a long count: count is masked to int then 5 bits
        long lc = 33L;
        int v = 3;
        System.out.println("3 << 33L = " + (v << lc));
        long lc2 = 0x100000001L;
        System.out.println("3 << 0x100000001L = " + (v << lc2));
        // compound shifts
        int x = 1;
        for (int i = 0; i < 35; i += 5) {
            x <<= 5;
            System.out.println("x <<= 5 -> " + x);
        }
        int y = Integer.MIN_VALUE;
        y >>= 33;
        System.out.println("MIN >>= 33 -> " + y);
        y >>>= 1;
        System.out.println("then >>>= 1 -> " + y);
        // byte/short/char operands are promoted before shifting
        byte b = (byte) 0x80;
        System.out.println("(byte)0x80 >>> 4 = " + (b >>> 4));
        System.out.println("(byte)0x80 >> 4 = " + (b >> 4));
        System.out.println("(b & 0xff) >>> 4 = " + ((b & 0xff) >>> 4));
        b >>>= 4;
        System.out.println("byte b >>>= 4 -> " + b);
        short s = (short) 0x8000;
        s >>>= 1;
        System.out.println("short s >>>= 1 -> " + s);
        char c = '\uffff';
        c >>= 4;
        System.out.println("char c >>= 4 -> " + (int) c);
        c <<= 8;
        System.out.println("char c <<= 8 -> " + (int) c);
        // rotate via shifts
        int r = 0x12345678;
        for (int k = 0; k <= 32; k += 8) {
            System.out.println("rotl " + k + " = " + Integer.toHexString((r << k) | (r >>> -k)) + " / Integer.rotateLeft = " + Integer.toHexString(Integer.rotateLeft(r, k)));
        }
        System.out.println("rotateRight(1, 1) = " + Integer.rotateRight(1, 1));
        System.out.println("rotateLeft(1, -1) = " + Integer.rotateLeft(1, -1));
    }
}
