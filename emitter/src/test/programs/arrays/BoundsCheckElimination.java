/** Loops whose bounds checks the emitter may drop, and near misses where it must keep them. */
public class BoundsCheckElimination {
    static int sumAll(int[] a) {
        int s = 0;
        for (int i = 0; i < a.length; i++) s += a[i];
        return s;
    }

    static int sumByFour(byte[] a) {
        int s = 0;
        for (int i = 0; i + 3 < a.length; i += 4) s += (a[i] & 0xFF) + a[i + 1] + a[i + 2] + a[i + 3];
        return s;
    }

    static void copyGray(byte[] src, byte[] dst) {
        for (int i = 0; i + 3 < src.length; i += 4) {
            int y = (77 * (src[i] & 0xFF) + 150 * (src[i + 1] & 0xFF) + 29 * (src[i + 2] & 0xFF)) >> 8;
            dst[i] = (byte) y;
            dst[i + 1] = (byte) y;
            dst[i + 2] = (byte) y;
            dst[i + 3] = src[i + 3];
        }
    }

    static String attempt(Runnable r) {
        try {
            r.run();
            return "ok";
        } catch (ArrayIndexOutOfBoundsException e) {
            return "AIOOBE " + e.getMessage();
        }
    }

    static int sink;

    public static void main(String[] args) {
        int[] a = new int[10];
        for (int i = 0; i < a.length; i++) a[i] = i * i;
        System.out.println("sumAll " + sumAll(a));
        byte[] bytes = new byte[22];
        for (int i = 0; i < bytes.length; i++) bytes[i] = (byte) (i * 37);
        System.out.println("sumByFour " + sumByFour(bytes));
        byte[] dst = new byte[22];
        copyGray(bytes, dst);
        System.out.println("gray " + java.util.Arrays.toString(dst));
        System.out.println("short dst " + attempt(() -> copyGray(bytes, new byte[9])));

        System.out.println("<= length " + attempt(() -> { for (int i = 0; i <= a.length; i++) sink += a[i]; }));
        System.out.println("from -1 " + attempt(() -> { for (int i = -1; i < a.length; i++) sink += a[i]; }));
        System.out.println("offset past check " + attempt(() -> { for (int i = 0; i + 3 < a.length; i += 5) sink += a[i + 4]; }));
        System.out.println("step past check " + attempt(() -> { for (int i = 0; i + 1 < a.length; i += 3) sink += a[i + 1]; }));
        System.out.println("index changed " + attempt(() -> { for (int i = 0; i < a.length; i++) { i += 2; sink += a[i]; } }));
        System.out.println("array changed " + attempt(() -> {
            int[] b = a;
            for (int i = 0; i < b.length; i++) { if (i == 5) b = new int[3]; sink += b[i]; }
        }));
        System.out.println("other array " + attempt(() -> { int[] c = new int[4]; for (int i = 0; i < a.length; i++) sink += c[i]; }));
        for (int start : new int[] {0, 5, -1, Integer.MAX_VALUE - 1, Integer.MAX_VALUE, Integer.MIN_VALUE}) {
            final int s0 = start;
            System.out.println("guarded " + start + " " + attempt(() -> {
                if (s0 >= 0 && s0 + 3 < a.length) sink += a[s0] + a[s0 + 3];
                else sink += a[s0];
            }));
            System.out.println("unguarded-low " + start + " " + attempt(() -> { if (s0 < a.length) sink += a[s0]; }));
        }
        System.out.println("constant index " + attempt(() -> { for (int i = 0; i + 5 < a.length; i++) sink += a[5] + a[i + 5]; }));
        System.out.println("constant beyond " + attempt(() -> { for (int i = 0; i + 5 < a.length; i++) sink += a[6 + 4]; }));
        System.out.println("down " + attempt(() -> { for (int i = a.length - 1; i >= 0; i--) sink += a[i]; }));
        System.out.println("down past " + attempt(() -> { for (int i = a.length; i >= 0; i--) sink += a[i]; }));
        int[] lengths = {0, 1, 3, 4, 7};
        for (int n : lengths) {
            byte[] b = new byte[n];
            System.out.println("len " + n + " " + sumByFour(b) + " " + attempt(() -> copyGray(b, new byte[n])));
        }
        try {
            int i = 0;
            while (true) { sink += a[i]; i++; if (i > 20) break; }
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("while " + e.getMessage());
        }
        System.out.println("sink " + sink);
    }
}
