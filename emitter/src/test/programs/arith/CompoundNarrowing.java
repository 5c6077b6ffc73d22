public class CompoundNarrowing {
    static int two = 2;

    public static void main(String[] args) {
        byte b = 100;
        b += 200;
        System.out.println("byte 100 += 200 -> " + b);
        b = 127;
        b++;
        System.out.println("byte 127++ -> " + b);
        b--;
        System.out.println("byte -128-- -> " + b);
        b = -128;
        b -= 1;
        System.out.println("byte -128 -= 1 -> " + b);
        b = 50;
        b *= 3;
        System.out.println("byte 50 *= 3 -> " + b);
        b = -7;
        b /= two;
        System.out.println("byte -7 /= 2 -> " + b);
        b = -128;
        b /= -1;
        System.out.println("byte -128 /= -1 -> " + b);
        b = 10;
        b <<= 5;
        System.out.println("byte 10 <<= 5 -> " + b);
        b = 1;
        b += 1000000;
        System.out.println("byte 1 += 1000000 -> " + b);
        b = 0;
        b += 3.7;
        System.out.println("byte 0 += 3.7 -> " + b);
        b = 0;
        b += 300.9;
        System.out.println("byte 0 += 300.9 -> " + b);
        b = 0;
        b -= 1e10;
        System.out.println("byte 0 -= 1e10 -> " + b);
        b = 5;
        b += 1L << 40;
        System.out.println("byte 5 += 1L<<40 -> " + b);

        short s = 300;
        s *= 300;
        System.out.println("short 300 *= 300 -> " + s);
        s = 32767;
        s++;
        System.out.println("short 32767++ -> " + s);
        s = 1000;
        s *= s;
        System.out.println("short 1000 *= 1000 -> " + s);
        s = -1;
        s >>>= 4;
        System.out.println("short -1 >>>= 4 -> " + s);
        s = 12345;
        s += 0.5f;
        System.out.println("short 12345 += 0.5f -> " + s);
        s = 0;
        s += Float.NaN;
        System.out.println("short 0 += NaN -> " + s);

        char c = 'A';
        c += 2;
        System.out.println("char 'A' += 2 -> " + c);
        c = 'z';
        c++;
        System.out.println("char 'z'++ -> " + c + " (" + (int) c + ")");
        c = 0;
        c--;
        System.out.println("char 0-- -> " + (int) c);
        c = 'a';
        c *= 1000;
        System.out.println("char 'a' *= 1000 -> " + (int) c);
        c = 65535;
        c += 2;
        System.out.println("char 65535 += 2 -> " + (int) c);
        c = 'x';
        c -= 'a' - 'A';
        System.out.println("char 'x' -= 32 -> " + c);

        int i = 10;
        i += 2.9;
        System.out.println("int 10 += 2.9 -> " + i);
        i = 10;
        i -= 2.9;
        System.out.println("int 10 -= 2.9 -> " + i);
        i = 1;
        i += 1e20;
        System.out.println("int 1 += 1e20 -> " + i);
        i = 7;
        i *= 1.5f;
        System.out.println("int 7 *= 1.5f -> " + i);
        i = 100;
        i /= 0.3;
        System.out.println("int 100 /= 0.3 -> " + i);
        i = Integer.MAX_VALUE;
        i += 1L;
        System.out.println("int MAX += 1L -> " + i);
        i = 17;
        i %= 5.5;
        System.out.println("int 17 %= 5.5 -> " + i);

        long l = Long.MAX_VALUE;
        l += 1.0;
        System.out.println("long MAX += 1.0 -> " + l);
        l = 3;
        l *= 2.5;
        System.out.println("long 3 *= 2.5 -> " + l);
        l = -5;
        l /= 2.0f;
        System.out.println("long -5 /= 2.0f -> " + l);

        float f = 1.5f;
        f += 1e-10;
        System.out.println("float 1.5 += 1e-10 -> " + f);
        f = 16777216f;
        f += 1;
        System.out.println("float 2^24 += 1 -> " + f);
        f = 16777216f;
        f += 1.0;
        System.out.println("float 2^24 += 1.0 (double add, then narrow) -> " + f);

        // array element compound ops
        byte[] ba = {120, -120, 0};
        ba[0] += 10;
        ba[1] -= 10;
        ba[2] -= 1;
        System.out.println("byte array: " + ba[0] + " " + ba[1] + " " + ba[2]);
        short[] sa = {30000};
        sa[0] += sa[0];
        System.out.println("short array: " + sa[0]);
        char[] ca = {'y'};
        ca[0] += 3;
        System.out.println("char array: " + (int) ca[0] + " " + ca[0]);
        // increments of narrow types in a loop
        byte counter = 0;
        int iterations = 0;
        do {
            counter += 7;
            iterations++;
        } while (counter != 0);
        System.out.println("byte counter returned to 0 after " + iterations + " iterations");
        short sc = 0;
        int loops = 0;
        do { sc += 1000; loops++; } while (sc != 0 && loops < 100000);
        System.out.println("short counter returned to 0 after " + loops + " iterations");
    }
}
