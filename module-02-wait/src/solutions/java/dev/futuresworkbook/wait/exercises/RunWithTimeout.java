package dev.futuresworkbook.wait.exercises;

import dev.futuresworkbook.wait.DoneAndNotDone;
import dev.futuresworkbook.wait.ReturnWhen;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;

/**
 * Exercise 5 · 연습 5: the pitfall of the original notes, fixed. Waiting after {@code try (var pool = ...) { ... }} is too late:
 * {@code close()} has already waited for every task. (Reference solution.)
 */
public final class RunWithTimeout {

    private RunWithTimeout() {}

    /**
     * Runs the tasks on a pool of {@code threads} threads made by {@code threadFactory}, a pool this method creates
     * and closes, and gives them {@code timeout}, counted from this call, all together. The wait happens inside the
     * pool's try-with-resources block, and whatever is not done when it ends is cancelled, with interruption, before
     * the block ends: so {@code close()} has nothing left to wait for, and this method returns soon after the
     * timeout even if a task would have run for hours. The same holds if the wait is interrupted. The tasks must
     * stop when interrupted (a loop that checks {@code Thread.currentThread().isInterrupted()}, or a blocking call
     * that throws {@link InterruptedException}). When this method returns, the pool has terminated. Bad arguments
     * are rejected before the pool is created: then no task runs at all.
     *
     * <pre>{@code
     * var result = RunWithTimeout.runWithTimeout(tasks, 5, Executors.defaultThreadFactory(), Duration.ofSeconds(1));
     * }</pre>
     *
     * @return the tasks' futures, in task order: {@code done} — finished in time; {@code notDone} — not done when
     *         the timeout passed, and cancelled since
     * @throws NullPointerException if {@code tasks}, one of the tasks, {@code threadFactory} or {@code timeout} is null
     * @throws IllegalArgumentException if {@code threads < 1} or {@code timeout} is negative
     * @throws InterruptedException if the calling thread is interrupted while it waits; every task is cancelled then
     */
    public static <T> DoneAndNotDone<Future<T>> runWithTimeout(List<? extends Callable<T>> tasks, int threads,
            ThreadFactory threadFactory, Duration timeout) throws InterruptedException {
        tasks.forEach(task -> Objects.requireNonNull(task, "tasks must not contain null"));
        Objects.requireNonNull(threadFactory, "threadFactory");
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        if (Objects.requireNonNull(timeout, "timeout").isNegative()) {
            throw new IllegalArgumentException("timeout must not be negative, was " + timeout);
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(threads, threadFactory)) {
            List<Future<T>> futures = new ArrayList<>(tasks.size());
            try {
                for (Callable<T> task : tasks) futures.add(pool.submit(task));
                return WaitFor.waitFor(futures, timeout, ReturnWhen.ALL_COMPLETED); // inside: close() has not run yet
            } finally {
                // However we leave the block, what is not done now is cancelled, so close() has nothing to wait for.
                for (Future<T> future : futures) future.cancel(true);
            }
        } // close(): shutdown() and wait for the tasks, which by now have all finished or been cancelled
    }
}
