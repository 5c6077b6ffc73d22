public class MathAndStrictMath {
    static String bits(double d) { return Long.toHexString(Double.doubleToLongBits(d)); }

    public static void main(String[] args) {
        double[] xs = {0.0, -0.0, 0.5, 1.0, 2.0, 3.7, -3.7, 10.0, 100.5, 1e-300, 1e300, Double.NaN, Double.POSITIVE_INFINITY, -Double.MIN_VALUE};
        for (double x : xs) {
            System.out.println(x + " sqrt=" + Math.sqrt(x) + " cbrt=" + bits(StrictMath.cbrt(x)) + " abs=" + Math.abs(x) + " floor=" + Math.floor(x) + " ceil=" + Math.ceil(x)
                    + " rint=" + Math.rint(x) + " round=" + Math.round(x) + " signum=" + Math.signum(x) + " ulp=" + Math.ulp(x) + " exp=" + Math.getExponent(x)
                    + " nextUp=" + Math.nextUp(x) + " sin=" + bits(StrictMath.sin(x)) + " atan=" + bits(StrictMath.atan(x)) + " log=" + bits(StrictMath.log(x)));
        }
        System.out.println("pow " + Math.pow(2, 10) + " " + Math.pow(-8, 1.0 / 3) + " " + Math.pow(0, 0) + " " + Math.pow(-2, 3) + " " + Math.pow(2, -1074) + " " + Math.pow(10, 15));
        System.out.println("hypot " + Math.hypot(3, 4) + " " + Math.hypot(1e200, 1e200) + " atan2 " + bits(StrictMath.atan2(1, -1)) + " toRadians " + Math.toRadians(180) + " toDegrees " + Math.toDegrees(Math.PI));
        System.out.println("exact " + Math.addExact(1, 2) + " " + Math.multiplyExact(1L << 31, 4L) + " " + Math.negateExact(-5) + " " + Math.toIntExact(123L) + " floorDiv " + Math.floorDiv(-7, 2) + " floorMod " + Math.floorMod(-7, 3));
        for (Runnable r : new Runnable[] {() -> Math.addExact(Integer.MAX_VALUE, 1), () -> Math.multiplyExact(Long.MAX_VALUE, 2L), () -> Math.toIntExact(1L << 32),
                () -> Math.incrementExact(Integer.MAX_VALUE), () -> Math.negateExact(Long.MIN_VALUE)}) {
            try {
                r.run();
            } catch (ArithmeticException e) {
                System.out.println("exact overflow: " + e.getMessage());
            }
        }
        System.out.println("min/max " + Math.min(-0.0, 0.0) + " " + Math.max(-0.0, 0.0) + " " + Math.min(Double.NaN, 1) + " " + Math.max(1f, 2f) + " " + Math.min(Long.MIN_VALUE, 0));
        System.out.println("fma " + Math.fma(2.0, 3.0, 1.0) + " copySign " + Math.copySign(3.0, -0.0) + " scalb " + Math.scalb(1.5, 4) + " IEEEremainder " + Math.IEEEremainder(10, 3)
                + " nextAfter " + Math.nextAfter(1.0, 2.0) + " nextDown " + Math.nextDown(1.0f));
        System.out.println("abs int " + Math.abs(Integer.MIN_VALUE) + " " + Math.abs(-5L) + " round float " + Math.round(2.5f) + " " + Math.round(-2.5f) + " " + Math.round(-2.5));
        System.out.println("multiplyHigh " + Math.multiplyHigh(Long.MAX_VALUE, 3) + " floorDiv long " + Math.floorDiv(-7L, 2L) + " absExact-free " + Math.floorMod(7, -3));
        double acc = 0;
        for (int i = 1; i <= 1000; i++) acc += StrictMath.sqrt(i) * StrictMath.exp(-i / 500.0);
        System.out.println("strict accumulation bits " + bits(acc));
        System.out.println("constants " + Math.PI + " " + Math.E + " " + StrictMath.PI);
    }
}
