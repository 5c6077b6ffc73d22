public class FloatDoubleConversion {
    static double[] ds = {0.1, 0.2, 1.0 / 3, 1e-40, 1e-45, 7e-46, 7.1e-46, 1e-50, 3.4028235677973366E38, 3.4028235677973367E38, 3.402823466385289E38,
            3.5e38, 1e39, -1e39, 16777217.0, 16777219.0, 0.1 + 0.2, 1.00000005960464477539, 1.0000000596046448, Math.PI, -0.0,
            Double.NaN, Double.POSITIVE_INFINITY, 2.5, 1.4E-45, 2.8E-45, 12345678.0};

    public static void main(String[] args) {
        for (double d : ds) {
            float f = (float) d;
            double back = f;
            System.out.println("d " + d + " -> f bits " + Integer.toHexString(Float.floatToIntBits(f)) + " (" + f + ") -> back " + back
                    + " exact " + (back == d));
        }
        // float arithmetic must round to float at each step
        float a = 16777216f;
        float b = a + 1f;
        System.out.println("2^24f + 1f = " + b + " == 2^24: " + (b == a));
        float c = a + 1f + 1f;
        System.out.println("2^24f + 1f + 1f = " + c);
        float c2 = a + (1f + 1f);
        System.out.println("2^24f + (1f + 1f) = " + c2);
        double dsum = (double) a + 1 + 1;
        System.out.println("as double: " + dsum);
        float x = 0.1f;
        float acc = 0;
        for (int i = 0; i < 10; i++) acc += x;
        System.out.println("ten 0.1f sum = " + acc + " bits " + Integer.toHexString(Float.floatToIntBits(acc)));
        double dacc = 0;
        for (int i = 0; i < 10; i++) dacc += x;
        System.out.println("ten 0.1f summed in double = " + dacc);
        float p = 1.1f * 1.1f;
        System.out.println("1.1f * 1.1f = " + p + ", (double)1.1f*1.1f = " + ((double) 1.1f * 1.1f) + ", (float)((double)1.1f*1.1f) = " + (float) ((double) 1.1f * 1.1f));
        float q = 1f / 3f;
        float q3 = q * 3f;
        System.out.println("(1f/3f)*3f = " + q3 + ", == 1: " + (q3 == 1f));
        float big = 1e20f;
        float lost = (big + 1f) - big;
        System.out.println("(1e20f + 1) - 1e20f = " + lost);
        // double rounding: float op result computed in double then narrowed
        float u = 1.0000001f, v = 1.0000001f;
        float prod = u * v;
        float prodViaDouble = (float) ((double) u * (double) v);
        System.out.println("u*v = " + prod + " via double = " + prodViaDouble + " same " + (prod == prodViaDouble));
        // int/long -> float rounding
        int[] ints = {16777217, 16777218, 16777219, 2147483647, -2147483647, 33554435, 123456789};
        for (int i : ints) {
            float fi = i;
            System.out.println("int " + i + " -> float " + (long) fi + " -> back to int " + (int) fi);
        }
        long[] longs = {9007199254740993L, 9007199254740995L, Long.MAX_VALUE, Long.MIN_VALUE + 1, (1L << 53) + 3, 1234567890123456789L};
        for (long l : longs) {
            double dl = l;
            float fl = l;
            System.out.println("long " + l + " -> double " + (long) dl + " -> float " + (long) fl);
        }
        // widen in mixed expressions
        int i = 123456789;
        float fi = 1.0f;
        System.out.println("int + float: " + (long) (i + fi) + ", int + double: " + (long) (i + 1.0));
        long lg = 123456789012345678L;
        System.out.println("long + float: " + (long) (lg + fi) + ", long + double: " + (long) (lg + 1.0) + ", long + 1: " + (lg + 1));
        char ch = 'A';
        System.out.println("char * 1.5f = " + (ch * 1.5f) + ", char / 2.0 = " + (ch / 2.0));
        byte by = -3;
        short sh = 7;
        System.out.println("byte * float = " + (by * 0.5f) + ", short / float = " + (sh / 2f));
    }
}
