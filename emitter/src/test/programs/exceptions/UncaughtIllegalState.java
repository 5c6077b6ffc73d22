public class UncaughtIllegalState {
    static int state = 0;

    static void advance() {
        state++;
        System.out.println("state=" + state);
        if (state == 3) throw new IllegalStateException("bad state");
    }

    public static void main(String[] args) {
        System.out.println("starting");
        for (int i = 0; i < 10; i++) {
            try {
                advance();
            } finally {
                System.out.println("finally for i=" + i);
            }
        }
        System.out.println("never printed");
    }
}
