public class FinallyControlFlow {
    static StringBuilder log = new StringBuilder();

    @SuppressWarnings("finally")
    static int returnOverride() {
        try {
            return 1;
        } finally {
            return 2;
        }
    }

    @SuppressWarnings("finally")
    static int returnOverridesException() {
        try {
            throw new RuntimeException("lost");
        } finally {
            return 3;
        }
    }

    @SuppressWarnings("finally")
    static String exceptionOverridesReturn() {
        try {
            return "never";
        } finally {
            throw new IllegalStateException("from finally");
        }
    }

    static int returnValueSnapshot() {
        int x = 10;
        try {
            return x;
        } finally {
            x = 20;
            log.append("snapshot-finally x=").append(x).append(';');
        }
    }

    static StringBuilder returnRefMutated() {
        StringBuilder sb = new StringBuilder("a");
        try {
            return sb;
        } finally {
            sb.append("-mutated-in-finally");
        }
    }

    static String breakInLoop() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            try {
                sb.append("t").append(i);
                if (i == 2) break;
            } finally {
                sb.append("f").append(i).append(' ');
            }
        }
        return sb.toString();
    }

    static String continueInLoop() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            try {
                if (i % 2 == 0) continue;
                sb.append("odd").append(i);
            } finally {
                sb.append("|f").append(i).append(' ');
            }
        }
        return sb.toString();
    }

    @SuppressWarnings("finally")
    static String breakFromFinallySwallows() {
        StringBuilder sb = new StringBuilder();
        while (true) {
            try {
                sb.append("throwing;");
                throw new RuntimeException("swallowed");
            } finally {
                sb.append("finally-break;");
                break;
            }
        }
        sb.append("after-loop");
        return sb.toString();
    }

    static String labeledBreak() {
        StringBuilder sb = new StringBuilder();
        outer:
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                try {
                    try {
                        if (i == 1 && j == 1) break outer;
                        sb.append(i).append(j).append(' ');
                    } finally {
                        sb.append("in ");
                    }
                } finally {
                    sb.append("out; ");
                }
            }
        }
        return sb.toString();
    }

    static int nestedFinallyReturns() {
        int v = 0;
        try {
            try {
                v += 1;
                return v;
            } finally {
                v += 10;
                log.append("inner-finally v=").append(v).append(';');
            }
        } finally {
            v += 100;
            log.append("outer-finally v=").append(v).append(';');
        }
    }

    static int finallyInRecursion(int n) {
        try {
            if (n == 0) return 0;
            return n + finallyInRecursion(n - 1);
        } finally {
            log.append(n);
        }
    }

    static String switchInsideTry(int k) {
        String r;
        try {
            switch (k) {
                case 0: r = "zero"; break;
                case 1: return "one-returned";
                default: throw new IllegalArgumentException("k=" + k);
            }
        } catch (IllegalArgumentException e) {
            r = "caught " + e.getMessage();
        } finally {
            log.append("sw").append(k).append(';');
        }
        return r;
    }

    public static void main(String[] args) {
        System.out.println("returnOverride=" + returnOverride());
        System.out.println("returnOverridesException=" + returnOverridesException());
        try {
            System.out.println("exceptionOverridesReturn=" + exceptionOverridesReturn());
        } catch (IllegalStateException e) {
            System.out.println("exceptionOverridesReturn threw " + e.getMessage());
        }
        System.out.println("returnValueSnapshot=" + returnValueSnapshot() + " log=" + log);
        log.setLength(0);
        System.out.println("returnRefMutated=" + returnRefMutated());
        System.out.println("breakInLoop=" + breakInLoop());
        System.out.println("continueInLoop=" + continueInLoop());
        System.out.println("breakFromFinallySwallows=" + breakFromFinallySwallows());
        System.out.println("labeledBreak=" + labeledBreak());
        System.out.println("nestedFinallyReturns=" + nestedFinallyReturns() + " log=" + log);
        log.setLength(0);
        System.out.println("finallyInRecursion=" + finallyInRecursion(5) + " log=" + log);
        log.setLength(0);
        for (int k = 0; k < 3; k++) System.out.println("switchInsideTry(" + k + ")=" + switchInsideTry(k));
        System.out.println("switch log=" + log);
    }
}
