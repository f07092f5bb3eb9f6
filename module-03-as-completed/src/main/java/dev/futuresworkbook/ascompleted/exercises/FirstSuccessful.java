package dev.futuresworkbook.ascompleted.exercises;

import java.util.Collection;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.function.Predicate;

/**
 * Exercise 5 · 연습 5: process results as they stream in, stop at the first good one, cancel the rest.
 */
public final class FirstSuccessful {

    private FirstSuccessful() {}

    /**
     * Runs every task on {@code executor} and returns the first result, in completion order, that a task
     * returned normally and {@code isSuccess} accepts. Tasks that fail, {@code null} results and results
     * {@code isSuccess} rejects are skipped.
     *
     * <p>As soon as it has that result it cancels every other task with {@code cancel(true)} and returns,
     * without waiting for them. If no task succeeds, it returns {@link Optional#empty()} once every task has
     * finished. If the calling thread is interrupted while waiting, every task is cancelled and
     * {@link InterruptedException} is thrown.
     *
     * <pre>{@code
     * Optional<String> mirror = FirstSuccessful.firstSuccessful(executor, downloads, body -> !body.isEmpty());
     * }</pre>
     *
     * @throws NullPointerException if any argument or task is null
     */
    public static <T> Optional<T> firstSuccessful(
            ExecutorService executor, Collection<? extends Callable<T>> tasks, Predicate<? super T> isSuccess)
            throws InterruptedException {
        // TODO Exercise 5 · 연습 5: take() completed futures one by one (ExecutorCompletionService), skip the
        //  failures and the unwanted, return at the first good result — and cancel every other task.
        throw new UnsupportedOperationException("""
                Exercise 5 (firstSuccessful) is not solved yet: replace this line with your code.
                Hint: module-03-as-completed/README.md#exercise-5
                연습 5(firstSuccessful): 아직 풀지 않았습니다. 힌트: module-03-as-completed/README.ko.md#exercise-5""");
    }
}
