package dev.futuresworkbook.submit.exercises;

import java.math.BigInteger;

/**
 * Exercise 1 · 연습 1: {@code sum_generator} from the original notes, exact and in constant time.
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
        // TODO Exercise 1 · 연습 1: use Gauss's formula n(n+1)/2 without letting any step overflow.
        throw new UnsupportedOperationException("""
                Exercise 1 (sumUpTo) is not solved yet: replace this line with your code.
                Hint: module-01-submit/README.md#exercise-1
                연습 1(sumUpTo): 아직 풀지 않았습니다. 힌트: module-01-submit/README.ko.md#exercise-1""");
    }

    /**
     * Returns 1 + 2 + ... + n exactly, however large: {@code sumUpToExact(1_000_000_000_000L)} is
     * 500000000000500000000000.
     *
     * @throws IllegalArgumentException if {@code n} is negative
     */
    public static BigInteger sumUpToExact(long n) {
        // TODO Exercise 1 · 연습 1: the same formula with BigInteger.
        throw new UnsupportedOperationException("""
                Exercise 1 (sumUpToExact) is not solved yet: replace this line with your code.
                Hint: module-01-submit/README.md#exercise-1
                연습 1(sumUpToExact): 아직 풀지 않았습니다. 힌트: module-01-submit/README.ko.md#exercise-1""");
    }
}
