package org.cortado.patch.java.util;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** {@link TRandom} must produce exactly java.util.Random's sequences (JDK 17). */
class TRandomTest {
    private static final int[] INT_BOUNDS = {1, 2, 3, 5, 7, 10, 16, 100, 1 << 20, 1000003, (1 << 30) + 1,
        1 << 30, Integer.MAX_VALUE, Integer.MAX_VALUE - 1, 1_500_000_000};
    private static final long[] LONG_BOUNDS = {1, 2, 3, 10, 1L << 40, (1L << 62) + 1, 1L << 62,
        Long.MAX_VALUE, Long.MAX_VALUE / 3 * 2, 6_000_000_000_000_000_000L};
    private static final int[][] INT_RANGES = {{0, 1}, {-5, 5}, {-8, 8}, {10, 1000}, {Integer.MIN_VALUE, 0},
        {Integer.MIN_VALUE, Integer.MAX_VALUE}, {-1, Integer.MAX_VALUE}, {-2_000_000_000, 2_000_000_000},
        {Integer.MIN_VALUE, Integer.MIN_VALUE + 1}, {-1_000_000_000, 1_000_000_000}};
    private static final long[][] LONG_RANGES = {{0, 1}, {-5, 5}, {-(1L << 40), 1L << 40},
        {Long.MIN_VALUE, Long.MAX_VALUE}, {-1, Long.MAX_VALUE}, {Long.MIN_VALUE, 0},
        {-8_000_000_000_000_000_000L, 8_000_000_000_000_000_000L}, {3, 1_000_000_000_007L}};
    private static final double[] DOUBLE_BOUNDS = {Double.MIN_VALUE, 1e-300, 0.5, 1, 3, 1e10, 1e300,
        Double.MAX_VALUE, Math.nextUp(1.0)};
    private static final float[] FLOAT_BOUNDS = {Float.MIN_VALUE, 1e-30f, 0.5f, 1, 3, 1e10f, Float.MAX_VALUE,
        Math.nextUp(1f)};

    private static long[] seeds() {
        long[] seeds = new long[200];
        SplittableRandom r = new SplittableRandom(3);
        for (int i = 0; i < seeds.length; i++) {
            seeds[i] = i < 20 ? i - 10 : i < 24 ? new long[] {Long.MIN_VALUE, Long.MAX_VALUE, 0x5DEECE66DL,
                42}[i - 20] : r.nextLong();
        }
        return seeds;
    }

    @Test
    void allMethodsInterleaved() {
        for (long seed : seeds()) {
            Random jdk = new Random(seed);
            TRandom ours = new TRandom(seed);
            SplittableRandom pick = new SplittableRandom(seed);
            for (int i = 0; i < 2000; i++) {
                String where = "seed " + seed + " step " + i;
                int op = pick.nextInt(17);
                switch (op) {
                    case 0:
                        assertEquals(jdk.nextInt(), ours.nextInt(), where);
                        break;
                    case 1: {
                        int bound = pick.nextBoolean() ? INT_BOUNDS[pick.nextInt(INT_BOUNDS.length)]
                                : 1 + pick.nextInt(Integer.MAX_VALUE);
                        assertEquals(jdk.nextInt(bound), ours.nextInt(bound), where);
                        break;
                    }
                    case 2: {
                        int[] range = INT_RANGES[pick.nextInt(INT_RANGES.length)];
                        assertEquals(jdk.nextInt(range[0], range[1]), ours.nextInt(range[0], range[1]), where);
                        break;
                    }
                    case 3:
                        assertEquals(jdk.nextLong(), ours.nextLong(), where);
                        break;
                    case 4: {
                        long bound = pick.nextBoolean() ? LONG_BOUNDS[pick.nextInt(LONG_BOUNDS.length)]
                                : 1 + pick.nextLong(Long.MAX_VALUE);
                        assertEquals(jdk.nextLong(bound), ours.nextLong(bound), where);
                        break;
                    }
                    case 5: {
                        long[] range = LONG_RANGES[pick.nextInt(LONG_RANGES.length)];
                        assertEquals(jdk.nextLong(range[0], range[1]), ours.nextLong(range[0], range[1]), where);
                        break;
                    }
                    case 6:
                        assertEquals(jdk.nextBoolean(), ours.nextBoolean(), where);
                        break;
                    case 7:
                        assertEquals(jdk.nextFloat(), ours.nextFloat(), where);
                        break;
                    case 8:
                        assertEquals(jdk.nextDouble(), ours.nextDouble(), where);
                        break;
                    case 9:
                        assertEquals(jdk.nextGaussian(), ours.nextGaussian(), where);
                        break;
                    case 10: {
                        byte[] a = new byte[pick.nextInt(12)];
                        byte[] b = new byte[a.length];
                        jdk.nextBytes(a);
                        ours.nextBytes(b);
                        assertArrayEquals(a, b, where);
                        break;
                    }
                    case 11: {
                        double bound = DOUBLE_BOUNDS[pick.nextInt(DOUBLE_BOUNDS.length)];
                        assertEquals(jdk.nextDouble(bound), ours.nextDouble(bound), where);
                        break;
                    }
                    case 12: {
                        double o = pick.nextDouble(-100, 100);
                        double b = pick.nextBoolean() ? o + pick.nextDouble(1000) : Math.nextUp(o);
                        assertEquals(jdk.nextDouble(o, b), ours.nextDouble(o, b), where);
                        break;
                    }
                    case 13: {
                        float bound = FLOAT_BOUNDS[pick.nextInt(FLOAT_BOUNDS.length)];
                        assertEquals(jdk.nextFloat(bound), ours.nextFloat(bound), where);
                        break;
                    }
                    case 14: {
                        float o = (float) pick.nextDouble(-100, 100);
                        float b = pick.nextBoolean() ? o + (float) pick.nextDouble(1000) : Math.nextUp(o);
                        assertEquals(jdk.nextFloat(o, b), ours.nextFloat(o, b), where);
                        break;
                    }
                    case 15: {
                        long s = pick.nextLong();
                        jdk.setSeed(s);
                        ours.setSeed(s);
                        break;
                    }
                    default:
                        // bounds near the rejection threshold exercise the retry loops
                        int bound = (1 << 30) + pick.nextInt(1 << 30);
                        assertEquals(jdk.nextInt(bound), ours.nextInt(bound), where);
                        assertEquals(jdk.nextInt(-bound, bound), ours.nextInt(-bound, bound), where);
                        break;
                }
            }
        }
    }

