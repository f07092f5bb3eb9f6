package dev.futuresworkbook.timeout.exercises;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Exercise 2 · 연습 2: the result, or a fallback when it does not come in time. (Reference solution.) */
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
        long nanos = TimeUnit.NANOSECONDS.convert(timeout);
        try {
            return future.get(nanos, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            return fallback;
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt(); // get() cleared the flag when it threw: set it again
            return fallback;
        } catch (ExecutionException e) {
            throw new CompletionException(e.getCause());
        }
        // CancellationException is unchecked and passes through untouched.
    }
}
