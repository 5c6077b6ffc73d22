public class SparseSwitch {
    static String classify(int v) {
        switch (v) {
            case Integer.MIN_VALUE: return "MIN";
            case -1000000: return "minus-million";
            case -7: return "minus-seven";
            case 0: return "zero";
            case 42: return "answer";
            case 1000: return "thousand";
            case 65536: return "2^16";
            case 1 << 30: return "2^30";
            case Integer.MAX_VALUE: return "MAX";
            default: return "other";
        }
    }

    static int httpClass(int code) {
        int r;
        switch (code) {
            case 200: case 201: case 204: r = 2; break;
            case 301: case 302: case 304: r = 3; break;
            case 400: case 401: case 403: case 404: r = 4; break;
            case 500: case 503: r = 5; break;
            default: r = -1;
        }
        return r;
    }

    static String fall(int v) {
        String s = "";
        switch (v) {
            case 100: s += "h";
            case -100: s += "n";
            default: s += "d";
            case 5000: s += "t"; break;
            case 99999: s += "x";
        }
        return s;
    }

    static long hashBucket(long key) {
        int h = (int) (key ^ (key >>> 32));
        switch (h & 0xFFFF0000) {
            case 0: return 0;
            case 0x10000: return 1;
            case 0x7FFF0000: return 2;
            case 0x80000000: return 3;
            case 0xFFFF0000: return 4;
            default: return 5;
        }
    }

    public static void main(String[] args) {
        int[] probes = {Integer.MIN_VALUE, Integer.MIN_VALUE + 1, -1000000, -999999, -7, -6, -1, 0, 1, 41, 42, 43, 999, 1000, 1001,
                65535, 65536, 65537, 1 << 30, (1 << 30) + 1, Integer.MAX_VALUE - 1, Integer.MAX_VALUE};
        for (int p : probes) System.out.println("classify(" + p + ") = " + classify(p));
        StringBuilder sb = new StringBuilder();
        for (int code : new int[]{100, 200, 201, 202, 204, 301, 303, 304, 400, 404, 405, 500, 502, 503, 0, -200})
            sb.append(code).append(':').append(httpClass(code)).append(' ');
        System.out.println("http: " + sb);
        for (int v : new int[]{100, -100, 0, 5000, 99999, 7}) System.out.println("fall(" + v + ") = " + fall(v));
        long[] keys = {0L, 5L, 0x10000L, 0x7FFF1234L, 0x80000000L, -1L, 0xFFFF000000000000L, 0x1234567800000000L};
        for (long k : keys) System.out.println("hashBucket(" + Long.toHexString(k) + ") = " + hashBucket(k));
        // count matches over a range, exercising lookup misses heavily
        int[] counts = new int[10];
        String[] names = {"MIN", "minus-million", "minus-seven", "zero", "answer", "thousand", "2^16", "2^30", "MAX", "other"};
        for (int i = -2000; i <= 70000; i += 1) {
            String c = classify(i);
            for (int k = 0; k < names.length; k++) if (names[k].equals(c)) counts[k]++;
        }
        sb.setLength(0);
        for (int k = 0; k < names.length; k++) sb.append(names[k]).append('=').append(counts[k]).append(' ');
        System.out.println("range counts: " + sb);
        // powers-of-two sparse switch
        sb.setLength(0);
        for (int bit = 0; bit < 32; bit++) {
            int v = 1 << bit;
            int idx;
            switch (v) {
                case 1: idx = 0; break;
                case 16: idx = 4; break;
                case 256: idx = 8; break;
                case 4096: idx = 12; break;
                case 65536: idx = 16; break;
                case 1 << 20: idx = 20; break;
                case 1 << 24: idx = 24; break;
                case 1 << 28: idx = 28; break;
                case 1 << 31: idx = 31; break;
                default: idx = -1;
            }
            if (idx >= 0) sb.append(bit).append("->").append(idx).append(' ');
        }
        System.out.println("powers: " + sb);
    }
}
