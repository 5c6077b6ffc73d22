package org.cortado.patch.java.util;

/**
 * Patch for {@code java.util.Random}: the 48-bit linear congruential generator specified in
 * Random's Javadoc, with every derived method producing the same sequence as OpenJDK 17 for the
 * same seed. That includes the {@code RandomGenerator} default methods Random inherits in JDK 17
 * ({@code nextInt(origin, bound)}, {@code nextLong(bound)}, {@code nextDouble(bound)}, ...), whose
 * teavm-classlib versions use other algorithms.
 *
 * <p>As in the JDK, derived methods go through the overridable {@link #next(int)},
 * {@link #nextInt()}, {@link #nextLong()}, {@link #nextFloat()} and {@link #nextDouble()}, so
 * subclasses that override those see the same calls.
 */
@org.cortado.runtime.ReplaceClass
public class TRandom implements java.util.random.RandomGenerator, java.io.Serializable {
    private static final long serialVersionUID = 3905348978240129619L;

    private static final long MULTIPLIER = 0x5DEECE66DL;
    private static final long ADDEND = 0xBL;
    private static final long MASK = (1L << 48) - 1;
    private static final String BAD_BOUND = "bound must be positive";
    private static final String BAD_FLOATING_BOUND = "bound must be finite and positive";
    private static final String BAD_RANGE = "bound must be greater than origin";

    /** Advances per seedless instance so that instances created together differ (as the JDK). */
    private static long seedUniquifier = 8682522807148012L;

    private long seed;
    private double nextNextGaussian;
    private boolean haveNextNextGaussian;

    public TRandom() {
        this(nextSeedUniquifier() ^ System.nanoTime());
    }

    public TRandom(long seed) {
        // The JDK scrambles directly for Random itself and calls setSeed for subclasses; calling
        // it always is indistinguishable for Random and right for subclasses.
        setSeed(seed);
    }

    private static long nextSeedUniquifier() {
        seedUniquifier *= 1181783497276652981L;
        return seedUniquifier;
    }

    public void setSeed(long seed) {
        this.seed = (seed ^ MULTIPLIER) & MASK;
        haveNextNextGaussian = false;
    }

    protected int next(int bits) {
        seed = (seed * MULTIPLIER + ADDEND) & MASK;
        return (int) (seed >>> (48 - bits));
    }

    public void nextBytes(byte[] bytes) {
        int len = bytes.length;
        for (int i = 0; i < len; ) {
            // Each int supplies up to four bytes, low byte first.
            int rnd = nextInt();
            for (int n = Math.min(len - i, 4); n-- > 0; rnd >>= 8) {
                bytes[i++] = (byte) rnd;
            }
        }
    }

    public int nextInt() {
        return next(32);
    }

    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException(BAD_BOUND);
        }
        int r = next(31);
        int m = bound - 1;
        if ((bound & m) == 0) {
            return (int) ((bound * (long) r) >> 31); // power of two: take the high bits
        }
        // Reject the values of the last, incomplete multiple of bound (detected by overflow).
        for (int u = r; u - (r = u % bound) + m < 0; u = next(31)) {
            // retry
        }
        return r;
    }

    public int nextInt(int origin, int bound) {
        if (origin >= bound) {
            throw new IllegalArgumentException(BAD_RANGE);
        }
        int r = nextInt();
        int n = bound - origin;
        int m = n - 1;
        if ((n & m) == 0) {
            return (r & m) + origin;
        }
        if (n > 0) {
            for (int u = r >>> 1; u + m - (r = u % n) < 0; u = nextInt() >>> 1) {
                // retry
            }
            return r + origin;
        }
        // The range is wider than Integer.MAX_VALUE: draw until inside.
        while (r < origin || r >= bound) {
            r = nextInt();
        }
        return r;
    }

    public long nextLong() {
        return ((long) next(32) << 32) + next(32);
    }

    public long nextLong(long bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException(BAD_BOUND);
        }
        long m = bound - 1;
        long r = nextLong();
        if ((bound & m) == 0) {
            return r & m;
        }
        for (long u = r >>> 1; u + m - (r = u % bound) < 0; u = nextLong() >>> 1) {
            // retry
        }
        return r;
    }

    public long nextLong(long origin, long bound) {
        if (origin >= bound) {
            throw new IllegalArgumentException(BAD_RANGE);
        }
        long r = nextLong();
        long n = bound - origin;
        long m = n - 1;
        if ((n & m) == 0) {
            return (r & m) + origin;
        }
        if (n > 0) {
            for (long u = r >>> 1; u + m - (r = u % n) < 0; u = nextLong() >>> 1) {
                // retry
            }
            return r + origin;
        }
        while (r < origin || r >= bound) {
            r = nextLong();
        }
        return r;
    }

    public boolean nextBoolean() {
        return next(1) != 0;
    }

    public float nextFloat() {
        return next(24) / (float) (1 << 24);
    }

    public float nextFloat(float bound) {
        if (!(bound > 0 && bound < Float.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(BAD_FLOATING_BOUND);
        }
        float r = nextFloat() * bound;
        // Rounding can reach the bound; the JDK then steps one ulp towards zero.
        return r >= bound ? Float.intBitsToFloat(Float.floatToIntBits(bound) - 1) : r;
    }

    public float nextFloat(float origin, float bound) {
        if (!(origin < bound && bound - origin < Float.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(BAD_RANGE);
        }
        float r = nextFloat() * (bound - origin) + origin;
        // Same correction as the JDK, which steps towards zero even for a negative bound.
        return r >= bound ? Float.intBitsToFloat(Float.floatToIntBits(bound) - 1) : r;
    }

    public double nextDouble() {
        return (((long) next(26) << 27) + next(27)) * 0x1.0p-53;
    }

    public double nextDouble(double bound) {
        if (!(bound > 0 && bound < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(BAD_FLOATING_BOUND);
        }
        double r = nextDouble() * bound;
        return r >= bound ? Math.nextDown(bound) : r;
    }

    public double nextDouble(double origin, double bound) {
        if (!(origin < bound && bound - origin < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(BAD_RANGE);
        }
        double r = nextDouble() * (bound - origin) + origin;
        return r >= bound ? Math.nextAfter(bound, origin) : r;
    }

    /** Marsaglia's polar method; each call computes two values and caches the second. */
    public double nextGaussian() {
        if (haveNextNextGaussian) {
            haveNextNextGaussian = false;
            return nextNextGaussian;
        }
        double v1;
        double v2;
        double s;
        do {
            v1 = 2 * nextDouble() - 1;
            v2 = 2 * nextDouble() - 1;
            s = v1 * v1 + v2 * v2;
        } while (s >= 1 || s == 0);
        double multiplier = StrictMath.sqrt(-2 * StrictMath.log(s) / s);
        nextNextGaussian = v2 * multiplier;
        haveNextNextGaussian = true;
        return v1 * multiplier;
    }
}
