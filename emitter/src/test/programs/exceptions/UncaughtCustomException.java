public class UncaughtCustomException {
    static void level(int n) {
        System.out.println("enter level " + n);
        if (n == 0) throw new MyException("boom");
        try {
            level(n - 1);
        } finally {
            System.out.println("leave level " + n);
        }
    }

    public static void main(String[] args) {
        try {
            level(0);
        } catch (MyException e) {
            System.out.println("first caught: " + e);
        }
        level(3);
        System.out.println("never printed");
    }
}

class MyException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    MyException(String msg) { super(msg); }
}
