package dev.futuresworkbook.timeout.exercises;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Exercise 5 · 연습 5: the task's own exception, not an ExecutionException around it. */
public final class GetUnwrapped {

    private GetUnwrapped() {}

    /**
     * Waits for the future and returns its result; if the task failed, throws the task's <em>own</em>
     * exception instead of the {@link ExecutionException} that {@code get()} wraps around it:
     * <ul>
     *   <li>a {@link RuntimeException} or an {@link Error} thrown by the task is rethrown as it is (the same
     *       object, with its stack trace from the task's thread);</li>
     *   <li>a checked exception thrown by the task (an {@code IOException}, or even a {@code TimeoutException}
     *       of its own) is wrapped in a {@link CompletionException} with it as the cause, as
     *       {@link java.util.concurrent.CompletableFuture#join()} does: this method declares no checked
     *       exception but {@link InterruptedException}, and a task's {@code TimeoutException} must not look
     *       like a timeout of the caller;</li>
     *   <li>a cancelled task: {@link CancellationException}, as is. Cancelled is not failed.</li>
     * </ul>
     *
     * <pre>{@code
     * Future<Integer> division = executor.submit(() -> 100 / 0);
     * GetUnwrapped.getUnwrapped(division);   // throws the task's ArithmeticException itself
     * }</pre>
     *
     * @throws InterruptedException if the calling thread is interrupted while waiting
     * @throws CancellationException if the task was cancelled
     * @throws CompletionException if the task threw a checked exception; it is the cause
     * @throws NullPointerException if {@code future} is null
     */
    public static <T> T getUnwrapped(Future<? extends T> future) throws InterruptedException {
        // TODO Exercise 5 · 연습 5: catch ExecutionException and throw what getCause() holds.
        throw new UnsupportedOperationException("""
                Exercise 5 (getUnwrapped) is not solved yet: replace this line with your code.
                Hint: module-04-result-timeout/README.md#exercise-5
                연습 5(getUnwrapped): 아직 풀지 않았습니다. 힌트: module-04-result-timeout/README.ko.md#exercise-5""");
    }
}
