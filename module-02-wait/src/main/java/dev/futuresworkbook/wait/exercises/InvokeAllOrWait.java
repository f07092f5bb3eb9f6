package dev.futuresworkbook.wait.exercises;

import dev.futuresworkbook.wait.DoneAndNotDone;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Exercise 4 · 연습 4: the JDK's {@code invokeAll} with a timeout cancels what is late; a {@code wait} leaves it
 * running. The same tasks, both ways.
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
        // TODO Exercise 4 · 연습 4: let invokeAll(tasks, timeout, unit) do the waiting and the cancelling, then read each future's state().
        throw new UnsupportedOperationException("""
                Exercise 4 (resultsWithin) is not solved yet: replace this line with your code.
                Hint: module-02-wait/README.md#exercise-4
                연습 4(resultsWithin): 아직 풀지 않았습니다. 힌트: module-02-wait/README.ko.md#exercise-4""");
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
        // TODO Exercise 4 · 연습 4: submit each task, then wait with your waitFor (exercise 1). Cancel nothing.
        throw new UnsupportedOperationException("""
                Exercise 4 (submitAndWait) is not solved yet: replace this line with your code.
                Hint: module-02-wait/README.md#exercise-4
                연습 4(submitAndWait): 아직 풀지 않았습니다. 힌트: module-02-wait/README.ko.md#exercise-4""");
    }
}
