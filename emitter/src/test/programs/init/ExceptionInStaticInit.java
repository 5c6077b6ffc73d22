public class ExceptionInStaticInit {
    static int attempts = 0;

    static class Broken {
        static int value;
        static {
            attempts++;
            System.out.println("  [Broken.<clinit> attempt " + attempts + "]");
            if (attempts > 0) {
                throw new IllegalStateException("broken init");
            }
            value = 1;
        }
        static int get() { return value; }
    }

    static class BrokenByArithmetic {
        static int zero = 0;
        static int value = 10 / zero;
    }

    static class BrokenByNull {
        static String s = null;
        static int len = s.length();
    }

    static class UsesBroken {
        static { System.out.println("  [UsesBroken.<clinit>]"); }
        static int v = Broken.value;
    }

    static class BrokenSuper {
        static { if (attempts >= 0) throw new RuntimeException("super broken"); }
    }
    static class ChildOfBroken extends BrokenSuper {
        static { System.out.println("  [ChildOfBroken.<clinit> should not print]"); }
    }

    static class ErrorThrower {
        static { if (attempts >= 0) throw new AssertionError("assert in clinit"); }
        static void m() {}
    }

    static void tryCall(String label, int which) {
        try {
            switch (which) {
                case 0: System.out.println("value=" + Broken.value); break;
                case 1: System.out.println("get=" + Broken.get()); break;
                case 2: new Broken(); break;
                case 3: System.out.println("value=" + BrokenByArithmetic.value); break;
                case 4: System.out.println("len=" + BrokenByNull.len); break;
                case 5: System.out.println("v=" + UsesBroken.v); break;
                case 6: new ChildOfBroken(); break;
                case 7: ErrorThrower.m(); break;
                default: Broken.value = 5; break;
            }
            System.out.println(label + ": no exception");
        } catch (ExceptionInInitializerError e) {
            Throwable cause = e.getCause();
            System.out.println(label + ": " + e.getClass().getName() + " cause=" + (cause == null ? "null" : cause.getClass().getName()));
            if (cause != null && !(cause instanceof NullPointerException)) {
                System.out.println(label + ": cause message=" + cause.getMessage());
            }
        } catch (NoClassDefFoundError e) {
            System.out.println(label + ": " + e.getClass().getName());
        } catch (Error e) {
            System.out.println(label + ": other error " + e.getClass().getName());
        }
    }

    public static void main(String[] args) {
        tryCall("first access Broken.value", 0);
        tryCall("second access Broken.get()", 1);
        tryCall("third access new Broken()", 2);
        tryCall("put Broken.value", 8);
        System.out.println("attempts=" + attempts);
        tryCall("BrokenByArithmetic first", 3);
        tryCall("BrokenByArithmetic second", 3);
        tryCall("BrokenByNull first", 4);
        tryCall("BrokenByNull second", 4);
        tryCall("UsesBroken first", 5);
        tryCall("UsesBroken second", 5);
        tryCall("ChildOfBroken first", 6);
        tryCall("ChildOfBroken second", 6);
        tryCall("ErrorThrower first", 7);
        tryCall("ErrorThrower second", 7);
        System.out.println("done attempts=" + attempts);
    }
}