    @Test
    void longRunsPerMethod() {
        Random jdk = new Random(12345);
        TRandom ours = new TRandom(12345);
        for (int i = 0; i < 100_000; i++) {
            assertEquals(jdk.nextInt(), ours.nextInt());
            assertEquals(jdk.nextInt(1 + (i & 0xFFFF)), ours.nextInt(1 + (i & 0xFFFF)));
            assertEquals(jdk.nextGaussian(), ours.nextGaussian());
            assertEquals(jdk.nextDouble(), ours.nextDouble());
        }
        byte[] a = new byte[1001];
        byte[] b = new byte[1001];
        jdk.nextBytes(a);
        ours.nextBytes(b);
        assertArrayEquals(a, b);
    }

    @Test
    void setSeedDropsCachedGaussian() {
        Random jdk = new Random(7);
        TRandom ours = new TRandom(7);
        assertEquals(jdk.nextGaussian(), ours.nextGaussian());
        jdk.setSeed(7);
        ours.setSeed(7);
        assertEquals(jdk.nextGaussian(), ours.nextGaussian());
        assertEquals(jdk.nextGaussian(), ours.nextGaussian());
    }

    @Test
    void subclassesSeeOverriddenMethods() {
        // A subclass overriding next(int) and setSeed must be driven the same way as in the JDK.
        class JdkSub extends Random {
            int calls;
            long seeded;

            JdkSub(long seed) {
                super(seed);
            }

            @Override
            public synchronized void setSeed(long seed) {
                seeded = seed;
                super.setSeed(seed);
            }

            @Override
            protected int next(int bits) {
                calls++;
                return super.next(bits);
            }
        }
        class OurSub extends TRandom {
            int calls;
            long seeded;

            OurSub(long seed) {
                super(seed);
            }

            @Override
            public void setSeed(long seed) {
                seeded = seed;
                super.setSeed(seed);
            }

            @Override
            protected int next(int bits) {
                calls++;
                return super.next(bits);
            }
        }
        JdkSub jdk = new JdkSub(99);
        OurSub ours = new OurSub(99);
        assertEquals(jdk.seeded, ours.seeded);
        for (int i = 0; i < 100; i++) {
            assertEquals(jdk.nextLong(1000), ours.nextLong(1000));
            assertEquals(jdk.nextGaussian(), ours.nextGaussian());
            assertEquals(jdk.nextInt(-7, 1000), ours.nextInt(-7, 1000));
        }
        assertEquals(jdk.calls, ours.calls);
    }

    @Test
    void seedlessInstancesDiffer() {
        assertNotEquals(new TRandom().nextLong(), new TRandom().nextLong());
    }

    private static void assertSameException(Executable jdk, Executable ours) {
        IllegalArgumentException expected = assertThrows(IllegalArgumentException.class, jdk);
        IllegalArgumentException actual = assertThrows(IllegalArgumentException.class, ours);
        assertEquals(expected.getMessage(), actual.getMessage());
    }

    @Test
    void badBounds() {
        Random jdk = new Random(1);
        TRandom ours = new TRandom(1);
        for (int bound : new int[] {0, -1, Integer.MIN_VALUE}) {
            assertSameException(() -> jdk.nextInt(bound), () -> ours.nextInt(bound));
            assertSameException(() -> jdk.nextLong(bound), () -> ours.nextLong(bound));
            assertSameException(() -> jdk.nextInt(bound, bound), () -> ours.nextInt(bound, bound));
            assertSameException(() -> jdk.nextLong(5, bound), () -> ours.nextLong(5, bound));
            assertSameException(() -> jdk.nextDouble(bound), () -> ours.nextDouble(bound));
            assertSameException(() -> jdk.nextFloat(bound), () -> ours.nextFloat(bound));
        }
        for (double d : new double[] {Double.NaN, Double.POSITIVE_INFINITY, -0.0}) {
            assertSameException(() -> jdk.nextDouble(d), () -> ours.nextDouble(d));
            assertSameException(() -> jdk.nextDouble(0, d), () -> ours.nextDouble(0, d));
            assertSameException(() -> jdk.nextDouble(-Double.MAX_VALUE, Double.MAX_VALUE),
                    () -> ours.nextDouble(-Double.MAX_VALUE, Double.MAX_VALUE));
            assertSameException(() -> jdk.nextFloat((float) d), () -> ours.nextFloat((float) d));
            assertSameException(() -> jdk.nextFloat(0, (float) d), () -> ours.nextFloat(0, (float) d));
        }
        assertThrows(NullPointerException.class, () -> ours.nextBytes(null));
        // the failed calls consumed nothing
        assertEquals(jdk.nextLong(), ours.nextLong());
    }
}
