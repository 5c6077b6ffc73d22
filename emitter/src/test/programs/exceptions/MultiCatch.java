public class MultiCatch {
    static class FirstException extends Exception {
        FirstException(String m) { super(m); }
    }
    static class SecondException extends Exception {
        SecondException(String m) { super(m); }
    }

    @SuppressWarnings("fallthrough")
    static void boom(int k) throws FirstException, SecondException {
        switch (k) {
            case 0: throw new FirstException("first");
            case 1: throw new SecondException("second");
            case 2: throw new ArrayIndexOutOfBoundsException("aioobe-msg");
            case 3: throw new NumberFormatException("nfe-msg");
            case 4: throw new NullPointerException("explicit npe");
            case 5: { int[] a = new int[1]; a[k] = 1; }
            default: break;
        }
    }

    static String handle(int k) {
        try {
            boom(k);
            return "ok";
        } catch (FirstException | SecondException e) {
            return "checked multi: " + e.getClass().getName() + " " + e.getMessage();
        } catch (ArrayIndexOutOfBoundsException | NumberFormatException e) {
            return "unchecked multi: " + e.getClass().getName() + " " + e.getMessage();
        } catch (RuntimeException e) {
            return "runtime: " + e.getClass().getName() + " " + e.getMessage();
        }
    }

    static void rethrowMulti(int k) throws FirstException, SecondException {
        try {
            boom(k);
        } catch (FirstException | SecondException e) {
            System.out.println("  rethrowMulti intercept " + e.getMessage());
            throw e;
        }
    }

    public static void main(String[] args) {
        for (int k = 0; k <= 6; k++) System.out.println("handle(" + k + ")=" + handle(k));
        for (int k = 0; k <= 2; k++) {
            try {
                rethrowMulti(k);
                System.out.println("rethrowMulti(" + k + ") ok");
            } catch (FirstException e) {
                System.out.println("rethrowMulti(" + k + ") -> FirstException");
            } catch (SecondException e) {
                System.out.println("rethrowMulti(" + k + ") -> SecondException");
            } catch (RuntimeException e) {
                System.out.println("rethrowMulti(" + k + ") -> " + e.getClass().getName());
            }
        }
        int count = 0;
        for (int i = 0; i < 20; i++) {
            try {
                Object o = (i % 3 == 0) ? null : (i % 3 == 1 ? (Object) "str" : (Object) Integer.valueOf(i));
                if (o == null) throw new IllegalStateException("null at " + i);
                Integer n = (Integer) o;
                count += n;
            } catch (IllegalStateException | ClassCastException e) {
                count += 1000;
            }
        }
        System.out.println("count=" + count);
    }
}
