public class ArgsAndMain {
    static int mainCalls;

    public static void main(String[] args) {
        mainCalls++;
        System.out.println("call " + mainCalls + ": args is null=" + (args == null));
        System.out.println("call " + mainCalls + ": args.length=" + args.length);
        System.out.println("call " + mainCalls + ": args class=" + args.getClass().getName());
        for (int i = 0; i < args.length; i++) System.out.println("  arg[" + i + "]=" + args[i]);
        if (mainCalls == 1) {
            main(new String[] { "first", "second" });
            main(new String[0]);
            String[] reused = args;
            try {
                System.out.println(reused[0]);
            } catch (ArrayIndexOutOfBoundsException e) {
                System.out.println("args[0] on empty args: " + e.getMessage());
            }
            System.out.println("done after " + mainCalls + " calls");
        }
    }
}
