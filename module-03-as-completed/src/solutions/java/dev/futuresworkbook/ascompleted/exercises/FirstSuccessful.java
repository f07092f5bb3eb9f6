package dev.futuresworkbook.ascompleted.exercises;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Predicate;

/**
 * Exercise 5 · 연습 5: process results as they stream in, stop at the first good one, cancel the rest.
 * (Reference solution.)
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
        Objects.requireNonNull(executor, "executor");
        Objects.requireNonNull(isSuccess, "isSuccess");
        List<Callable<T>> work = List.copyOf(tasks);

        CompletionService<T> service = new ExecutorCompletionService<>(executor);
        List<Future<T>> submitted = new ArrayList<>(work.size());
        try {
            for (Callable<T> task : work) submitted.add(service.submit(task));
            for (int i = 0; i < submitted.size(); i++) {
                Future<T> done = service.take(); // the next to finish, whichever it is
                if (done.state() == Future.State.SUCCESS) {
                    T result = done.resultNow();
                    if (result != null && isSuccess.test(result)) return Optional.of(result); // early exit
                }
            }
            return Optional.empty();
        } finally {
            for (Future<T> future : submitted) future.cancel(true); // stop the rest; no effect on the finished
        }
    }
}
