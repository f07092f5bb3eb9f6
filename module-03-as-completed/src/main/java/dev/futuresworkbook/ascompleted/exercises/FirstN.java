package dev.futuresworkbook.ascompleted.exercises;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeoutException;

/**
 * Exercise 2 · 연습 2: the JDK's own "as completed" for plain futures,
 * {@link java.util.concurrent.ExecutorCompletionService}: the first {@code n} results, one overall deadline,
 * and nothing left running.
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
        // TODO Exercise 2 · 연습 2: submit every task to a new ExecutorCompletionService<>(executor), then poll()
        //  with the time LEFT until one deadline; cancel what is unfinished in a finally block.
        throw new UnsupportedOperationException("""
                Exercise 2 (firstN) is not solved yet: replace this line with your code.
                Hint: module-03-as-completed/README.md#exercise-2
                연습 2(firstN): 아직 풀지 않았습니다. 힌트: module-03-as-completed/README.ko.md#exercise-2""");
    }
}
