// javac-flags: --release 8
public class ExitFromNested {
    static int depth = 0;

    static void descend(int n) {
        depth++;
        System.out.println("descend " + n + " depth " + depth);
        for (int i = 0; i < 3; i++) {
            if (n == 0 && i == 1) {
                System.out.println("exiting from depth " + depth + " with status 0");
                System.exit(0);
            }
            if (n > 0) descend(n - 1);
        }
        System.out.println("never printed " + n);
    }

    public static void main(String[] args) {
        System.out.println("start");
        try {
            descend(4);
        } finally {
            System.out.println("finally must not run after System.exit");
        }
        System.out.println("not reached");
    }
}
