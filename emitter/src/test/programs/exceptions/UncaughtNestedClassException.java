public class UncaughtNestedClassException {
    static class Failure extends Exception {
        private static final long serialVersionUID = 1L;
        Failure(String m) { super(m); }
    }

    static class Worker {
        int jobs;
        void work(int n) throws Failure {
            jobs++;
            System.out.println("job " + jobs + " n=" + n);
            if (n > 2) throw new Failure("deep failure at n=" + n);
            work(n + 1);
        }
    }

    public static void main(String[] args) throws Failure {
        Worker w = new Worker();
        try {
            w.work(3);
        } catch (Failure f) {
            System.out.println("caught once: " + f.getMessage());
        }
        w.work(0);
        System.out.println("never printed");
    }
}
