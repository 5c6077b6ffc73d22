// javac-flags: --release 8
public class FloatArith {
    static float a = 3f, b = 7f, c = 0.1f, d = -2.5f;

    public static void main(String[] args) {
        System.out.println("a + b = " + (a + b) + ", a - b = " + (a - b) + ", a * b = " + (a * b) + ", a / b = " + (a / b));
        System.out.println("b / a = " + (b / a) + ", c * 3 = " + (c * 3) + ", c + c + c = " + (c + c + c) + ", c * 10 = " + (c * 10));
        System.out.println("d * d = " + (d * d) + ", -d = " + (-d) + ", 1 / d = " + (1 / d) + ", c / 3 = " + (c / 3));
        System.out.println("0.1f + 0.2f == 0.3f: " + (c + 0.2f == 0.3f) + ", 0.1f + 0.7f == 0.8f: " + (c + 0.7f == 0.8f));
        System.out.println("(a / b) * b == a: " + ((a / b) * b == a));
        // float precision limit
        float f = 1f;
        int steps = 0;
        while (f + 1f != f) { f *= 2; steps++; }
        System.out.println("first power of two where f + 1 == f: 2^" + steps + " = " + f);
        float eps = 1f;
        while (1f + eps / 2 != 1f) eps /= 2;
        System.out.println("float machine epsilon = " + eps + " bits " + Integer.toHexString(Float.floatToIntBits(eps)));
        double deps = 1;
        while (1 + deps / 2 != 1) deps /= 2;
        System.out.println("double machine epsilon = " + deps);
        // float accumulations must stay in float precision
        float sum = 0;
        for (int i = 0; i < 1000; i++) sum += 0.001f;
        System.out.println("1000 * 0.001f summed = " + sum + " bits " + Integer.toHexString(Float.floatToIntBits(sum)));
        float harmonic = 0;
        for (int i = 1; i <= 10000; i++) harmonic += 1f / i;
        System.out.println("float harmonic(10000) = " + harmonic + " bits " + Integer.toHexString(Float.floatToIntBits(harmonic)));
        float big = 0;
        for (int i = 0; i < 20000000 / 1000; i++) big += 1000f;
        System.out.println("float sum of 20000 * 1000f = " + big);
        float counter = 16777200f;
        for (int i = 0; i < 40; i++) counter += 1f;
        System.out.println("float counter from 16777200 + 40 = " + counter);
        // float products and quotients
        float[] xs = {1.1f, 0.3f, 1e-20f, 3e20f, 123.456f, -7.77f, 1.0000001f};
        for (float x : xs) {
            System.out.println("x = " + x + ": x*x = " + (x * x) + ", x/3 = " + (x / 3) + ", x+x = " + (x + x) + ", x-1 = " + (x - 1)
                    + ", 1/x = " + (1 / x) + ", bits(x*x) " + Integer.toHexString(Float.floatToIntBits(x * x)));
        }
        // compound with float
        float v = 10f;
        v += 0.5f;
        v -= 0.25f;
        v *= 4f;
        v /= 3f;
        v %= 5f;
        System.out.println("compound v = " + v);
        // float vs double results differ
        float ff = 1f / 3;
        double dd = 1.0 / 3;
        System.out.println("1f/3 = " + ff + ", 1.0/3 = " + dd + ", (double)(1f/3) = " + (double) ff + ", equal: " + (ff == dd) + ", (float)dd == ff: " + ((float) dd == ff));
        float p = 1;
        for (int i = 0; i < 30; i++) p *= 1.1f;
        double pd = 1;
        for (int i = 0; i < 30; i++) pd *= 1.1;
        System.out.println("1.1f^30 = " + p + ", 1.1^30 = " + pd);
        // float method params/returns
        System.out.println("avg(1f, 2f, 4f) = " + avg(1f, 2f, 4f) + ", lerp = " + lerp(0f, 10f, 0.3f));
        float[] fa = new float[5];
        for (int i = 0; i < fa.length; i++) fa[i] = i * 0.7f;
        float fsum = 0;
        for (float x : fa) fsum += x;
        System.out.println("array sum = " + fsum);
        float neg = -fa[3];
        System.out.println("neg = " + neg + ", abs = " + Math.abs(neg));
        float inc = 0.5f;
        inc++;
        System.out.println("inc = " + inc + ", inc-- = " + inc-- + ", after = " + inc);
    }

    static float avg(float x, float y, float z) { return (x + y + z) / 3; }
    static float lerp(float a, float b, float t) { return a + (b - a) * t; }
}
