public class ImplicitArithmetic {
    static int zeroI = 0;
    static long zeroL = 0L;
    static int div(int a, int b) { return a / b; }
    static int rem(int a, int b) { return a % b; }
    static long ldiv(long a, long b) { return a / b; }
    static long lrem(long a, long b) { return a % b; }

    static String run(int k) {
        try {
            switch (k) {
                case 0: return "int div " + div(7, zeroI);
                case 1: return "int rem " + rem(7, zeroI);
                case 2: return "long div " + ldiv(7L, zeroL);
                case 3: return "long rem " + lrem(7L, zeroL);
                case 4: { int x = 5; x /= zeroI; return "compound div " + x; }
                case 5: { long x = 5; x %= zeroL; return "compound rem " + x; }
                case 6: return "double div " + (1.0 / zeroI);
                case 7: return "float rem " + (5.0f % zeroI);
                case 8: return "MIN/-1 " + div(Integer.MIN_VALUE, -1);
                case 9: return "MIN%-1 " + rem(Integer.MIN_VALUE, -1);
                case 10: return "LMIN/-1 " + ldiv(Long.MIN_VALUE, -1);
                case 11: return "byte div " + ((byte) 10 / (byte) zeroI);
                case 12: return "char div " + ('a' / (char) zeroI);
                case 13: return "Math.floorDiv " + Math.floorDiv(3, zeroI);
                case 14: return "Math.addExact " + Math.addExact(Integer.MAX_VALUE, 1);
                case 15: return "Math.multiplyExact " + Math.multiplyExact(1L << 62, 4L);
                case 16: return "Math.toIntExact " + Math.toIntExact(1L << 40);
                case 17: return "Math.negateExact " + Math.negateExact(Integer.MIN_VALUE);
                default: return "ok";
            }
        } catch (ArithmeticException e) {
            return "case " + k + ": " + e.getClass().getName() + ": " + e.getMessage();
        }
    }

    public static void main(String[] args) {
        for (int k = 0; k <= 18; k++) System.out.println(run(k));
        int errors = 0, sum = 0;
        for (int d = -3; d <= 3; d++) {
            try {
                sum += 100 / d;
            } catch (ArithmeticException e) {
                errors++;
            }
        }
        System.out.println("loop sum=" + sum + " errors=" + errors);
        try {
            int r = 10 / zeroI;
            System.out.println("unreachable " + r);
        } catch (RuntimeException e) {
            System.out.println("as RuntimeException: " + e);
        }
    }
}
