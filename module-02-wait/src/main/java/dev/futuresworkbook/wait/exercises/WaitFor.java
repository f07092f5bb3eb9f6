package dev.futuresworkbook.wait.exercises;

import dev.futuresworkbook.wait.DoneAndNotDone;
import dev.futuresworkbook.wait.ReturnWhen;
import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.Future;

/**
 * Exercises 1 and 2 · 연습 1, 2: Python's {@code concurrent.futures.wait}, for any Java {@link Future}.
 */
public final class WaitFor {

    private WaitFor() {}

    /**
     * Waits until the futures are done as {@code returnWhen} asks, or until {@code timeout} has passed since
     * this call, whichever comes first, and returns which futures were done then: Python's
     * {@code concurrent.futures.wait(fs, timeout, return_when)}.
     * <ul>
     *   <li>The timeout counts from this call, once for all the futures. {@code null} means no timeout: wait
     *       as long as it takes. {@link Duration#ZERO} looks without waiting.</li>
     *   <li>Futures that are already done count at once; if they already meet {@code returnWhen}, this
     *       method returns without waiting. With no futures at all it returns two empty sets at once.</li>
     *   <li>A future given more than once is one future: it appears once in the result.</li>
     *   <li>A cancelled future is done (and, for {@link ReturnWhen#FIRST_EXCEPTION}, is not a failure).</li>
     *   <li>When the timeout passes, nothing is thrown and nothing is cancelled: the result says which
     *       futures did not finish, and the caller decides what to do with them.</li>
     * </ul>
     * It blocks until something happens, without polling, and works with every kind of future: the ones an
     * {@code ExecutorService} returns, {@code CompletableFuture}s, your own.
     *
     * <pre>{@code
     * var result = WaitFor.waitFor(futures, Duration.ofSeconds(1), ReturnWhen.ALL_COMPLETED);
     * result.notDone().forEach(future -> future.cancel(true));   // if you do not want them any more
     * }</pre>
     *
     * @param futures the futures to wait for
     * @param timeout how long to wait at most, counted from this call; {@code null} for no limit
     * @param returnWhen when to return before the timeout has passed
     * @return the futures that were done when this method returned and those that were not, each set in the
     *         order of {@code futures}
     * @throws NullPointerException if {@code futures}, one of its elements or {@code returnWhen} is null
     * @throws IllegalArgumentException if {@code timeout} is negative
     * @throws InterruptedException if the calling thread is interrupted while it waits
     */
    public static <F extends Future<?>> DoneAndNotDone<F> waitFor(
            Collection<? extends F> futures, Duration timeout, ReturnWhen returnWhen) throws InterruptedException {
        // TODO Exercise 1 · 연습 1: check what is already done; give every future that is not a waiter that tells
        //  you when it is done; wait for those signals with the time left, until returnWhen is met.
        // TODO Exercise 2 · 연습 2: then the edge cases: duplicates, no futures, null, a negative or huge timeout.
        throw new UnsupportedOperationException("""
                Exercise 1 (waitFor) is not solved yet: replace this line with your code.
                Hint: module-02-wait/README.md#exercise-1
                연습 1(waitFor): 아직 풀지 않았습니다. 힌트: module-02-wait/README.ko.md#exercise-1""");
    }
}
