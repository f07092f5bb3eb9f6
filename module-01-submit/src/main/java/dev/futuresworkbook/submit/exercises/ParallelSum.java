package dev.futuresworkbook.submit.exercises;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadFactory;

/** Exercise 4 · 연습 4: one big sum split across a pool that this method owns, and shuts down. */
public final class ParallelSum {

    private ParallelSum() {}

    /**
     * Returns 1 + 2 + ... + n, adding the numbers one by one (like {@code sum_generator} in the original notes) in
     * {@code tasks} contiguous ranges that run at the same time, each on its own thread of a pool of
     * {@code tasks} threads made with {@code threadFactory}. The pool is shut down, and its threads have
     * finished, before this method returns or throws.
     *
     * <pre>{@code
     * long sum = ParallelSum.parallelSum(10_000_000, 4, Executors.defaultThreadFactory()); // 50000005000000
     * }</pre>
     *
     * @param n how far to sum; 0 gives 0
     * @param tasks how many ranges, tasks and threads; may exceed {@code n} (some ranges are then empty)
     * @throws IllegalArgumentException if {@code n < 0} or {@code tasks < 1}
     * @throws ArithmeticException if the sum does not fit a {@code long}
     * @throws InterruptedException if interrupted while waiting for the tasks
     * @throws ExecutionException if a task failed
     */
    public static long parallelSum(long n, int tasks, ThreadFactory threadFactory)
            throws InterruptedException, ExecutionException {
        // TODO Exercise 4 · 연습 4: split 1..n into `tasks` ranges, submit one task per range to a pool you
        //  create with Executors.newFixedThreadPool(tasks, threadFactory), add up the results, and make sure
        //  the pool is shut down however the method ends.
        throw new UnsupportedOperationException("""
                Exercise 4 (parallelSum) is not solved yet: replace this line with your code.
                Hint: module-01-submit/README.md#exercise-4
                연습 4(parallelSum): 아직 풀지 않았습니다. 힌트: module-01-submit/README.ko.md#exercise-4""");
    }
}
