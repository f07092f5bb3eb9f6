package dev.futuresworkbook.wait.exercises;

import dev.futuresworkbook.wait.DoneAndNotDone;
import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.Future;

/** Exercise 3 · 연습 3: stop waiting, then stop the work that did not finish. */
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
        // TODO Exercise 3 · 연습 3: wait for all with your waitFor (exercise 1), then cancel(true) what is not done.
        //  Which argument of cancel interrupts a running task?
        throw new UnsupportedOperationException("""
                Exercise 3 (waitThenCancel) is not solved yet: replace this line with your code.
                Hint: module-02-wait/README.md#exercise-3
                연습 3(waitThenCancel): 아직 풀지 않았습니다. 힌트: module-02-wait/README.ko.md#exercise-3""");
    }
}
