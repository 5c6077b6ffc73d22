public class SystemErrOutput {
    public static void main(String[] args) {
        System.out.println("stdout line 1");
        System.err.println("stderr line 1");
        System.out.println("stdout line 2");
        System.err.println("stderr line 2 with number " + 42);
        System.err.print("stderr partial ");
        System.err.println("completed");
        for (int i = 0; i < 5; i++) {
            System.out.println("out " + i);
            if (i % 2 == 0) System.err.println("err " + i);
        }
        System.err.println(3.5);
        System.err.println('c');
        System.err.println(true);
        System.err.println((Object) null);
        System.err.printf("printf on err %d %s%n", 7, "x");
        System.out.println("stdout done");
        System.err.flush();
        System.out.flush();
    }
}
