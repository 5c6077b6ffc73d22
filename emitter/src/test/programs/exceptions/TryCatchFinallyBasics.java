public class TryCatchFinallyBasics {
    static int divide(int a, int b) { return a / b; }

    static String attempt(int b) {
        StringBuilder sb = new StringBuilder();
        try {
            sb.append("try;");
            int r = divide(10, b);
            sb.append("result=").append(r).append(';');
        } catch (ArithmeticException e) {
            sb.append("catch:").append(e.getMessage()).append(';');
        } finally {
            sb.append("finally;");
        }
        sb.append("after");
        return sb.toString();
    }

    static String nested(int mode) {
        StringBuilder sb = new StringBuilder();
        try {
            sb.append("outer-try;");
            try {
                sb.append("inner-try;");
                if (mode == 1) throw new IllegalArgumentException("inner-iae");
                if (mode == 2) throw new IllegalStateException("inner-ise");
                if (mode == 3) throw new UnsupportedOperationException("inner-uoe");
                sb.append("inner-ok;");
            } catch (IllegalArgumentException e) {
                sb.append("inner-catch:").append(e.getMessage()).append(';');
            } finally {
                sb.append("inner-finally;");
            }
            sb.append("between;");
            if (mode == 4) throw new RuntimeException("outer-rte");
        } catch (IllegalStateException e) {
            sb.append("outer-catch-ise:").append(e.getMessage()).append(';');
        } catch (RuntimeException e) {
            sb.append("outer-catch-rte:").append(e.getMessage()).append(';');
        } finally {
            sb.append("outer-finally;");
        }
        return sb.toString();
    }

    static int tryFinallyNoCatch(int[] counter) {
        try {
            counter[0]++;
            return counter[0] * 10;
        } finally {
            counter[0] += 100;
        }
    }

    static String deepNesting(int depth, int throwAt) {
        if (depth == 0) return "";
        StringBuilder sb = new StringBuilder();
        try {
            sb.append("[").append(depth);
            if (depth == throwAt) throw new RuntimeException("at " + depth);
            sb.append(deepNesting(depth - 1, throwAt));
        } catch (RuntimeException e) {
            sb.append(" caught ").append(e.getMessage());
        } finally {
            sb.append("]");
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        System.out.println("attempt(2)=" + attempt(2));
        System.out.println("attempt(0)=" + attempt(0));
        for (int m = 0; m <= 4; m++) System.out.println("nested(" + m + ")=" + nested(m));
        int[] counter = { 0 };
        int r = tryFinallyNoCatch(counter);
        System.out.println("tryFinallyNoCatch returned " + r + " counter=" + counter[0]);
        r = tryFinallyNoCatch(counter);
        System.out.println("tryFinallyNoCatch returned " + r + " counter=" + counter[0]);
        System.out.println("deepNesting(5,0)=" + deepNesting(5, 0));
        System.out.println("deepNesting(5,3)=" + deepNesting(5, 3));
        System.out.println("deepNesting(5,5)=" + deepNesting(5, 5));
        int caught = 0, finallies = 0;
        for (int i = 0; i < 100; i++) {
            try {
                if (i % 7 == 0) throw new Exception("e" + i);
            } catch (Exception e) {
                caught++;
            } finally {
                finallies++;
            }
        }
        System.out.println("loop caught=" + caught + " finallies=" + finallies);
        try {
            throw new Error("custom error");
        } catch (Throwable t) {
            System.out.println("caught Throwable: " + t);
        }
        try {
            try {
                throw new IllegalArgumentException("x");
            } finally {
                System.out.println("finally before propagation");
            }
        } catch (IllegalArgumentException e) {
            System.out.println("propagated: " + e.getMessage());
        }
    }
}
