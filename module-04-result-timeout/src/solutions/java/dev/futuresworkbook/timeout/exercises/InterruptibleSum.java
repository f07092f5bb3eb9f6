package dev.futuresworkbook.timeout.exercises;

/**
 * Exercise 3 · 연습 3: a long sum that stops when it is cancelled. (Reference solution.)
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
        if (n < 0) throw new IllegalArgumentException("n must be >= 0, was " + n);
        if (n > MAX_N) throw new ArithmeticException("the sum 1 + ... + " + n + " does not fit a long");
        long sum = 0;
        for (long i = 1; i <= n; i++) {
            // One look at the interrupt status per step: a plain read of a field, cheap next to the loop itself.
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedException("interrupted after adding " + (i - 1) + " of " + n + " numbers");
            }
            sum += i;
        }
        return sum;
    }
}
