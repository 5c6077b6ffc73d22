public class StaticInitControlFlow {
    static void log(String s) { System.out.println("  [" + s + "]"); }

    static class Table {
        static final int[] SQUARES;
        static final String SUMMARY;
        static int caught;
        static {
            log("Table.<clinit> start");
            SQUARES = new int[10];
            for (int i = 0; i < SQUARES.length; i++) SQUARES[i] = i * i;
            StringBuilder sb = new StringBuilder();
            for (int s : SQUARES) {
                if (s % 2 == 0) continue;
                sb.append(s).append(' ');
            }
            SUMMARY = sb.toString().trim();
            try {
                Object o = "not a number";
                Integer bad = (Integer) o;
                log("unreachable " + bad);
            } catch (ClassCastException e) {
                caught++;
            }
            try {
                int[] arr = new int[2];
                arr[5] = 1;
            } catch (ArrayIndexOutOfBoundsException e) {
                caught++;
            } finally {
                log("finally in clinit caught=" + caught);
            }
            log("Table.<clinit> end");
        }
    }

    static class Conditional {
        static final boolean FLAG = Boolean.parseBoolean("true");
        static String mode;
        static {
            if (FLAG) {
                mode = "enabled";
            } else {
                mode = "disabled";
            }
            log("Conditional mode=" + mode);
        }
    }

    static class ManyStatics {
        static byte b = (byte) 300;
        static short s = (short) -70000;
        static char c = (char) 66;
        static int i = Integer.MAX_VALUE;
        static long l = Long.MIN_VALUE;
        static float f = 1.5f;
        static double d = 0.25;
        static boolean z = !false;
        static String str = "s" + i;
        static int[] arr = { 1, 2, 3 };
        static Object self = new ManyStatics();
        static { log("ManyStatics initialized"); }
    }

    static class Counter {
        static int instances;
        static final Counter FIRST = new Counter();
        static final Counter SECOND = new Counter();
        final int number;
        Counter() { number = ++instances; }
    }

    public static void main(String[] args) {
        System.out.println("SUMMARY:");
        System.out.println("summary=" + Table.SUMMARY);
        System.out.println("squares[9]=" + Table.SQUARES[9] + " caught=" + Table.caught);
        System.out.println("mode=" + Conditional.mode);
        System.out.println("ManyStatics.b=" + ManyStatics.b);
        System.out.println("s=" + ManyStatics.s + " c=" + ManyStatics.c + " i=" + ManyStatics.i + " l=" + ManyStatics.l);
        System.out.println("f=" + ManyStatics.f + " d=" + ManyStatics.d + " z=" + ManyStatics.z + " str=" + ManyStatics.str);
        System.out.println("arr sum=" + (ManyStatics.arr[0] + ManyStatics.arr[1] + ManyStatics.arr[2]) + " self non-null=" + (ManyStatics.self != null));
        System.out.println("Counter FIRST=" + Counter.FIRST.number + " SECOND=" + Counter.SECOND.number + " instances=" + Counter.instances);
        new Counter();
        System.out.println("instances after new=" + Counter.instances);
    }
}
