package dev.futuresworkbook.submit.exercises;

import java.math.BigInteger;

/**
 * Exercise 1 · 연습 1: {@code sum_generator} from the original notes, exact and in constant time. (Reference solution.)
 *
 * <p>The work lists of the original notes go up to n = 10^12, whose sum 500,000,000,000,500,000,000,000 does not fit a
 * {@code long} (max 9,223,372,036,854,775,807). A plain {@code long} loop would add for minutes, silently
 * wrap around, and return a wrong number.
 */
public final class SumUpTo {

    private SumUpTo() {}

    /**
     * Returns 1 + 2 + ... + n, computed in constant time.
     *
     * @param n how far to sum; 0 gives 0
     * @return the sum, exactly
     * @throws IllegalArgumentException if {@code n} is negative
     * @throws ArithmeticException if the sum does not fit a {@code long} (from n = 2^32 on)
     */
    public static long sumUpTo(long n) {
        requireNonNegative(n);
        // n(n+1)/2: one of n and n+1 is even. Halve that one first, so the only product is the result itself,
        // and let multiplyExact report the overflow instead of wrapping around.
        return n % 2 == 0
                ? Math.multiplyExact(n / 2, n + 1)
                : Math.multiplyExact(n, (n + 1) / 2);
    }

    /**
     * Returns 1 + 2 + ... + n exactly, however large: {@code sumUpToExact(1_000_000_000_000L)} is
     * 500000000000500000000000.
     *
     * @throws IllegalArgumentException if {@code n} is negative
     */
    public static BigInteger sumUpToExact(long n) {
        requireNonNegative(n);
        BigInteger big = BigInteger.valueOf(n);
        return big.multiply(big.add(BigInteger.ONE)).shiftRight(1);
    }

    private static void requireNonNegative(long n) {
        if (n < 0) throw new IllegalArgumentException("n must be >= 0, was " + n);
    }
}
