package dev.futuresworkbook.timeout.exercises;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Future;

/** Exercise 2 · 연습 2: the result, or a fallback when it does not come in time. */
public final class GetOrDefault {

    private GetOrDefault() {}

    /**
     * Returns the future's result if it arrives within {@code timeout}, otherwise {@code fallback}.
     *
     * <ul>
     *   <li><b>Not in time:</b> the task is cancelled with {@code cancel(true)} (nobody will read its result) and
     *       {@code fallback} is returned.</li>
     *   <li><b>Interrupted:</b> if the calling thread is interrupted while it waits (or was already), the task is
     *       cancelled and {@code fallback} is returned <em>with the thread's interrupt status set again</em>.
     *       This method cannot throw {@link InterruptedException}, so it must not lose the interrupt: the
     *       caller's code further up still has to see it.</li>
     *   <li><b>The task failed:</b> {@link CompletionException} with the task's own exception as the cause, as
     *       {@link java.util.concurrent.CompletableFuture#join()} does. A fallback stands for "no answer in
     *       time", not for "the answer was an error".</li>
     *   <li><b>The task was cancelled:</b> {@link CancellationException}, as is. A cancelled task has neither
     *       failed nor come late.</li>
     * </ul>
     *
     * <pre>{@code
     * String price = GetOrDefault.getOrDefault(priceLookup, Duration.ofMillis(200), "price unavailable");
     * }</pre>
     *
     * @param timeout how long to wait at most; zero or negative: do not wait
     * @param fallback what to return when the result is not there in time; may be null
     * @throws CompletionException if the task failed; its exception is the cause
     * @throws CancellationException if the task had been cancelled
     * @throws NullPointerException if {@code future} or {@code timeout} is null
     */
    public static <T> T getOrDefault(Future<? extends T> future, Duration timeout, T fallback) {
        // TODO Exercise 2 · 연습 2: handle a timeout and an interrupt separately; never lose the interrupt.
        throw new UnsupportedOperationException("""
                Exercise 2 (getOrDefault) is not solved yet: replace this line with your code.
                Hint: module-04-result-timeout/README.md#exercise-2
                연습 2(getOrDefault): 아직 풀지 않았습니다. 힌트: module-04-result-timeout/README.ko.md#exercise-2""");
    }
}
