public class SynchronizedAndAssert {
    private int count;
    private static int staticCount;
    private final Object lock = new Object();

    synchronized void inc() { count++; }

    static synchronized void sinc() { staticCount += 2; }

    int guarded(int n) {
        synchronized (lock) {
            for (int i = 0; i < n; i++) {
                synchronized (this) {
                    count += i;
                }
            }
            return count;
        }
    }

    int exitViaException() {
        try {
            synchronized (lock) {
                count = -1;
                throw new IllegalStateException("inside monitor");
            }
        } catch (IllegalStateException e) {
            synchronized (lock) {
                return count * 10;
            }
        }
    }

    static int checked(int x) {
        assert x > 0 : "x must be positive but was " + x;
        return x * 2;
    }

    public static void main(String[] args) throws Exception {
        SynchronizedAndAssert s = new SynchronizedAndAssert();
        for (int i = 0; i < 5; i++) s.inc();
        sinc();
        sinc();
        System.out.println("count " + s.count + " static " + staticCount);
        System.out.println("guarded " + s.guarded(10));
        System.out.println("exception " + s.exitViaException());
        synchronized (SynchronizedAndAssert.class) {
            synchronized (s) {
                synchronized ("literal") {
                    System.out.println("nested monitors ok");
                }
            }
        }
        Object nul = null;
        try {
            synchronized (nul) {
                System.out.println("unreachable");
            }
        } catch (NullPointerException e) {
            System.out.println("synchronized(null) NPE");
        }
        System.out.println("assert disabled: " + checked(-5) + " " + checked(4));
        boolean enabled = false;
        assert enabled = true;
        System.out.println("assertions enabled? " + enabled);
        System.out.println("desired status " + SynchronizedAndAssert.class.desiredAssertionStatus());
        StringBuffer sb = new StringBuffer();
        for (int i = 0; i < 5; i++) sb.append(i).append(',');
        System.out.println("StringBuffer " + sb.reverse());
        synchronized (s.lock) {
            s.lock.notifyAll();
            s.lock.notify();
        }
        System.out.println("notify while owning the monitor");
    }
}
