import java.util.ArrayList;
import java.util.List;

public class BoxingCaches {
    static Integer boxed(int i) { return i; }
    static Long boxedL(long l) { return l; }

    public static void main(String[] args) {
        int[] probes = {-129, -128, -1, 0, 1, 100, 127, 128, 1000};
        for (int p : probes) {
            System.out.println("Integer " + p + " same=" + (boxed(p) == boxed(p)) + " valueOf same=" + (Integer.valueOf(p) == Integer.valueOf(p))
                    + " equals=" + boxed(p).equals(p) + " Long same=" + (boxedL(p) == boxedL(p))
                    + " Short same=" + (Short.valueOf((short) p) == Short.valueOf((short) p)));
        }
        for (int c : new int[] {0, 65, 127, 128, 200}) {
            System.out.println("Character " + c + " same=" + (Character.valueOf((char) c) == Character.valueOf((char) c)));
        }
        System.out.println("Byte all cached " + (Byte.valueOf((byte) -128) == Byte.valueOf((byte) -128)) + (Byte.valueOf((byte) 127) == Byte.valueOf((byte) 127)));
        System.out.println("Boolean " + (Boolean.valueOf(true) == Boolean.TRUE) + " " + (Boolean.valueOf("TRUE") == Boolean.TRUE) + " " + Boolean.valueOf("yes") + " " + Boolean.parseBoolean(null));
        System.out.println("new Integer distinct " + (new Integer(5) == new Integer(5)) + " equal " + new Integer(5).equals(5));
        Integer a = 1000, b = 1000;
        System.out.println("== " + (a == b) + " equals " + a.equals(b) + " compare " + a.compareTo(b) + " unboxed " + (a.intValue() == b));
        Long l = 127L;
        Integer i = 127;
        System.out.println("Long.equals(Integer) " + l.equals(i) + " " + l.equals(127L) + " " + new Long(127).equals(127));
        List<Integer> list = new ArrayList<>(List.of(10, 20, 30, 200, 300));
        list.remove(Integer.valueOf(20));
        list.remove(0);
        System.out.println("remove(Object) vs remove(int) " + list);
        System.out.println("contains 200 " + list.contains(200) + " indexOf 300 " + list.indexOf(300));
        Integer acc = 0;
        for (int k = 0; k < 300; k++) acc += k;
        System.out.println("boxed accumulation " + acc);
        Double d1 = 0.0, d2 = -0.0;
        System.out.println("Double equals(+0,-0) " + d1.equals(d2) + " == " + (d1.doubleValue() == d2) + " NaN equals " + Double.valueOf(Double.NaN).equals(Double.NaN));
        Object o = true ? 1 : "s";
        Object p = true ? 1 : 2.0;
        System.out.println("ternary boxing " + o.getClass().getSimpleName() + " " + p.getClass().getSimpleName() + " " + p);
        Character ch = 'x';
        int sum = ch + 1;
        char next = (char) (ch + 1);
        System.out.println("char arithmetic " + sum + " " + next);
        Integer nul = null;
        try {
            int bad = nul;
            System.out.println(bad);
        } catch (NullPointerException e) {
            System.out.println("unboxing null NPE");
        }
        short s = 10;
        Short bs = s;
        bs++;
        System.out.println("Short ++ " + bs + " " + bs.getClass().getSimpleName());
    }
}
