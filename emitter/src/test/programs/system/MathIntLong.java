public class MathIntLong {
    static int[] ints = { 0, 1, -1, 42, -42, Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MIN_VALUE + 1 };
    static long[] longs = { 0L, 1L, -1L, 1L << 40, -(1L << 40), Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1 };

    public static void main(String[] args) {
        for (int x : ints) System.out.println("Math.abs(" + x + ")=" + Math.abs(x));
        for (long x : longs) System.out.println("Math.abs(" + x + "L)=" + Math.abs(x));
        for (int k = 0; k + 1 < ints.length; k++) {
            int x = ints[k], y = ints[k + 1];
            System.out.println("min/max(" + x + "," + y + ")=" + Math.min(x, y) + "," + Math.max(x, y));
        }
        for (int k = 0; k + 1 < longs.length; k++) {
            long x = longs[k], y = longs[k + 1];
            System.out.println("min/max(" + x + "L," + y + "L)=" + Math.min(x, y) + "," + Math.max(x, y));
        }
        System.out.println("mixed int/long min=" + Math.min(5, 3L) + " max=" + Math.max(-5, 3L));
        System.out.println("clamp via min/max=" + Math.max(0, Math.min(100, 150)) + " " + Math.max(0, Math.min(100, -20)) + " " + Math.max(0, Math.min(100, 50)));
        System.out.println("Math.absExact ok=" + Math.absExact(-5));
        try {
            Math.absExact(Integer.MIN_VALUE);
        } catch (ArithmeticException e) {
            System.out.println("Math.absExact(MIN) -> " + e.getClass().getName());
        }
        System.out.println("floorDiv/floorMod: " + Math.floorDiv(-7, 2) + " " + Math.floorMod(-7, 2) + " " + (-7 / 2) + " " + (-7 % 2));
        System.out.println("floorDiv/floorMod long: " + Math.floorDiv(-7L, 2L) + " " + Math.floorMod(7L, -2L));
        System.out.println("addExact ok=" + Math.addExact(1, 2) + " subtractExact=" + Math.subtractExact(10L, 3L) + " multiplyExact=" + Math.multiplyExact(1000, 1000));
        System.out.println("incrementExact=" + Math.incrementExact(41) + " decrementExact=" + Math.decrementExact(43L));
        int maxOfArray = Integer.MIN_VALUE, minOfArray = Integer.MAX_VALUE;
        long sumAbs = 0;
        int[] data = { 17, -3, 99, 0, -250, 64, 12 };
        for (int v : data) {
            maxOfArray = Math.max(maxOfArray, v);
            minOfArray = Math.min(minOfArray, v);
            sumAbs += Math.abs(v);
        }
        System.out.println("array max=" + maxOfArray + " min=" + minOfArray + " sumAbs=" + sumAbs);
        System.out.println("Integer.MIN_VALUE == Math.abs(MIN)=" + (Integer.MIN_VALUE == Math.abs(Integer.MIN_VALUE)));
        System.out.println("Math.abs(short)=" + Math.abs((short) -5) + " Math.abs(char)=" + Math.abs('a') + " Math.abs(byte)=" + Math.abs((byte) -128));
    }
}
