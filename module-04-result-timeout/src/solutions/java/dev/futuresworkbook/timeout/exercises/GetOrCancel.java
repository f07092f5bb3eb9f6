package dev.futuresworkbook.timeout.exercises;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Exercise 1 · 연습 1: wait for a result, but not forever, and stop the task you gave up on. (Reference solution.) */
public final class GetOrCancel {

    private GetOrCancel() {}

    /**
     * Waits at most {@code timeout} for the future's result. If it is not there in time, the task is cancelled
     * with {@code cancel(true)}, which interrupts the thread that runs it, and {@link TimeoutException} is
     * thrown: a timed-out task does not keep running for nobody.
     *
     * <p>The same goes for an interrupt: if the calling thread is interrupted while it waits, the task is
     * cancelled and {@link InterruptedException} is thrown. A task that failed, or that was cancelled before,
     * is reported as {@link Future#get(long, TimeUnit)} reports it.
     *
     * <pre>{@code
     * Future<Long> sum = executor.submit(() -> InterruptibleSum.interruptibleSum(4_000_000_000L));
     * try {
     *     System.out.println(GetOrCancel.getOrCancel(sum, Duration.ofMillis(100)));
     * } catch (TimeoutException e) {
     *     // sum.isCancelled() is true, and the sum was interrupted: it stops
     * }
     * }</pre>
     *
     * @param timeout how long to wait at most; zero or negative: do not wait (the result if it is already there)
     * @return the task's result
     * @throws TimeoutException if the result is not there in time; the task is then cancelled
     * @throws InterruptedException if the calling thread is interrupted while waiting; the task is then cancelled
     * @throws ExecutionException if the task failed; its exception is the cause
     * @throws CancellationException if the task had been cancelled
     * @throws NullPointerException if an argument is null
     */
    public static <T> T getOrCancel(Future<? extends T> future, Duration timeout)
            throws InterruptedException, ExecutionException, TimeoutException {
        long nanos = TimeUnit.NANOSECONDS.convert(timeout); // saturates instead of overflowing for huge timeouts
        try {
            return future.get(nanos, TimeUnit.NANOSECONDS);
        } finally {
            // Whatever happened, we will not wait for this task any more. On a future that is already done
            // (with a result, a failure or a cancellation) cancel() does nothing; on a running task it interrupts.
            future.cancel(true);
        }
    }
}
