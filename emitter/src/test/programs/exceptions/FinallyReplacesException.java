public class FinallyReplacesException {
    @SuppressWarnings("finally")
    static void replaceInFinally() {
        try {
            throw new IllegalArgumentException("original");
        } finally {
            throw new IllegalStateException("from finally");
        }
    }

    static void throwInCatch() {
        try {
            throw new IllegalArgumentException("first");
        } catch (IllegalArgumentException e) {
            throw new UnsupportedOperationException("from catch, cause=" + e.getMessage());
        }
    }

    @SuppressWarnings("finally")
    static void catchThenFinallyThrows() {
        try {
            throw new IllegalArgumentException("first");
        } catch (IllegalArgumentException e) {
            throw new UnsupportedOperationException("from catch");
        } finally {
            throw new ArithmeticException("from finally wins");
        }
    }

    static String nestedCatchRethrowOther() {
        try {
            try {
                throw new RuntimeException("inner");
            } catch (RuntimeException e) {
                throw new Exception("converted " + e.getMessage());
            } finally {
                System.out.println("  inner finally runs before outer catch");
            }
        } catch (Exception e) {
            return "outer caught: " + e.getMessage();
        }
    }

    static String exceptionInFinallyOfSuccess() {
        try {
            try {
                System.out.println("  try ok");
            } finally {
                Object o = null;
                if (o == null) throw new IllegalStateException("finally failed");
            }
            return "unreachable";
        } catch (IllegalStateException e) {
            return "caught " + e.getMessage();
        }
    }

    static String catchBlockCatchesOwnException() {
        try {
            throw new IllegalArgumentException("a");
        } catch (IllegalArgumentException e) {
            try {
                throw new IllegalArgumentException("b inside catch");
            } catch (IllegalArgumentException e2) {
                return "outer=" + e.getMessage() + " inner=" + e2.getMessage();
            }
        }
    }

    public static void main(String[] args) {
        try {
            replaceInFinally();
        } catch (RuntimeException e) {
            System.out.println("replaceInFinally -> " + e);
            System.out.println("suppressed count=" + e.getSuppressed().length);
        }
        try {
            throwInCatch();
        } catch (RuntimeException e) {
            System.out.println("throwInCatch -> " + e);
        }
        try {
            catchThenFinallyThrows();
        } catch (RuntimeException e) {
            System.out.println("catchThenFinallyThrows -> " + e);
        }
        System.out.println("nestedCatchRethrowOther -> " + nestedCatchRethrowOther());
        System.out.println("exceptionInFinallyOfSuccess -> " + exceptionInFinallyOfSuccess());
        System.out.println("catchBlockCatchesOwnException -> " + catchBlockCatchesOwnException());
        RuntimeException primary = new RuntimeException("primary");
        primary.addSuppressed(new IllegalStateException("s1"));
        primary.addSuppressed(new IllegalArgumentException("s2"));
        Throwable[] sup = primary.getSuppressed();
        System.out.println("manual suppressed count=" + sup.length);
        for (Throwable t : sup) System.out.println("  suppressed: " + t);
    }
}
