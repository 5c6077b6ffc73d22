public class EarlyReturns {
    static int indexOf(int[] a, int key) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] == key) return i;
        }
        return -1;
    }

    static String grade(int score) {
        if (score < 0) return "invalid";
        if (score >= 90) return "A";
        if (score >= 80) return "B";
        if (score >= 70) return "C";
        if (score > 100) return "unreachable";
        return "F";
    }

    static int findPair(int[][] m, int target) {
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < m[i].length; j++) {
                for (int k = j + 1; k < m[i].length; k++) {
                    if (m[i][j] + m[i][k] == target) return i * 100 + j * 10 + k;
                }
            }
        }
        return -1;
    }

    static boolean isPrime(int n) {
        if (n < 2) return false;
        if (n < 4) return true;
        if (n % 2 == 0) return false;
        for (int d = 3; (long) d * d <= n; d += 2) if (n % d == 0) return false;
        return true;
    }

    static void voidEarly(int n, StringBuilder out) {
        if (n < 0) {
            out.append("neg ");
            return;
        }
        for (int i = 0; ; i++) {
            if (i > n) return;
            if (i == 3) {
                out.append("three-stop ");
                return;
            }
            out.append(i).append(' ');
        }
    }

    static long returnFromSwitchInLoop(int[] ops) {
        long acc = 1;
        for (int op : ops) {
            switch (op) {
                case 0: return acc;
                case 1: acc *= 2; break;
                case 2: acc += 3; break;
                case 3: if (acc > 10) return -acc; break;
                default: continue;
            }
            acc++;
        }
        return acc * 1000;
    }

    static double returnTypes(int which) {
        if (which == 0) return 1;        // int -> double
        if (which == 1) return 2L;       // long -> double
        if (which == 2) return 'c';      // char -> double
        if (which == 3) return 2.5f;     // float -> double
        return 0.1;
    }

    static boolean validate(String s) {
        if (s == null) return false;
        if (s.isEmpty()) return false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '-' && i == 0) continue;
            if (c < '0' || c > '9') return false;
        }
        return !s.equals("-");
    }

    public static void main(String[] args) {
        int[] a = {4, 8, 15, 16, 23, 42};
        for (int key : new int[]{4, 15, 42, 7}) System.out.println("indexOf(" + key + ") = " + indexOf(a, key));
        for (int s : new int[]{-5, 0, 69, 70, 85, 90, 100, 150}) System.out.println("grade(" + s + ") = " + grade(s));
        int[][] m = {{1, 2, 3}, {10, 20, 30, 40}, {5, 5}};
        for (int t : new int[]{5, 50, 70, 10, 1000}) System.out.println("findPair(" + t + ") = " + findPair(m, t));
        StringBuilder sb = new StringBuilder();
        for (int n = 0; n < 60; n++) if (isPrime(n)) sb.append(n).append(' ');
        System.out.println("primes < 60: " + sb);
        System.out.println("isPrime(2147483647) = " + isPrime(Integer.MAX_VALUE) + ", isPrime(2147483646) = " + isPrime(Integer.MAX_VALUE - 1));
        for (int n : new int[]{-1, 0, 2, 10}) {
            StringBuilder out = new StringBuilder();
            voidEarly(n, out);
            System.out.println("voidEarly(" + n + "): " + out);
        }
        int[][] programs = {{1, 1, 0, 2}, {2, 2, 3, 1}, {9, 9, 1}, {1, 3, 2, 3}, {}};
        for (int[] p : programs) System.out.println("program len " + p.length + " -> " + returnFromSwitchInLoop(p));
        for (int w = 0; w <= 4; w++) System.out.println("returnTypes(" + w + ") = " + returnTypes(w));
        for (String s : new String[]{"123", "-45", "-", "", "12a", null, "007"}) System.out.println("validate(" + s + ") = " + validate(s));
    }
}
