package dev.futuresworkbook.timeout.exercises;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Exercise 1 · 연습 1: wait for a result, but not forever, and stop the task you gave up on. */
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
        // TODO Exercise 1 · 연습 1: future.get(...) with the timeout; if you give up, cancel(true) so the task stops.
        throw new UnsupportedOperationException("""
                Exercise 1 (getOrCancel) is not solved yet: replace this line with your code.
                Hint: module-04-result-timeout/README.md#exercise-1
                연습 1(getOrCancel): 아직 풀지 않았습니다. 힌트: module-04-result-timeout/README.ko.md#exercise-1""");
    }
}
