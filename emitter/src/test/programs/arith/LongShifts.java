public class LongShifts {
    static long[] values = {1L, -1L, 0x123456789ABCDEF0L, Long.MIN_VALUE, Long.MAX_VALUE, 0xFFFFFFFFL};
    static int[] counts = {0, 1, 31, 32, 33, 63, 64, 65, 127, -1, -32, -63, -64, -65};

    static long shl(long v, int c) { return v << c; }
    static long shr(long v, int c) { return v >> c; }
    static long ushr(long v, int c) { return v >>> c; }

    public static void main(String[] args) {
        for (long v : values) {
            for (int c : counts) {
                System.out.println(v + " by " + c + ": << " + shl(v, c) + "  >> " + shr(v, c) + "  >>> " + ushr(v, c));
            }
        }
        System.out.println("folded 1L << 63 = " + (1L << 63));
        System.out.println("folded 1L << 64 = " + (1L << 64));
        System.out.println("folded 1L << -1 = " + (1L << -1));
        System.out.println("folded -1L >>> 1 = " + (-1L >>> 1));
        System.out.println("folded 1 << 40 (int!) = " + (1 << 40));
        System.out.println("folded 1L << 40 = " + (1L << 40));
        // long shift count
        long v = 5L;
        long cnt = 66L;
        System.out.println("5L << 66L = " + (v << cnt));
        System.out.println("5L >> -62L = " + (v >> -62L));
        // int shifted by long count is int
        int iv = 1;
        long big = 40L;
        System.out.println("int 1 << 40L = " + (iv << big));
        // compound
        long x = 1L;
        for (int i = 0; i < 13; i++) {
            x <<= 5;
            System.out.println("x <<= 5 -> " + x);
        }
        long y = Long.MIN_VALUE;
        y >>= 60;
        System.out.println("MIN >>= 60 -> " + y);
        y >>>= 60;
        System.out.println("then >>>= 60 -> " + y);
        // int promoted to long
        int neg = -1;
        System.out.println("((long)-1) >>> 32 = " + (((long) neg) >>> 32));
        System.out.println("(-1 >>> 32) as int then long = " + (long) (neg >>> 32));
        System.out.println("(neg & 0xFFFFFFFFL) = " + (neg & 0xFFFFFFFFL));
        long r = 0x0123456789ABCDEFL;
        for (int k = 0; k <= 64; k += 12) {
            System.out.println("rotl " + k + " = " + Long.toHexString((r << k) | (r >>> -k)) + " / " + Long.toHexString(Long.rotateLeft(r, k)));
        }
        // extracting halves
        long w = 0xDEADBEEFCAFEBABEL;
        int hi = (int) (w >>> 32);
        int lo = (int) w;
        System.out.println("hi = " + hi + " lo = " + lo);
        long back = ((long) hi << 32) | (lo & 0xFFFFFFFFL);
        System.out.println("reassembled equal: " + (back == w) + " " + back);
        long wrong = ((long) hi << 32) | lo;
        System.out.println("sign-extended lo ruins it: " + wrong);
    }
}
