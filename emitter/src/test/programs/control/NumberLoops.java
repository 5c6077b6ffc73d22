public class NumberLoops {
    static int sumProperDivisors(int n) {
        if (n < 2) return 0;
        int s = 1;
        for (int d = 2; d * d <= n; d++) {
            if (n % d == 0) {
                s += d;
                int e = n / d;
                if (e != d) s += e;
            }
        }
        return s;
    }

    static boolean armstrong(int n) {
        int digits = 0;
        for (int t = n; t > 0; t /= 10) digits++;
        int sum = 0;
        for (int t = n; t > 0; t /= 10) {
            int dd = t % 10, p = 1;
            for (int k = 0; k < digits; k++) p *= dd;
            sum += p;
        }
        return sum == n;
    }

    static int reverseDigits(int n) {
        int r = 0;
        while (n != 0) { r = r * 10 + n % 10; n /= 10; }
        return r;
    }

    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        for (int n = 2; n < 10000; n++) if (sumProperDivisors(n) == n) sb.append(n).append(' ');
        System.out.println("perfect numbers < 10000: " + sb);
        sb.setLength(0);
        for (int a = 2; a < 3000; a++) {
            int b = sumProperDivisors(a);
            if (b > a && sumProperDivisors(b) == a) sb.append('(').append(a).append(',').append(b).append(')');
        }
        System.out.println("amicable pairs: " + sb);
        sb.setLength(0);
        for (int n = 1; n < 100000; n++) if (armstrong(n)) sb.append(n).append(' ');
        System.out.println("armstrong numbers: " + sb);
        sb.setLength(0);
        for (int n = 10; n < 200; n++) if (n == reverseDigits(n) && n % 11 == 0) sb.append(n).append(' ');
        System.out.println("palindromes divisible by 11: " + sb);
        System.out.println("reverseDigits(-12345) = " + reverseDigits(-12345) + ", reverseDigits(1000) = " + reverseDigits(1000)
                + ", reverseDigits(MAX) = " + reverseDigits(Integer.MAX_VALUE));
        // pythagorean triples
        sb.setLength(0);
        int triples = 0;
        for (int a = 1; a < 50; a++)
            for (int b = a; b < 50; b++) {
                int c2 = a * a + b * b;
                int c = (int) Math.sqrt(c2);
                if (c * c == c2 && c < 50) {
                    triples++;
                    if (triples <= 8) sb.append(a).append('-').append(b).append('-').append(c).append(' ');
                }
            }
        System.out.println("pythagorean triples with c < 50: " + triples + ", first: " + sb);
        // digit frequency of 2^100 computed with an int array
        int[] digits = new int[40];
        digits[0] = 1;
        int len = 1;
        for (int i = 0; i < 100; i++) {
            int carry = 0;
            for (int k = 0; k < len; k++) {
                int v = digits[k] * 2 + carry;
                digits[k] = v % 10;
                carry = v / 10;
            }
            if (carry > 0) digits[len++] = carry;
        }
        sb.setLength(0);
        for (int k = len - 1; k >= 0; k--) sb.append(digits[k]);
        System.out.println("2^100 = " + sb);
        // triangular numbers with many divisors
        int tri = 0;
        for (int n = 1; ; n++) {
            tri += n;
            int divs = 0;
            for (int d = 1; d * d <= tri; d++) if (tri % d == 0) divs += (d * d == tri) ? 1 : 2;
            if (divs > 100) {
                System.out.println("first triangular number with > 100 divisors: " + tri + " (n=" + n + ", divisors=" + divs + ")");
                break;
            }
        }
        // fizzbuzz-like counting with nested conditions
        int c3 = 0, c5 = 0, c15 = 0, other = 0;
        for (int i = 1; i <= 1000; i++) {
            if (i % 15 == 0) c15++;
            else if (i % 5 == 0) c5++;
            else if (i % 3 == 0) c3++;
            else other++;
        }
        System.out.println("fizz=" + c3 + " buzz=" + c5 + " fizzbuzz=" + c15 + " other=" + other);
    }
}
