public class IntegerLongBits {
    public static void main(String[] args) {
        int[] ints = {0, 1, -1, 7, 8, 255, 256, 0x7fffffff, 0x80000000, 0x12345678, -100, 1 << 20, 0x0f0f0f0f};
        for (int v : ints) {
            System.out.printf("%d: bits=%d hi=%d lo=%d nlz=%d ntz=%d rev=%08x revBytes=%08x rotl5=%08x rotr3=%08x signum=%d hex=%s oct=%s bin=%s unsigned=%s%n",
                    v, Integer.bitCount(v), Integer.highestOneBit(v), Integer.lowestOneBit(v), Integer.numberOfLeadingZeros(v), Integer.numberOfTrailingZeros(v),
                    Integer.reverse(v), Integer.reverseBytes(v), Integer.rotateLeft(v, 5), Integer.rotateRight(v, 3), Integer.signum(v),
                    Integer.toHexString(v), Integer.toOctalString(v), Integer.toBinaryString(v), Integer.toUnsignedString(v));
        }
        long[] longs = {0L, 1L, -1L, 1L << 40, Long.MIN_VALUE, Long.MAX_VALUE, 0x123456789abcdefL, -123456789L};
        for (long v : longs) {
            System.out.printf("%d: bits=%d hi=%d lo=%d nlz=%d ntz=%d rev=%016x revBytes=%016x rotl7=%016x signum=%d hex=%s unsigned=%s%n",
                    v, Long.bitCount(v), Long.highestOneBit(v), Long.lowestOneBit(v), Long.numberOfLeadingZeros(v), Long.numberOfTrailingZeros(v),
                    Long.reverse(v), Long.reverseBytes(v), Long.rotateLeft(v, 7), Long.signum(v), Long.toHexString(v), Long.toUnsignedString(v));
        }
        System.out.println("compareUnsigned " + Integer.compareUnsigned(-1, 1) + " " + Long.compareUnsigned(1, -1) + " divideUnsigned " + Integer.divideUnsigned(-1, 3)
                + " " + Long.divideUnsigned(-1L, 10) + " remainderUnsigned " + Integer.remainderUnsigned(-1, 7) + " " + Long.remainderUnsigned(-1L, 7));
        System.out.println("toUnsignedLong " + Integer.toUnsignedLong(-1) + " parseUnsignedInt " + Integer.parseUnsignedInt("4294967295") + " " + Long.parseUnsignedLong("18446744073709551615"));
        System.out.println("sum/max/min " + Integer.sum(3, 4) + " " + Integer.max(-3, 4) + " " + Long.min(-3, 4) + " hashCode " + Long.hashCode(1L << 33) + " " + Integer.hashCode(-5));
        System.out.println("toString radix " + Integer.toString(255, 2) + " " + Integer.toString(-255, 16) + " " + Long.toString(Long.MIN_VALUE, 36) + " " + Integer.toString(100, 99));
        System.out.println("parse " + Integer.parseInt("-7fffffff", 16) + " " + Integer.valueOf("0777".substring(1), 8) + " decode " + Integer.decode("0x1F") + " " + Integer.decode("-010") + " " + Long.decode("#ff"));
        int packed = 0;
        for (int i = 0; i < 8; i++) packed |= (i & 0xF) << (i * 4);
        System.out.println("packed nibbles " + Integer.toHexString(packed));
        for (int i = 0; i < 8; i++) System.out.print(((packed >>> (i * 4)) & 0xF) + " ");
        System.out.println();
        int x = 0b1011_0110;
        System.out.println("gray " + Integer.toBinaryString(x ^ (x >>> 1)) + " isPow2 " + (Integer.bitCount(64) == 1) + " nextPow2 " + (Integer.highestOneBit(100 - 1) << 1)
                + " log2 " + (31 - Integer.numberOfLeadingZeros(1000)) + " parity " + (Integer.bitCount(x) & 1));
        System.out.println("constants " + Integer.SIZE + " " + Integer.BYTES + " " + Long.SIZE + " " + Short.MAX_VALUE + " " + Byte.MIN_VALUE + " " + Short.reverseBytes((short) 0x1234)
                + " " + Byte.toUnsignedInt((byte) -1) + " " + Short.toUnsignedInt((short) -1) + " " + Short.compare((short) 1, (short) 2) + " " + Byte.compare((byte) -1, (byte) 1));
    }
}
