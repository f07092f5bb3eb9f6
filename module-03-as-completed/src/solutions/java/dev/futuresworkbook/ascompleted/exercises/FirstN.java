package dev.futuresworkbook.ascompleted.exercises;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Exercise 2 · 연습 2: the JDK's own "as completed" for plain futures,
 * {@link java.util.concurrent.ExecutorCompletionService}: the first {@code n} results, one overall deadline,
 * and nothing left running. (Reference solution.)
 */
public final class FirstN {

    private FirstN() {}

    /**
     * Runs every task on {@code executor} through an {@link java.util.concurrent.ExecutorCompletionService}
     * and returns the results of the first {@code n} tasks to complete, in the order they completed.
     *
     * <p>{@code timeout} is one deadline for the whole call: if fewer than {@code n} tasks have completed
     * when it passes, this method throws {@link TimeoutException}. If a task fails before {@code n} results
     * are in, it throws {@link ExecutionException} with the task's exception as the cause. However it ends
     * — result, timeout, failure or interrupt — every task that has not finished is cancelled with
     * {@code cancel(true)} before it returns. With {@code n == 0} it runs nothing and returns an empty list.
     *
     * <pre>{@code
     * List<Long> fastest = FirstN.firstN(executor, tasks, 2, Duration.ofSeconds(1));
     * }</pre>
     *
     * @throws IllegalArgumentException if {@code n < 0}, {@code n > tasks.size()} or the timeout is negative
     * @throws NullPointerException if any argument or task is null
     * @throws InterruptedException if interrupted while waiting
     */
    public static <T> List<T> firstN(Executor executor, Collection<? extends Callable<T>> tasks, int n, Duration timeout)
            throws InterruptedException, ExecutionException, TimeoutException {
        Objects.requireNonNull(executor, "executor");
        List<Callable<T>> work = List.copyOf(tasks); // throws NullPointerException for a null task
        if (n < 0 || n > work.size()) throw new IllegalArgumentException("n=" + n + " of " + work.size() + " tasks");
        if (timeout.isNegative()) throw new IllegalArgumentException("negative timeout: " + timeout);
        long deadline = System.nanoTime() + timeout.toNanos();
        if (n == 0) return List.of();

        CompletionService<T> service = new ExecutorCompletionService<>(executor);
        List<Future<T>> submitted = new ArrayList<>(work.size());
        try {
            for (Callable<T> task : work) submitted.add(service.submit(task));
            List<T> results = new ArrayList<>(n);
            while (results.size() < n) {
                // poll(time left), not poll(timeout): one deadline for all the results.
                Future<T> done = service.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (done == null) {
                    throw new TimeoutException("%d of the %d results wanted arrived within %s"
                            .formatted(results.size(), n, timeout));
                }
                results.add(done.get()); // done: get() returns at once, or throws the task's failure
            }
            return results;
        } finally {
            for (Future<T> future : submitted) future.cancel(true); // no effect on those already done
        }
    }
}
