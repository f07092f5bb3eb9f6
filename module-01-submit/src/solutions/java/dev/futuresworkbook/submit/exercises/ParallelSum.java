package dev.futuresworkbook.submit.exercises;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;

/** Exercise 4 · 연습 4: one big sum split across a pool that this method owns, and shuts down. (Reference solution.) */
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
        if (n < 0) throw new IllegalArgumentException("n must be >= 0, was " + n);
        if (tasks < 1) throw new IllegalArgumentException("tasks must be >= 1, was " + tasks);
        // try-with-resources: close() shuts the pool down and waits for its tasks, even if we throw.
        try (ExecutorService pool = Executors.newFixedThreadPool(tasks, threadFactory)) {
            List<Future<Long>> parts = new ArrayList<>(tasks);
            for (int i = 0; i < tasks; i++) {
                long from = n * i / tasks + 1;          // ranges (n*i/tasks, n*(i+1)/tasks] cover 1..n exactly
                long to = n * (i + 1) / tasks;
                parts.add(pool.submit(() -> rangeSum(from, to)));
            }
            long total = 0;
            for (Future<Long> part : parts) {
                total = Math.addExact(total, part.get());
            }
            return total;
        }
    }

    private static long rangeSum(long from, long to) {
        long sum = 0;
        for (long i = from; i <= to; i++) {
            sum = Math.addExact(sum, i);
        }
        return sum;
    }
}
