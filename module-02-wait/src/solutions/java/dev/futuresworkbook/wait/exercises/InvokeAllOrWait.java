package dev.futuresworkbook.wait.exercises;

import dev.futuresworkbook.wait.DoneAndNotDone;
import dev.futuresworkbook.wait.ReturnWhen;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Exercise 4 · 연습 4: the JDK's {@code invokeAll} with a timeout cancels what is late; a {@code wait} leaves it
 * running. The same tasks, both ways. (Reference solution.)
 */
public final class InvokeAllOrWait {

    private InvokeAllOrWait() {}

    /**
     * Runs every task on {@code executor} and returns their results in task order, giving them {@code timeout},
     * counted from this call, all together. A task that has not finished by then is cancelled (interrupted if it
     * is running; a queued one never starts, unless a thread freed by an earlier cancellation takes it first, and
     * then it is interrupted at once), and its place in the list holds {@code fallback}.
     * {@link ExecutorService#invokeAll(java.util.Collection, long, TimeUnit)} does exactly this.
     *
     * <pre>{@code
     * List<Long> sums = InvokeAllOrWait.resultsWithin(executor, tasks, Duration.ofSeconds(1), -1L);  // [500500, -1, ...]
     * }</pre>
     *
     * @param fallback the value for each task that did not finish in time; may be null
     * @return one element per task, in the order of {@code tasks}
     * @throws NullPointerException if {@code executor}, {@code tasks}, one of the tasks or {@code timeout} is null
     * @throws IllegalArgumentException if {@code timeout} is negative
     * @throws ExecutionException if a task failed: the first failed one in task order, with its exception as the cause
     * @throws InterruptedException if the calling thread is interrupted while it waits
     */
    public static <T> List<T> resultsWithin(ExecutorService executor, List<? extends Callable<T>> tasks, Duration timeout,
            T fallback) throws InterruptedException, ExecutionException {
        Objects.requireNonNull(executor, "executor");
        requireNonNegative(timeout);
        // invokeAll returns when every task is done or the time is up, and cancels what is not done by then:
        // every future it returns is done, so state() and resultNow() below never block.
        List<Future<T>> futures = executor.invokeAll(tasks, TimeUnit.NANOSECONDS.convert(timeout), TimeUnit.NANOSECONDS);
        List<T> results = new ArrayList<>(futures.size());
        for (Future<T> future : futures) {
            switch (future.state()) {
                case SUCCESS -> results.add(future.resultNow());
                case CANCELLED -> results.add(fallback);
                case FAILED -> throw new ExecutionException(future.exceptionNow());
                case RUNNING -> throw new IllegalStateException("invokeAll returned a future that is not done");
            }
        }
        return results;
    }

    /**
     * Submits every task to {@code executor}, then waits at most {@code timeout} for all of them, and returns which
     * were done — cancelling nothing. The tasks that are still running go on, and their futures complete later,
     * for the caller to wait for again, use, or cancel. This is Python's {@code wait}; {@code invokeAll} cannot do it.
     *
     * <pre>{@code
     * var progress = InvokeAllOrWait.submitAndWait(executor, tasks, Duration.ofSeconds(1));
     * System.out.printf("%d done, %d still running%n", progress.done().size(), progress.notDone().size());
     * }</pre>
     *
     * @return the futures, in the order of {@code tasks}: those done when the wait returned, and the others
     * @throws NullPointerException if {@code executor}, {@code tasks}, one of the tasks or {@code timeout} is null
     * @throws IllegalArgumentException if {@code timeout} is negative
     * @throws InterruptedException if the calling thread is interrupted while it waits
     */
    public static <T> DoneAndNotDone<Future<T>> submitAndWait(ExecutorService executor, List<? extends Callable<T>> tasks,
            Duration timeout) throws InterruptedException {
        Objects.requireNonNull(executor, "executor");
        requireNonNegative(timeout);
        List<Future<T>> futures = new ArrayList<>(tasks.size());
        for (Callable<T> task : tasks) {
            futures.add(executor.submit(Objects.requireNonNull(task, "tasks must not contain null")));
        }
        return WaitFor.waitFor(futures, timeout, ReturnWhen.ALL_COMPLETED);
    }

    private static void requireNonNegative(Duration timeout) {
        if (Objects.requireNonNull(timeout, "timeout").isNegative()) {
            throw new IllegalArgumentException("timeout must not be negative, was " + timeout);
        }
    }
}
