public class ShortCircuit {
    static StringBuilder log = new StringBuilder();

    static boolean t(String name) { log.append(name).append(' '); return true; }
    static boolean f(String name) { log.append(name).append(' '); return false; }

    static void show(String label, boolean result) {
        System.out.println(label + " = " + result + "   evaluated: " + log);
        log.setLength(0);
    }

    public static void main(String[] args) {
        show("t1 && t2", t("t1") && t("t2"));
        show("f1 && t2", f("f1") && t("t2"));
        show("t1 || t2", t("t1") || t("t2"));
        show("f1 || t2", f("f1") || t("t2"));
        show("f1 || f2 || t3 || t4", f("f1") || f("f2") || t("t3") || t("t4"));
        show("t1 && t2 && f3 && t4", t("t1") && t("t2") && f("f3") && t("t4"));
        show("f1 && t2 || t3", f("f1") && t("t2") || t("t3"));
        show("t1 || t2 && f3", t("t1") || t("t2") && f("f3"));
        show("(t1 || t2) && f3", (t("t1") || t("t2")) && f("f3"));
        show("!(t1 && f2) && !f3", !(t("t1") && f("f2")) && !f("f3"));
        show("t1 & f2 (non-short)", t("t1") & f("f2"));
        show("f1 & t2 (non-short)", f("f1") & t("t2"));
        show("t1 | t2 (non-short)", t("t1") | t("t2"));
        show("t1 ^ t2", t("t1") ^ t("t2"));
        show("f1 ? t2 : f3", f("f1") ? t("t2") : f("f3"));
        show("(t1 && t2) == (f3 || t4)", (t("t1") && t("t2")) == (f("f3") || t("t4")));
        show("(f1 || f2) != t3", (f("f1") || f("f2")) != t("t3"));
        // guarding against null and bad indices
        String s = null;
        System.out.println("s != null && s.length() > 0: " + (s != null && s.length() > 0));
        System.out.println("s == null || s.isEmpty(): " + (s == null || s.isEmpty()));
        int[] arr = {1, 2, 3};
        int idx = 5;
        System.out.println("idx < arr.length && arr[idx] > 0: " + (idx < arr.length && arr[idx] > 0));
        int div = 0;
        System.out.println("div != 0 && 10 / div > 1: " + (div != 0 && 10 / div > 1));
        // side effects in conditions
        int i = 0;
        if (i++ > 0 && i++ > 0) System.out.println("unreached");
        System.out.println("after && with i++: i = " + i);
        if (i++ > 0 || i++ > 0) System.out.println("taken; i = " + i);
        int j = 0;
        boolean r = (++j > 5) || (++j > 5) || (++j > 1) || (++j > 0);
        System.out.println("chain of ++j: r = " + r + ", j = " + j);
        // in loop conditions
        int k = 0, steps = 0;
        while (k < 100 && (k % 7 != 6 || k < 20)) { k += 3; steps++; }
        System.out.println("while cond stop k = " + k + ", steps = " + steps);
        // boolean assignments
        boolean a = t("a") && f("b");
        boolean b = f("c") || (t("d") && t("e"));
        show("a=" + a + " b", b);
        boolean c = false;
        c |= t("x");
        c &= f("y");
        show("compound |= &=", c);
        // complex predicate over a range
        int count = 0;
        for (int n = 0; n < 200; n++) {
            if ((n % 3 == 0 || n % 5 == 0) && !(n % 15 == 0) && (n > 50 || n < 10) || n == 199) count++;
        }
        System.out.println("complex predicate count = " + count);
        // De Morgan check
        boolean ok = true;
        for (int m = 0; m < 4; m++) {
            boolean p = (m & 1) != 0, q = (m & 2) != 0;
            if (!(p && q) != (!p || !q)) ok = false;
            if (!(p || q) != (!p && !q)) ok = false;
        }
        System.out.println("De Morgan holds: " + ok);
    }
}
