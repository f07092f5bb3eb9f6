package dev.futuresworkbook.wait.exercises;

import dev.futuresworkbook.wait.DoneAndNotDone;
import dev.futuresworkbook.wait.ReturnWhen;
import java.time.Duration;
import java.util.Collection;
import java.util.Objects;
import java.util.concurrent.Future;

/** Exercise 3 · 연습 3: stop waiting, then stop the work that did not finish. (Reference solution.) */
public final class WaitThenCancel {

    private WaitThenCancel() {}

    /**
     * Waits at most {@code timeout}, counted from this call, for all the futures, then cancels every one that
     * is not done, with interruption ({@code cancel(true)}): a task still in its executor's queue does not start
     * (or, if a thread freed by an earlier cancellation takes it first, runs interrupted), and a running task that
     * checks for interruption stops. Futures that were done in time — with a result,
     * a failure or a cancellation — are left as they are. Returns at once when all are done before the timeout.
     *
     * <p>Python's {@code done, not_done = wait(fs, timeout)} followed by {@code for f in not_done: f.cancel()},
     * with one difference: Python cannot cancel a task that is already running; Java can ask it to stop.
     *
     * <pre>{@code
     * DoneAndNotDone<Future<Long>> result = WaitThenCancel.waitThenCancel(futures, Duration.ofSeconds(1));
     * result.notDone().forEach(future -> System.out.println(future.isCancelled()));   // true, true, ...
     * }</pre>
     *
     * @return which futures were done when the timeout passed ({@code done}) and which were not ({@code notDone});
     *         each future in {@code notDone} has been cancelled since (unless it finished in the instant between)
     * @throws NullPointerException if {@code futures}, one of its elements or {@code timeout} is null
     * @throws IllegalArgumentException if {@code timeout} is negative
     * @throws InterruptedException if the calling thread is interrupted while it waits; nothing is cancelled then
     */
    public static <F extends Future<?>> DoneAndNotDone<F> waitThenCancel(Collection<? extends F> futures, Duration timeout)
            throws InterruptedException {
        Objects.requireNonNull(timeout, "timeout");
        DoneAndNotDone<F> result = WaitFor.waitFor(futures, timeout, ReturnWhen.ALL_COMPLETED);
        for (F future : result.notDone()) {
            future.cancel(true); // true: interrupt it if it is running; cancel(false) would let it run on
        }
        return result;
    }
}
