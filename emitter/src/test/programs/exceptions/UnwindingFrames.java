public class UnwindingFrames {
    static StringBuilder trail = new StringBuilder();

    static int level3(int x) {
        trail.append("L3enter ");
        try {
            if (x < 0) throw new IllegalArgumentException("negative " + x);
            if (x == 0) return 100 / x;
            return x * 2;
        } finally {
            trail.append("L3finally ");
        }
    }
    static int level2(int x) {
        trail.append("L2enter ");
        int r = level3(x - 1) + 1;
        trail.append("L2exit ");
        return r;
    }
    static int level1(int x) {
        trail.append("L1enter ");
        try {
            return level2(x) * 10;
        } finally {
            trail.append("L1finally ");
        }
    }
    static String top(int x) {
        trail.setLength(0);
        try {
            return "result=" + level1(x) + " trail=" + trail;
        } catch (IllegalArgumentException e) {
            return "IAE(" + e.getMessage() + ") trail=" + trail;
        } catch (ArithmeticException e) {
            return "AE(" + e.getMessage() + ") trail=" + trail;
        }
    }

    static int recurse(int depth, int throwAt) {
        if (depth == throwAt) throw new IllegalStateException("depth " + depth);
        try {
            return recurse(depth + 1, throwAt) + 1;
        } finally {
            if (depth % 10 == 0) trail.append(depth).append(',');
        }
    }

    static int catchAtLevel(int depth, int catchDepth) {
        try {
            if (depth == 50) throw new RuntimeException("bottom");
            return catchAtLevel(depth + 1, catchDepth);
        } catch (RuntimeException e) {
            if (depth == catchDepth) return -depth;
            throw e;
        }
    }

    interface Action { void run() throws Exception; }

    static String invoke(Action a) {
        try {
            a.run();
            return "completed";
        } catch (Exception e) {
            return "action failed: " + e;
        }
    }

    static class Thrower implements Action {
        final int mode;
        Thrower(int mode) { this.mode = mode; }
        public void run() throws Exception {
            helper();
        }
        void helper() throws Exception {
            if (mode == 1) throw new Exception("checked from helper");
            if (mode == 2) throw new UnsupportedOperationException("unsupported");
            if (mode == 3) { Object o = "s"; Integer i = (Integer) o; System.out.println(i); }
        }
    }

    public static void main(String[] args) {
        System.out.println("top(5): " + top(5));
        System.out.println("top(1): " + top(1));
        System.out.println("top(0): " + top(0));
        trail.setLength(0);
        try {
            recurse(0, 57);
        } catch (IllegalStateException e) {
            System.out.println("recurse caught " + e.getMessage() + " finally trail=" + trail);
        }
        System.out.println("catchAtLevel(0,20)=" + catchAtLevel(0, 20));
        System.out.println("catchAtLevel(0,50)=" + catchAtLevel(0, 50));
        try {
            catchAtLevel(0, 99);
        } catch (RuntimeException e) {
            System.out.println("catchAtLevel(0,99) escaped: " + e.getMessage());
        }
        for (int m = 0; m <= 3; m++) {
            String r = invoke(new Thrower(m));
            if (m == 3) r = r.startsWith("action failed: java.lang.ClassCastException") ? "action failed: CCE" : r;
            System.out.println("invoke(" + m + ")=" + r);
        }
    }
}
