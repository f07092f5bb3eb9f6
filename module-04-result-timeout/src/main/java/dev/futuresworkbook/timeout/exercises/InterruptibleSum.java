package dev.futuresworkbook.timeout.exercises;

/**
 * Exercise 3 · 연습 3: a long sum that stops when it is cancelled.
 *
 * <p>{@code future.cancel(true)} only interrupts the thread that runs the task. A loop that never looks at its
 * thread's interrupt status keeps burning a CPU, and keeps a pool thread busy, long after its future says
 * CANCELLED.
 */
public final class InterruptibleSum {

    /** The largest n whose sum 1 + ... + n fits a {@code long}: 2^32 - 1. */
    public static final long MAX_N = 4_294_967_295L;

    private InterruptibleSum() {}

    /**
     * Returns 1 + 2 + ... + n, adding the numbers one by one (real CPU work, like {@code sum_generator} in the
     * original notes), and stops promptly (well within a millisecond) when the thread that runs it is
     * interrupted, for instance by {@code cancel(true)} on the task's future.
     *
     * <pre>{@code
     * Future<Long> sum = executor.submit(() -> InterruptibleSum.interruptibleSum(4_000_000_000L));
     * sum.cancel(true);   // the loop sees the interrupt and ends with InterruptedException
     * }</pre>
     *
     * @param n how far to sum, from 0 to {@link #MAX_N}
     * @return the sum
     * @throws InterruptedException if the thread is interrupted (its interrupt status is set) before the last
     *     number is added: a partial sum is never returned
     * @throws IllegalArgumentException if {@code n} is negative
     * @throws ArithmeticException if {@code n > MAX_N} (the sum would not fit a {@code long}), at once, before
     *     any work
     */
    public static long interruptibleSum(long n) throws InterruptedException {
        // TODO Exercise 3 · 연습 3: add 1..n in a loop that looks at Thread.currentThread().isInterrupted().
        throw new UnsupportedOperationException("""
                Exercise 3 (interruptibleSum) is not solved yet: replace this line with your code.
                Hint: module-04-result-timeout/README.md#exercise-3
                연습 3(interruptibleSum): 아직 풀지 않았습니다. 힌트: module-04-result-timeout/README.ko.md#exercise-3""");
    }
}
