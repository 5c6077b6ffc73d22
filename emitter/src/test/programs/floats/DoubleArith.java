// javac-flags: -XDstringConcat=inline
public class DoubleArith {
    static double a = 3.0, b = 7.0, c = 0.1, d = -2.5;

    static double mul(double x, double y) { return x * y; }
    static double div(double x, double y) { return x / y; }

    public static void main(String[] args) {
        System.out.println("a + b = " + (a + b) + ", a - b = " + (a - b) + ", a * b = " + (a * b) + ", a / b = " + (a / b));
        System.out.println("b / a = " + (b / a) + ", c * 3 = " + (c * 3) + ", c + c + c = " + (c + c + c) + ", c * 10 = " + (c * 10));
        System.out.println("d * d = " + (d * d) + ", -d = " + (-d) + ", d / 0.5 = " + (d / 0.5) + ", 1 / d = " + (1 / d));
        System.out.println("0.1 + 0.2 == 0.3: " + (0.1 + 0.2 == 0.3) + ", runtime: " + (c + 0.2 == 0.3));
        System.out.println("0.5 + 0.25 == 0.75: " + (0.5 + 0.25 == 0.75));
        System.out.println("(a / b) * b = " + (a / b) * b + ", == a: " + ((a / b) * b == a));
        System.out.println("1e16 + 1 - 1e16 = " + (1e16 + 1 - 1e16) + ", 1e16 + 2 - 1e16 = " + (1e16 + 2 - 1e16));
        System.out.println("associativity: (0.1+0.2)+0.3 = " + ((c + 0.2) + 0.3) + ", 0.1+(0.2+0.3) = " + (c + (0.2 + 0.3)));
        System.out.println("distributivity: 3*(0.1+0.2) = " + (a * (c + 0.2)) + ", 3*0.1+3*0.2 = " + (a * c + a * 0.2));
        // rounding of halfway cases in multiplication
        double[] xs = {1.0000000000000002, 0.9999999999999999, 1e-200, 1e200, 123456.789, -0.001};
        for (double x : xs) {
            System.out.println("x = " + x + ": x*x = " + mul(x, x) + ", x/3 = " + div(x, 3) + ", x+x = " + (x + x) + ", x-1 = " + (x - 1)
                    + ", 1/x = " + div(1, x));
        }
        // integer-valued doubles
        double acc = 0;
        for (int i = 1; i <= 100; i++) acc += i;
        System.out.println("sum 1..100 = " + acc);
        double fact = 1;
        for (int i = 1; i <= 25; i++) {
            fact *= i;
            if (i % 5 == 0) System.out.println(i + "! as double = " + fact + " (as long " + (long) fact + ")");
        }
        System.out.println("171! overflow: " + factorial(171) + ", 170! = " + factorial(170));
        // compound assignment
        double v = 10;
        v += 0.5;
        v -= 0.25;
        v *= 4;
        v /= 3;
        v %= 5;
        System.out.println("compound v = " + v);
        v = 1;
        for (int i = 0; i < 30; i++) v /= 3;
        for (int i = 0; i < 30; i++) v *= 3;
        System.out.println("divide/multiply by 3 thirty times = " + v);
        // mixed with ints
        int i = 7;
        long l = 3;
        System.out.println("i / 2 = " + (i / 2) + ", i / 2.0 = " + (i / 2.0) + ", (double) i / 2 = " + ((double) i / 2) + ", (double) (i / 2) = " + ((double) (i / 2)));
        System.out.println("l * 0.5 = " + (l * 0.5) + ", i + l + 0.5 = " + (i + l + 0.5) + ", 0.5 + i + l = " + (0.5 + i + l));
        System.out.println("\"\" + i + 0.5 = " + ("" + i + 0.5) + ", i + 0.5 + \"\" = " + (i + 0.5 + ""));
        // polynomial evaluation (Horner)
        double[] coef = {1, -3, 0.5, 2, -0.125};
        for (double x = -2; x <= 2; x += 0.5) {
            double r = 0;
            for (int k = coef.length - 1; k >= 0; k--) r = r * x + coef[k];
            System.out.println("p(" + x + ") = " + r);
        }
        // increments
        double z = 0.5;
        z++;
        ++z;
        z--;
        System.out.println("z = " + z);
        double[] arr = {1.5, 2.5};
        arr[0] += arr[1]++;
        System.out.println("arr = " + arr[0] + ", " + arr[1]);
    }

    static double factorial(int n) {
        double r = 1;
        for (int i = 2; i <= n; i++) r *= i;
        return r;
    }
}
