public class Recursion {
    static int calls = 0;

    static int fib(int n) { calls++; return n < 2 ? n : fib(n - 1) + fib(n - 2); }

    static long fibMemo(int n, long[] memo) {
        if (n < 2) return n;
        if (memo[n] != 0) return memo[n];
        return memo[n] = fibMemo(n - 1, memo) + fibMemo(n - 2, memo);
    }

    static int ack(int m, int n) {
        if (m == 0) return n + 1;
        if (n == 0) return ack(m - 1, 1);
        return ack(m - 1, ack(m, n - 1));
    }

    static boolean isEven(int n) { return n == 0 || isOdd(n - 1); }
    static boolean isOdd(int n) { return n != 0 && isEven(n - 1); }

    static int gcd(int a, int b) { return b == 0 ? a : gcd(b, a % b); }

    static void hanoi(int n, char from, char to, char via, StringBuilder moves) {
        if (n == 0) return;
        hanoi(n - 1, from, via, to, moves);
        moves.append(from).append(to).append(' ');
        hanoi(n - 1, via, to, from, moves);
    }

    static long power(long base, int exp) {
        if (exp == 0) return 1;
        long half = power(base, exp / 2);
        return (exp % 2 == 0) ? half * half : half * half * base;
    }

    static int sumDigits(int n) { return n < 10 ? n : n % 10 + sumDigits(n / 10); }

    static String reverse(String s) { return s.isEmpty() ? "" : reverse(s.substring(1)) + s.charAt(0); }

    static boolean palindrome(String s, int i, int j) { return i >= j || (s.charAt(i) == s.charAt(j) && palindrome(s, i + 1, j - 1)); }

    static void permutations(String prefix, String rest, StringBuilder out) {
        if (rest.isEmpty()) { out.append(prefix).append(' '); return; }
        for (int i = 0; i < rest.length(); i++)
            permutations(prefix + rest.charAt(i), rest.substring(0, i) + rest.substring(i + 1), out);
    }

    static int partitions(int n, int max) {
        if (n == 0) return 1;
        if (n < 0 || max == 0) return 0;
        return partitions(n - max, max) + partitions(n, max - 1);
    }

    static int binarySearch(int[] a, int key, int lo, int hi) {
        if (lo > hi) return -(lo + 1);
        int mid = (lo + hi) >>> 1;
        if (a[mid] == key) return mid;
        return a[mid] < key ? binarySearch(a, key, mid + 1, hi) : binarySearch(a, key, lo, mid - 1);
    }

    static int depth(int n) { return n == 0 ? 0 : 1 + depth(n - 1); }

    public static void main(String[] args) {
        for (int i = 0; i <= 20; i += 4) {
            calls = 0;
            System.out.println("fib(" + i + ") = " + fib(i) + " in " + calls + " calls");
        }
        long[] memo = new long[93];
        System.out.println("fibMemo(90) = " + fibMemo(90, memo));
        for (int m = 0; m <= 3; m++) {
            StringBuilder sb = new StringBuilder();
            for (int n = 0; n <= 4; n++) sb.append(ack(m, n)).append(' ');
            System.out.println("ack(" + m + ", 0..4) = " + sb);
        }
        System.out.println("isEven(10) = " + isEven(10) + ", isOdd(7) = " + isOdd(7) + ", isEven(999) = " + isEven(999));
        System.out.println("gcd(1071, 462) = " + gcd(1071, 462) + ", gcd(17, 5) = " + gcd(17, 5) + ", gcd(0, 9) = " + gcd(0, 9));
        StringBuilder moves = new StringBuilder();
        hanoi(4, 'A', 'C', 'B', moves);
        System.out.println("hanoi(4): " + moves);
        System.out.println("power(3, 39) = " + power(3, 39) + ", power(2, 62) = " + power(2, 62) + ", power(-7, 21) = " + power(-7, 21));
        System.out.println("sumDigits(987654321) = " + sumDigits(987654321));
        System.out.println("reverse(\"recursion\") = " + reverse("recursion"));
        for (String s : new String[]{"racecar", "abba", "abca", "x", ""})
            System.out.println("palindrome(\"" + s + "\") = " + palindrome(s, 0, s.length() - 1));
        StringBuilder perms = new StringBuilder();
        permutations("", "abcd", perms);
        System.out.println("permutations: " + perms);
        for (int n = 1; n <= 30; n += 7) System.out.println("partitions(" + n + ") = " + partitions(n, n));
        int[] sorted = {1, 3, 5, 7, 9, 11, 13, 15};
        StringBuilder bs = new StringBuilder();
        for (int k = 0; k <= 16; k += 3) bs.append(k).append("@").append(binarySearch(sorted, k, 0, sorted.length - 1)).append(' ');
        System.out.println("binarySearch: " + bs);
        System.out.println("depth(3000) = " + depth(3000));
    }
}
