public class ByteShortArith {
    static byte b1 = 100, b2 = 100, bneg = -100;
    static short s1 = 20000, s2 = 30000;

    static byte addBytes(byte x, byte y) { return (byte) (x + y); }
    static short mulShorts(short x, short y) { return (short) (x * y); }
    static int sumBytes(byte[] arr) { int s = 0; for (byte v : arr) s += v; return s; }

    public static void main(String[] args) {
        System.out.println("b1 + b2 (int) = " + (b1 + b2));
        System.out.println("(byte)(b1 + b2) = " + addBytes(b1, b2));
        System.out.println("b1 * bneg = " + (b1 * bneg) + ", (byte) = " + (byte) (b1 * bneg));
        System.out.println("s1 + s2 = " + (s1 + s2) + ", (short) = " + (short) (s1 + s2));
        System.out.println("s1 * s2 = " + (s1 * s2) + ", (short) = " + mulShorts(s1, s2));
        System.out.println("bneg / 3 = " + (bneg / 3) + ", bneg % 3 = " + (bneg % 3));
        System.out.println("-bneg = " + (-bneg) + ", ~bneg = " + (~bneg));
        System.out.println("bneg >> 1 = " + (bneg >> 1) + ", bneg >>> 1 = " + (bneg >>> 1) + ", (byte)(bneg >>> 1) = " + (byte) (bneg >>> 1));
        byte[] bytes = new byte[256];
        for (int i = 0; i < 256; i++) bytes[i] = (byte) i;
        System.out.println("sum of bytes 0..255 as signed = " + sumBytes(bytes));
        int unsignedSum = 0;
        for (byte v : bytes) unsignedSum += v & 0xFF;
        System.out.println("sum of bytes as unsigned = " + unsignedSum);
        System.out.println("bytes[128] = " + bytes[128] + ", bytes[255] = " + bytes[255] + ", bytes[127] = " + bytes[127]);
        short[] shorts = new short[10];
        for (int i = 0; i < shorts.length; i++) shorts[i] = (short) (i * 7000);
        StringBuilder sb = new StringBuilder();
        for (short v : shorts) sb.append(v).append(' ');
        System.out.println("shorts: " + sb);
        // big-endian encoding/decoding of ints and longs
        int val = 0xCAFEF00D;
        byte[] enc = {(byte) (val >>> 24), (byte) (val >>> 16), (byte) (val >>> 8), (byte) val};
        System.out.println("encoded: " + enc[0] + " " + enc[1] + " " + enc[2] + " " + enc[3]);
        int dec = (enc[0] << 24) | ((enc[1] & 0xFF) << 16) | ((enc[2] & 0xFF) << 8) | (enc[3] & 0xFF);
        System.out.println("decoded ok: " + (dec == val) + " " + dec);
        int wrongDec = (enc[0] << 24) | (enc[1] << 16) | (enc[2] << 8) | enc[3];
        System.out.println("decoded without masks: " + wrongDec);
        long lv = 0x0102030405060708L;
        byte[] lenc = new byte[8];
        for (int i = 0; i < 8; i++) lenc[i] = (byte) (lv >>> (56 - 8 * i));
        long ldec = 0;
        for (int i = 0; i < 8; i++) ldec = (ldec << 8) | (lenc[i] & 0xFF);
        System.out.println("long round trip: " + (ldec == lv) + " " + Long.toHexString(ldec));
        // short as UTF-16-ish unsigned
        short us = (short) 0xFFFE;
        System.out.println("short 0xFFFE = " + us + ", unsigned = " + (us & 0xFFFF) + ", as char = " + (int) (char) us);
        // comparisons between narrow types
        byte bb = -1;
        char cc = '\uffff';
        short ss = -1;
        System.out.println("byte -1 == short -1: " + (bb == ss));
        System.out.println("byte -1 == char 0xffff: " + (bb == cc));
        System.out.println("(char)byte -1 == char 0xffff: " + ((char) bb == cc));
        System.out.println("byte -1 < char 0: " + (bb < '\0'));
        // switch on byte
        for (byte v = -2; v <= 2; v++) {
            switch (v) {
                case -2: System.out.println("byte switch -2"); break;
                case 0: System.out.println("byte switch 0"); break;
                default: System.out.println("byte switch default " + v);
            }
        }
    }
}
