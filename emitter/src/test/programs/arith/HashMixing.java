public class HashMixing {
    static int fnv1a32(String s) {
        int h = 0x811C9DC5;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i) & 0xFF;
            h *= 0x01000193;
        }
        return h;
    }

    static long fnv1a64(String s) {
        long h = 0xCBF29CE484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i) & 0xFF;
            h *= 0x100000001B3L;
        }
        return h;
    }

    static int murmurMix(int h) {
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        h ^= h >>> 16;
        return h;
    }

    static long splitmix64(long z) {
        z += 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static int xorshift32(int x) {
        x ^= x << 13;
        x ^= x >>> 17;
        x ^= x << 5;
        return x;
    }

    static long xorshift64(long x) {
        x ^= x << 13;
        x ^= x >>> 7;
        x ^= x << 17;
        return x;
    }

    static int crc32(byte[] data) {
        int crc = 0xFFFFFFFF;
        for (byte b : data) {
            crc ^= b & 0xFF;
            for (int k = 0; k < 8; k++) {
                int mask = -(crc & 1);
                crc = (crc >>> 1) ^ (0xEDB88320 & mask);
            }
        }
        return ~crc;
    }

    static int adler32(byte[] data) {
        int a = 1, b = 0;
        for (byte x : data) {
            a = (a + (x & 0xFF)) % 65521;
            b = (b + a) % 65521;
        }
        return (b << 16) | a;
    }

    public static void main(String[] args) {
        String[] words = {"", "a", "abc", "hello world", "The quick brown fox jumps over the lazy dog", "Cortado"};
        for (String w : words) {
            byte[] bytes = new byte[w.length()];
            for (int i = 0; i < bytes.length; i++) bytes[i] = (byte) w.charAt(i);
            System.out.println("\"" + w + "\": fnv32=" + fnv1a32(w) + " fnv64=" + fnv1a64(w)
                    + " crc32=" + Integer.toHexString(crc32(bytes)) + " adler32=" + Integer.toHexString(adler32(bytes))
                    + " hashCode=" + w.hashCode());
        }
        for (int i = -2; i < 8; i++) {
            System.out.println("murmurMix(" + i + ") = " + murmurMix(i) + ", splitmix64(" + i + ") = " + splitmix64(i));
        }
        int x = 2463534242L > 0 ? (int) 2463534242L : 1;
        long y = 88172645463325252L;
        for (int i = 0; i < 10; i++) {
            x = xorshift32(x);
            y = xorshift64(y);
            System.out.println("xorshift step " + i + ": " + x + " " + y);
        }
        // LCGs with wrapping
        int lcg = 42;
        long lcg64 = 42;
        long sum = 0;
        for (int i = 0; i < 100000; i++) {
            lcg = lcg * 1103515245 + 12345;
            lcg64 = lcg64 * 6364136223846793005L + 1442695040888963407L;
            sum += (lcg >>> 16) ^ (lcg64 >>> 33);
        }
        System.out.println("lcg = " + lcg + ", lcg64 = " + lcg64 + ", sum = " + sum);
        // Java-style hash combinations
        int h = 17;
        for (int i = 0; i < 50; i++) h = 31 * h + i * i;
        System.out.println("31-hash = " + h);
        System.out.println("Long.hashCode(LMIN) = " + Long.hashCode(Long.MIN_VALUE) + ", Long.hashCode(-1) = " + Long.hashCode(-1L)
                + ", Long.hashCode(2^32) = " + Long.hashCode(1L << 32));
        System.out.println("Integer.hashCode(-7) = " + Integer.hashCode(-7) + ", Character.hashCode('x') = " + Character.hashCode('x')
                + ", Short.hashCode(-1) = " + Short.hashCode((short) -1) + ", Byte.hashCode(-1) = " + Byte.hashCode((byte) -1)
                + ", Boolean.hashCode(true) = " + Boolean.hashCode(true) + ", Boolean.hashCode(false) = " + Boolean.hashCode(false));
    }
}
