public class CatchOrderAndRethrow {
    static class AppException extends Exception {
        AppException(String m) { super(m); }
    }
    static class DbException extends AppException {
        DbException(String m) { super(m); }
    }
    static class TimeoutException extends DbException {
        TimeoutException(String m) { super(m); }
    }

    static void thrower(int k) throws AppException {
        switch (k) {
            case 0: throw new AppException("app");
            case 1: throw new DbException("db");
            case 2: throw new TimeoutException("timeout");
            case 3: throw new IllegalArgumentException("iae");
            case 4: throw new ArithmeticException("arith");
            default: break;
        }
    }

    static String classify(int k) {
        try {
            thrower(k);
            return "none";
        } catch (TimeoutException e) {
            return "TimeoutException(" + e.getMessage() + ")";
        } catch (DbException e) {
            return "DbException(" + e.getMessage() + ")";
        } catch (AppException e) {
            return "AppException(" + e.getMessage() + ")";
        } catch (IllegalArgumentException e) {
            return "IAE(" + e.getMessage() + ")";
        } catch (RuntimeException e) {
            return "RuntimeException:" + e.getClass().getName() + "(" + e.getMessage() + ")";
        }
    }

    static void rethrowSame(int k) throws AppException {
        try {
            thrower(k);
        } catch (DbException e) {
            System.out.println("  rethrowSame logging " + e.getMessage());
            throw e;
        }
    }

    static void wrap(int k) {
        try {
            thrower(k);
        } catch (AppException e) {
            throw new RuntimeException("wrapped", e);
        }
    }

    static void preciseRethrow(int k) throws DbException, IllegalStateException {
        try {
            if (k == 0) throw new DbException("precise-db");
            if (k == 1) throw new IllegalStateException("precise-ise");
        } catch (Exception e) {
            System.out.println("  preciseRethrow saw " + e.getClass().getName());
            throw e;
        }
    }

    public static void main(String[] args) {
        for (int k = 0; k <= 5; k++) System.out.println("classify(" + k + ")=" + classify(k));
        for (int k = 0; k <= 2; k++) {
            try {
                rethrowSame(k);
                System.out.println("rethrowSame(" + k + ") no exception");
            } catch (AppException e) {
                System.out.println("rethrowSame(" + k + ") outer caught " + e.getClass().getName() + ": " + e.getMessage());
            }
        }
        try {
            wrap(1);
        } catch (RuntimeException e) {
            System.out.println("wrap: " + e);
            System.out.println("wrap cause: " + e.getCause());
            System.out.println("wrap cause class: " + e.getCause().getClass().getName());
            System.out.println("wrap cause is DbException: " + (e.getCause() instanceof DbException));
        }
        for (int k = 0; k <= 2; k++) {
            try {
                preciseRethrow(k);
                System.out.println("preciseRethrow(" + k + ") no exception");
            } catch (DbException e) {
                System.out.println("preciseRethrow(" + k + ") caught DbException " + e.getMessage());
            } catch (IllegalStateException e) {
                System.out.println("preciseRethrow(" + k + ") caught ISE " + e.getMessage());
            }
        }
        Exception saved = null;
        for (int i = 0; i < 3; i++) {
            try {
                thrower(i);
            } catch (Exception e) {
                saved = e;
            }
        }
        System.out.println("last saved=" + saved);
        try {
            throw saved;
        } catch (TimeoutException e) {
            System.out.println("rethrown saved caught as TimeoutException");
        } catch (Exception e) {
            System.out.println("rethrown saved caught as Exception");
        }
    }
}
